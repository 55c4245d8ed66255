package dev.newsdigest.bot.app;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.bot.app.bench.RunProbe;
import dev.newsdigest.bot.app.bench.SharedCorpora;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest bench}: a quick look at the bot's speed without JMH (the full suite is the {@code bench}
 * module's benchmarks.jar). Prints the headline figures in under a minute; {@code --follow N} instead measures the
 * memory of {@code newsdigest run} following N local feeds for a while.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the digest engine, extraction, chat queries, start-up and heap on this machine.",
                "Runs on generated articles and pages, and on ../shared/data corpora when present; needs no network.",
                "Example: newsdigest bench    |    newsdigest bench --follow 1000 --chats 10000 --for 6m"
                        + "    |    newsdigest bench --startup-runs 12"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a benchmark failed"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "quick", description = "quick (default, under a minute) or tiny (seconds).")
    String size;

    @Option(names = "--data", description = "Folder of the evaluation corpora (default: ../shared/data).")
    Path data;

    @Option(names = "--follow", description = "Instead: run the bot (-Xmx256m) following N local feeds and report its heap.")
    Integer follow;

    @Option(names = "--chats", defaultValue = "0", description = "With --follow: also serve N subscribed Telegram chats "
            + "(a local fake Bot API with Telegram's limits) that each digest fans out to.")
    int chats;

    @Option(names = "--startup-runs", description = "Instead: launch the bot N times (one source, fresh database) and "
            + "report the start-up time to the first poll, median and spread.")
    Integer startupRuns;

    @Option(names = "--for", defaultValue = "4m", description = "With --follow: how long to run (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--xmx", defaultValue = "256m", description = "With --follow: the bot's -Xmx (default: ${DEFAULT-VALUE}).")
    String xmx;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (follow != null) {
            return follow(out);
        }
        if (startupRuns != null) {
            return startups(out);
        }
        BenchSuite.Size s = switch (size.toLowerCase(Locale.ROOT)) {
            case "tiny" -> BenchSuite.Size.TINY;
            case "quick" -> BenchSuite.Size.QUICK;
            default -> null;
        };
        if (s == null) {
            spec.commandLine().getErr().println("newsdigest bench: --size must be quick or tiny");
            return 2;
        }
        new BenchSuite(s, data != null ? data : SharedCorpora.defaultDir(), out).run();
        return 0;
    }

    private int follow(PrintWriter out) throws Exception {
        Duration d = dev.newsdigest.bot.config.Durations.parse(duration);
        Path dir = Files.createTempDirectory("newsdigest-bench-follow");
        out.printf("following %d local feeds (every 1m, 5 items, every tenth feed gains an item every 2m)%s with -Xmx%s"
                + " for %s; load %s%n", follow, chats > 0 ? " for " + chats + " subscribed Telegram chats" : "", xmx, d,
                BenchSuite.load());
        out.flush();
        RunProbe.Result r = RunProbe.run(follow, chats, d, xmx, dir);
        double steadyFrom = Math.min(r.seconds() / 2, 90);
        out.printf(Locale.ROOT, "ran %.0f s: %d polls (feed requests), %d answered 304, %d fetched and digested; first poll"
                + " request %d ms after launch (the scheduler spreads first polls over a minute)%n", r.seconds(),
                r.requests(), r.notModified(), r.polls(), r.startupMillis());
        out.printf(Locale.ROOT, "heap after each GC from %.0f s on: %s MiB; highest heap before a GC %d MiB; live after a"
                + " final full GC %d MiB; OutOfMemoryError: %s%n", steadyFrom, r.afterGcFrom(steadyFrom).spread("%.0f"),
                r.peakMiB(), r.liveMiB(), r.outOfMemory() ? "YES" : "no");
        if (chats > 0) {
            RunProbe.Chats c = r.chats();
            out.printf(Locale.ROOT, "chats: %d; messages Telegram accepted %d (%.1f/s over the run), answered 429: %d;"
                    + " outbox at the end by status: %s%n", c.chats(), c.posted(), c.posted() / r.seconds(), c.throttled(),
                    c.outbox());
        }
        out.printf("load at end %s; bot log: %s%n", BenchSuite.load(), r.log());
        return r.outOfMemory() || r.polls() == 0 || (chats > 0 && r.chats().posted() == 0) ? 1 : 0;
    }

    /** The start-up probe of the quick bench, {@code startupRuns} times in a row. */
    private int startups(PrintWriter out) throws Exception {
        List<Double> firstRequest = new ArrayList<>();
        List<Double> firstPoll = new ArrayList<>();
        for (int i = 0; i < startupRuns; i++) {
            Path dir = Files.createTempDirectory("newsdigest-bench-startup");
            String before = BenchSuite.load();
            RunProbe.Result r = RunProbe.run(1, Duration.ZERO, xmx, dir);
            out.printf(Locale.ROOT, "run %d: launch -> first feed request %d ms (scheduler's first-fire delay %d ms"
                    + " included), -> first poll stored %d ms; live heap after it %d MiB; load %s%n", i + 1,
                    r.startupMillis(), r.jitterMillis(), r.firstPollMillis(), r.liveMiB(), before);
            out.flush();
            if (r.startupMillis() < 0 || r.firstPollMillis() < 0) {
                out.printf("run %d: no poll; bot log: %s%n", i + 1, r.log());
                return 1;
            }
            BenchSuite.deleteTree(dir);
            firstRequest.add((double) r.startupMillis());
            firstPoll.add((double) r.firstPollMillis());
        }
        out.printf(Locale.ROOT, "%d runs, -Xmx%s: launch -> first feed request: %s ms; -> first poll stored: %s ms;"
                + " load at end %s%n", startupRuns, xmx, dev.newsdigest.bot.app.bench.Stats.of(firstRequest).spread("%.0f"),
                dev.newsdigest.bot.app.bench.Stats.of(firstPoll).spread("%.0f"), BenchSuite.load());
        return 0;
    }
}
