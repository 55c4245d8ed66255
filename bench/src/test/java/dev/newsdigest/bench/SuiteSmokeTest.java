package dev.newsdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.app.bench.BoilerplateScore;
import dev.newsdigest.bot.app.bench.GeneratedPages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The test-size run of the JMH suite inside {@code mvn verify}: every benchmark runs once, briefly, in this JVM,
 * and reports a non-zero figure. Nothing about speed is asserted (the full run is a separate command; see
 * docs/benchmarks-draft.md).
 */
class SuiteSmokeTest {

    private static Collection<RunResult> run(String include, String... params) throws Exception {
        // JMH takes a machine-wide lock (/tmp/jmh.lock) so that two benchmark runs do not disturb each other's
        // timings. This run measures nothing, so it must not fail because someone's real benchmark holds the lock.
        System.setProperty("jmh.ignoreLock", "true");
        OptionsBuilder b = new OptionsBuilder();
        b.include(include).forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100)).threads(1).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        Options options = b.build();
        return new Runner(options).run();
    }

    @Test
    void digestBenchmarkRunsOnGeneratedInputs() throws Exception {
        Collection<RunResult> results = run(DigestBenchmark.class.getName() + ".oneThread", "input", "text-3k");
        assertThat(results).singleElement().satisfies(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void extractionBenchmarksRunSideBySide() throws Exception {
        Collection<RunResult> results = run(ExtractionBenchmark.class.getName());
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void queryBenchmarksRunOnBothDatabases() throws Exception {
        // Two of the four queries: each benchmark method seeds its own database, which is what takes the time here.
        Collection<RunResult> results = run(QueryBenchmark.class.getName() + ".(quotesByName|peopleWeek)", "quotes",
                "2000", "people", "300");
        assertThat(results).hasSize(4).allSatisfy(r -> {
            assertThat(r.getPrimaryResult().getScore()).isPositive();
            assertThat(r.getPrimaryResult().getStatistics().getPercentile(99)).isPositive();
        });
    }

    @Test
    void bothExtractorsAreScoredOnEveryLayout() {
        List<GeneratedPages.Page> pages = GeneratedPages.pages(9, 100_000, 2);
        Map<String, Map<GeneratedPages.Layout, BoilerplateScore>> scores = ExtractionQuality.score(pages);
        assertThat(scores).containsOnlyKeys("newsdigest", "readability4j");
        scores.values().forEach(byLayout -> {
            assertThat(byLayout).containsOnlyKeys(GeneratedPages.Layout.values());
            byLayout.values().forEach(s -> {
                assertThat(s.recall()).isBetween(0.5, 1.0);
                assertThat(s.boilerplateSentences()).isPositive();
            });
        });
    }
}
