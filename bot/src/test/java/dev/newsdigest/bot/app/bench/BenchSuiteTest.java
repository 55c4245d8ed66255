package dev.newsdigest.bot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test-size run of the quick benchmark (issue 8): it runs end to end and every figure is produced and sane.
 * No timing is asserted - speed is measured by the benchmarks, never by tests.
 */
class BenchSuiteTest {
    @TempDir
    Path noCorpora;

    @Test
    void tinyRunProducesEveryFigure() throws Exception {
        StringWriter text = new StringWriter();
        Map<String, Double> r = new BenchSuite(BenchSuite.Size.TINY, noCorpora, new PrintWriter(text, true)).run();

        for (String rate : new String[] {"digest.text-3k.percore", "digest.text-3k.wall1", "digest.text-3k.wallAll",
                "digest.html-100k.percore", "digest.html-100k.wallAll", "extract.percore", "feeds.percore"}) {
            assertThat(r.get(rate)).as(rate).isPositive().isFinite();
        }
        assertThat(r.get("extract.recall")).isBetween(0.5, 1.0);
        assertThat(r.get("extract.leak")).isBetween(0.0, 1.0);
        for (String q : new String[] {"quotes.name", "quotes.cyrillic", "quotes.inflected", "quotes.latin", "quotes.typo",
                "quotes.unknown", "quotes.busiest", "people.today", "people.week"}) {
            assertThat(r.get("query." + q + ".p50")).as(q).isPositive();
            assertThat(r.get("query." + q + ".p99")).as(q).isGreaterThanOrEqualTo(r.get("query." + q + ".p50"));
        }
        assertThat(r.get("startup.ms")).as(text.toString()).isPositive();
        assertThat(r.get("startup.firstPoll.ms")).isGreaterThanOrEqualTo(r.get("startup.ms"));
        assertThat(r.get("heap.afterGc.mib")).isPositive();
        assertThat(text.toString()).contains("corpora: skipped").contains("p99").contains("load average");
    }

    @Test
    void unknownSizeIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("bench", "--size", "huge");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--size must be quick or tiny");
    }
}
