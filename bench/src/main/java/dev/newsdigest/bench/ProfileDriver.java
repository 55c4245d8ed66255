package dev.newsdigest.bench;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.UnreadableArticleException;
import java.util.List;

/**
 * Digests one benchmark input set in a loop on one thread for a while, for a profiler to watch (JFR):
 *
 * <pre>
 * java -XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=/tmp/digest.jfr,settings=profile \
 *      -cp bench/target/benchmarks.jar dev.newsdigest.bench.ProfileDriver html-100k 60
 * jfr print --events jdk.ExecutionSample /tmp/digest.jfr | ...   (aggregate the top frames)
 * </pre>
 */
public final class ProfileDriver {
    private ProfileDriver() {}

    public static void main(String[] args) {
        String input = args.length > 0 ? args[0] : Inputs.HTML_100K;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<ArticleInput> inputs = Inputs.of(input);
        DigestEngine engine = DigestEngine.create();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            try {
                sink += engine.digest(inputs.get((int) (done % inputs.size()))).text().length();
            } catch (UnreadableArticleException e) {
                sink--;
            }
            done++;
        }
        System.out.printf("%s: %d articles digested in %d s (%d)%n", input, done, seconds, sink % 10);
    }
}
