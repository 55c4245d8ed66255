package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code newsdigest run} in a child JVM ({@code -Xmx256m} by default) following local feeds from a
 * {@link FeedSite}: how long from launching the JVM to the first poll, and what the heap holds while it follows
 * the sources. Heap figures come from the child's own GC log ({@code -Xlog:gc}): the occupancy after each
 * collection, and after a full collection requested with {@code jcmd GC.run} at the end (the live set).
 *
 * <p>The scheduler spreads sources' first polls over their interval on purpose; for the start-up figure the single
 * source's id is chosen so that this deliberate delay is under 50 ms, and it is reported.
 */
public final class RunProbe {
    private static final Pattern GC_LINE = Pattern.compile(
            "\\[([0-9.]+)s\\].*GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** One collection: when (seconds since JVM start), what kind, heap before and after, heap size (MiB). */
    public record Gc(double at, String kind, int beforeMiB, int afterMiB, int sizeMiB) {
    }

    /**
     * @param startupMillis     from launching the JVM to the first request of a feed
     * @param firstPollMillis   from launching the JVM to the end of the first poll (articles digested and stored)
     * @param jitterMillis      the scheduler's deliberate first-fire delay of the (first) source, included above
     * @param liveMiB           heap after the final full GC, or -1 when jcmd is not available
     * @param polls             polls that fetched new content (logged by the poller)
     * @param outOfMemory       the child hit OutOfMemoryError
     */
    public record Result(int sources, double seconds, long startupMillis, long firstPollMillis, long jitterMillis,
                         List<Gc> gcs, int liveMiB, int requests, int notModified, int polls, boolean outOfMemory,
                         String xmx, Path log, Chats chats) {

        /** Occupancy after the collections from {@code fromSeconds} on (the steady state). */
        public Stats afterGcFrom(double fromSeconds) {
            return Stats.of(gcs.stream().filter(g -> g.at() >= fromSeconds && !requested(g))
                    .map(g -> (double) g.afterMiB()).toList());
        }

        public int peakMiB() {
            return gcs.stream().mapToInt(Gc::beforeMiB).max().orElse(0);
        }
    }

    /**
     * With subscribed chats: how many, what the fake Telegram accepted and refused (429), and the outbox at the end
     * by status (rows still PENDING are the backlog Telegram's 30 messages a second had not reached yet).
     */
    public record Chats(int chats, int posted, int throttled, Map<String, Integer> outbox) {
        static final Chats NONE = new Chats(0, 0, 0, Map.of());
    }

    private RunProbe() {}

    public static Result run(int sources, Duration duration, String xmx, Path workDir) throws IOException, InterruptedException {
        return run(sources, 0, duration, xmx, workDir);
    }

    /**
     * Starts {@code newsdigest run} following {@code sources} feeds (every 1 minute, five items each), waits for the
     * first poll, then lets it run until {@code duration} has passed since launch. With {@code chats > 0} the
     * database first gets that many Telegram chats, subscribed as {@link ChatSeeder} does, and the bot posts to a
     * {@link TelegramSink}.
     */
    public static Result run(int sources, int chats, Duration duration, String xmx, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path config = workDir.resolve("config");
        Files.createDirectories(config);
        Path gcLog = workDir.resolve("gc.log");
        Path log = workDir.resolve("run.log");
        Path db = workDir.resolve("data/bench");
        try (FeedSite site = new FeedSite(5, Duration.ofMinutes(2));
             TelegramSink telegram = chats > 0 ? new TelegramSink() : null) {
            List<String> ids = sources == 1 ? List.of(quickId()) : numberedIds(sources);
            writeConfig(config, db, site, ids, telegram);
            if (chats > 0) {
                ChatSeeder.seed(h2(db), chats, ids);
            }
            long jitter = PollScheduler.jitter(ids.get(0), Duration.ofMinutes(1)).toMillis();
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx" + xmx);
            cmd.add("-Dfile.encoding=UTF-8");
            cmd.add("-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":uptime");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("dev.newsdigest.bot.app.Main");
            cmd.add("run");
            cmd.add("--config");
            cmd.add(config.toAbsolutePath().toString());
            long t0 = System.nanoTime();
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = t0 + Math.max(duration.toNanos(), TimeUnit.SECONDS.toNanos(60));
                while (site.firstRequestNanos() == 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                long startup = site.firstRequestNanos() == 0 ? -1 : (site.firstRequestNanos() - t0) / 1_000_000;
                long firstPoll = -1;
                while (child.isAlive() && System.nanoTime() < deadline) {
                    if (firstPoll < 0 && polls(log) > 0) {
                        firstPoll = (System.nanoTime() - t0) / 1_000_000;
                    }
                    if (firstPoll >= 0 && System.nanoTime() - t0 >= duration.toNanos()) {
                        break;
                    }
                    Thread.sleep(firstPoll < 0 ? 10 : 200);
                }
                boolean jcmd = fullGc(child);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int requests = site.requests();
                int notModified = site.notModified();
                child.destroy();   // SIGTERM: the bot shuts down cleanly
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
                String out = Files.readString(log, StandardCharsets.UTF_8);
                List<Gc> gcs = parseGcLog(gcLog);
                int live = -1;
                if (jcmd) {
                    live = gcs.stream().filter(RunProbe::requested).mapToInt(Gc::afterMiB)
                            .reduce((a, b) -> b).orElse(-1);
                }
                Chats delivered = chats > 0 ? new Chats(chats, telegram.accepted(), telegram.throttled(),
                        ChatSeeder.outbox(h2(db))) : Chats.NONE;
                return new Result(sources, seconds, startup, firstPoll, jitter, gcs, live, requests, notModified,
                        polls(log), out.contains("OutOfMemoryError"), xmx, log, delivered);
            } finally {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /** A full collection someone asked for ({@code jcmd GC.run} logs "Diagnostic Command", System.gc() "System.gc()"). */
    static boolean requested(Gc gc) {
        return gc.kind().contains("Diagnostic Command") || gc.kind().contains("System.gc");
    }

    /** Asks the child for a full collection, so the GC log shows the live set; false when jcmd is not installed. */
    private static boolean fullGc(Process child) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd) || !child.isAlive()) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(child.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(30, TimeUnit.SECONDS);
            Thread.sleep(300);   // the log line is written after the command returns
            return done && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fetched polls finished so far: the poller logs "ID: ok, ..." at INFO for each (304s are not logged at INFO). */
    private static int polls(Path log) {
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            int n = 0;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.contains("SourcePoller") && (line.contains(": ok, ") || line.contains(": not modified"))) {
                    n++;
                }
            }
            return n;
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    static List<Gc> parseGcLog(Path gcLog) throws IOException {
        List<Gc> out = new ArrayList<>();
        if (!Files.exists(gcLog)) {
            return out;
        }
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                out.add(new Gc(Double.parseDouble(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
        }
        return out;
    }

    /** A source id whose first fire the scheduler delays by under 50 ms (the delay spreads sources on purpose). */
    private static String quickId() {
        for (int i = 0; ; i++) {
            String id = "probe-" + i;
            if (PollScheduler.jitter(id, Duration.ofMinutes(1)).toMillis() < 50) {
                return id;
            }
        }
    }

    private static List<String> numberedIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(String.format(Locale.ROOT, "src-%04d", i));
        }
        return ids;
    }

    private static String h2(Path db) {
        return "jdbc:h2:file:" + db.toAbsolutePath();
    }

    /**
     * The bot's own HTTP server on a free port (0), so the probe never collides with a bot already on 8080; Telegram
     * at the sink when there is one.
     */
    private static void writeConfig(Path config, Path db, FeedSite site, List<String> ids, TelegramSink telegram)
            throws IOException {
        String yaml = """
                storage:
                  url: %s
                fetch:
                  allowHosts: ["127.0.0.1:%d"]
                schedule:
                  workers: 4
                http:
                  port: 0
                """.formatted(h2(db), site.port());
        if (telegram != null) {
            yaml += """
                    telegram:
                      token: "%s"
                      apiUrl: %s
                    """.formatted(TelegramSink.TOKEN, telegram.url());
        }
        Files.writeString(config.resolve("newsdigest.yaml"), yaml, StandardCharsets.UTF_8);
        StringBuilder sources = new StringBuilder("sources:\n");
        for (int i = 0; i < ids.size(); i++) {
            sources.append("  - id: ").append(ids.get(i)).append("\n    url: ").append(site.url(i))
                    .append("\n    every: 1m\n    language: ").append(new String[] {"en", "ru", "uk"}[i % 3]).append('\n');
        }
        Files.writeString(config.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
    }
}
