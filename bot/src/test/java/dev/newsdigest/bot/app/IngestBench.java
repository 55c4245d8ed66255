package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.OnePass;
import dev.newsdigest.bot.ingest.PollOutcome;
import dev.newsdigest.bot.testing.FeedServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): N feeds served on 127.0.0.1, each with K distinct articles, polled in one pass by the
 * real pipeline (fetch, parse, digest, dedup, store in H2), then a second pass where every feed answers 304.
 * Prints time, stories stored, peak heap, the share of 304s on the second pass, and the size of the H2 file while
 * running and after close (RELIABILITY C1: the file must not grow without bound under per-commit writes).
 *
 * <pre>
 * mvn -B -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp bot/target/test-classes:bot/target/classes:digest/target/classes:$(cat /tmp/cp.txt) \
 *     dev.newsdigest.bot.app.IngestBench 1000 5 4
 * </pre>
 * Arguments: feeds (1000), items per feed (5), workers (4), and optionally rest seconds: wait that long, then serve
 * as many new items per feed and poll a third time (the file should grow far less than in pass 1, as the space
 * compacted during the rest is reused). {@code BENCH_H2_OPTS} (e.g. {@code ;WRITE_DELAY=500})
 * appends H2 settings to the database URL, to compare with the crash-safe default.
 */
public final class IngestBench {
    private static final String[] WORDS = ("government council minister budget city river bridge school hospital "
            + "police court election party vote report company market price energy water road train airport storm "
            + "winter summer farmers workers union strike protest agreement meeting talks border army ceasefire "
            + "museum festival team match coach season league players fans stadium record growth inflation bank "
            + "tax plan project contract audit inquiry statement officials residents villages district province "
            + "capital region mayor governor president spokesman director professor scientists researchers study")
            .split(" ");

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int restSeconds = args.length > 3 ? Integer.parseInt(args[3]) : -1;
        Path dir = Files.createTempDirectory("ingest-bench");
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: jdbc:h2:file:%s${BENCH_H2_OPTS:-}
                fetch:
                  allowHosts: [127.0.0.1]
                  maxItemsPerPoll: 1000
                schedule:
                  workers: %d
                """.formatted(dir.resolve("data/bench").toAbsolutePath(), workers));
        Path dbFile = dir.resolve("data/bench.mv.db");
        Random random = new Random(42);
        long closing;
        try (FeedServer server = new FeedServer(32); BotContext ctx = BotContext.open(config)) {
            List<SourceConfig> sources = new ArrayList<>();
            for (int f = 0; f < feeds; f++) {
                serveItems(server, f, 0, items, random);
                sources.add(new SourceConfig("feed-" + f, "Feed " + f, URI.create(server.url("/feed/" + f + ".xml")), null,
                        Duration.ofMinutes(10), false, "en", List.of(), List.of(), true, null));
            }
            ctx.registry.reconcile(sources, "bench");
            EngineHolder.engine();   // load dictionaries before timing
            OnePass pass = new OnePass(ctx.poller(), workers);

            HeapPeak heap = new HeapPeak();
            long t0 = System.nanoTime();
            List<PollOutcome> first = pass.run(ctx.registry.enabled(), false);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;
            long peak1 = heap.peakAndReset();
            System.out.printf("H2 file after pass 1: %.1f MiB %s%n", mib(dbFile), storeInfo(ctx));
            int stored = first.stream().mapToInt(o -> o.counts().stored()).sum();
            long failed = first.stream().filter(o -> o.status() == PollOutcome.Status.FAILED).count();

            int requestsBefore = server.totalRequests();
            t0 = System.nanoTime();
            List<PollOutcome> second = pass.run(ctx.registry.enabled(), false);
            long secondMs = (System.nanoTime() - t0) / 1_000_000;
            long peak2 = heap.peakAndReset();
            long notModified = second.stream().filter(o -> o.status() == PollOutcome.Status.NOT_MODIFIED).count();
            int requests = server.totalRequests() - requestsBefore;

            System.out.printf("feeds=%d items/feed=%d workers=%d maxHeap=%dMiB%n", feeds, items, workers,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("pass 1: %d ms, %d stories stored, %d sources failed, %.1f articles/s, peak heap %d MiB%n",
                    firstMs, stored, failed, stored * 1000.0 / firstMs, peak1 >> 20);
            System.out.printf("pass 2: %d ms, %d requests, %d/%d feeds answered 304 (%.1f%%), peak heap %d MiB%n",
                    secondMs, requests, notModified, second.size(), 100.0 * notModified / second.size(), peak2 >> 20);
            System.out.printf("H2 file while running (after both passes): %.1f MiB %s%n", mib(dbFile), storeInfo(ctx));
            if (restSeconds >= 0) {
                // A running bot ingests in bursts with quiet time between; space freed in the quiet time must be
                // reused by the next burst instead of growing the file.
                Thread.sleep(restSeconds * 1000L);
                System.out.printf("H2 file after %d s of rest: %.1f MiB %s%n", restSeconds, mib(dbFile), storeInfo(ctx));
                for (int f = 0; f < feeds; f++) {
                    serveItems(server, f, items, items, random);
                }
                t0 = System.nanoTime();
                List<PollOutcome> third = pass.run(ctx.registry.enabled(), false);
                long thirdMs = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("pass 3 (%d new items per feed): %d ms, %d stories stored; H2 file %.1f MiB %s%n", items,
                        thirdMs, third.stream().mapToInt(o -> o.counts().stored()).sum(), mib(dbFile), storeInfo(ctx));
            }
            closing = System.nanoTime();
        }
        System.out.printf("H2 file after close: %.1f MiB (closing took %d ms)%n", mib(dbFile),
                (System.nanoTime() - closing) / 1_000_000);
    }

    /** H2's own figures on the file: fill rates, chunk and live page counts. */
    private static String storeInfo(BotContext ctx) {
        return ctx.db.read("store info", c -> {
            StringBuilder b = new StringBuilder();
            try (var rs = c.createStatement().executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM"
                    + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE',"
                    + " 'info.CHUNK_COUNT', 'info.PAGE_COUNT', 'info.PAGE_COUNT_LIVE')")) {
                while (rs.next()) {
                    b.append(rs.getString(1).substring(5)).append('=').append(rs.getString(2)).append(' ');
                }
            }
            return b.toString().strip();
        });
    }

    private static double mib(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) / (1024.0 * 1024.0) : 0;
    }

    /** Serves feed {@code f} with items {@code from .. from + count - 1}. */
    private static void serveItems(FeedServer server, int f, int from, int count, Random random) {
        String[][] entries = new String[count][];
        for (int k = 0; k < count; k++) {
            int i = from + k;
            entries[k] = new String[] {"urn:bench:" + f + ":" + i, "http://bench.example/" + f + "/" + i,
                    "Item " + i + " of feed " + f, "<p>" + text(random, 120) + "</p>"};
        }
        server.feed("/feed/" + f + ".xml", FeedServer.rss("Feed " + f, entries));
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            b.append(w % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip() + ".";
    }

    /** Peak used heap across the heap pools since the last reset (JMX), so no sampling thread is needed. */
    private static final class HeapPeak {
        long peakAndReset() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                    pool.resetPeakUsage();
                }
            }
            return peak;
        }
    }
}
