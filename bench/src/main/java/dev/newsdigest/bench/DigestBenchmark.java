package dev.newsdigest.bench;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.UnreadableArticleException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1 of issue 8: the digest engine end to end (extraction, language, sentences, people, quotes, headline),
 * articles per second on one thread and on every core. Targets: at least 200 articles/s per core on 3 KB
 * articles, 50 on 100 KB HTML pages. One shared engine, as the bot has.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DigestBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({Inputs.TEXT_3K, Inputs.HTML_100K, "quotes-polnear-en", "people-slavicner-ru-uk", "people-factrueval-ru"})
        public String input;

        DigestEngine engine;
        List<ArticleInput> inputs;

        @Setup
        public void setUp() {
            inputs = Inputs.of(input);
            engine = DigestEngine.create();
        }
    }

    /** Each thread walks the inputs from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 7919);

        ArticleInput next(List<ArticleInput> inputs) {
            return inputs.get(Math.floorMod(next++, inputs.size()));
        }
    }

    @Benchmark
    @Threads(1)
    public void oneThread(Engine e, Cursor c, Blackhole bh) {
        digest(e, c, bh);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void allCores(Engine e, Cursor c, Blackhole bh) {
        digest(e, c, bh);
    }

    private static void digest(Engine e, Cursor c, Blackhole bh) {
        try {
            Digest d = e.engine.digest(c.next(e.inputs));
            bh.consume(d);
        } catch (UnreadableArticleException ex) {
            bh.consume(ex);
        }
    }
}
