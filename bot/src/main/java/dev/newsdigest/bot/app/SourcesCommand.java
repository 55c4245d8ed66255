package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.Durations;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceDraft;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.ParsedFeed;
import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.storage.SourceHealth;
import dev.newsdigest.bot.storage.SourceRegistry;
import dev.newsdigest.bot.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest sources}: list, add, change, remove, enable, disable and check sources from the shell. Edits go
 * through the same validation as {@code sources.yaml}, are stored in the database (a running bot picks them up
 * within {@code schedule.reloadEvery}) and are audit-logged as {@code cli:<user>}.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Manage and test the sources.", "Example: newsdigest sources add lenta https://lenta.ru/rss --every 10m"},
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Add.class, SourcesCommand.Set.class,
                SourcesCommand.Remove.class, SourcesCommand.Enable.class, SourcesCommand.Disable.class,
                SourcesCommand.Check.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the check failed, or the database is unavailable", "2:refused (invalid or unknown source)"})
public final class SourcesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "config", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** Shared shape of the subcommands: open the context, apply sources.yaml, run, map errors to exit codes. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        SourcesCommand parent;

        abstract int run(BotContext ctx, PrintWriter out) throws ConfigException;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (BotContext ctx = BotContext.open(parent.config)) {
                ctx.applySourcesFile();
                return run(ctx, spec.commandLine().getOut());
            } catch (ConfigException e) {
                e.problems().forEach(p -> err.println("newsdigest sources: " + p));
                return 2;
            } catch (StorageException e) {
                err.println("newsdigest sources: " + e.getMessage());
                return 1;
            } finally {
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "list", description = "List the sources with their health.")
    static final class ListSources extends Sub {
        @Override
        int run(BotContext ctx, PrintWriter out) {
            Map<String, SourceHealth> health = ctx.health.all();
            int threshold = ctx.config.schedule().failureThreshold();
            List<SourceRegistry.StoredSource> sources = ctx.registry.list();
            if (sources.isEmpty()) {
                out.println("no sources (add them to " + ctx.loader.sourcesFile() + " or with `newsdigest sources add`)");
                return 0;
            }
            out.printf("%-20s %-8s %-8s %-6s %-20s %-8s %s%n", "ID", "ENABLED", "STATUS", "EVERY", "LAST SUCCESS",
                    "FAILURES", "URL / LAST ERROR");
            for (SourceRegistry.StoredSource s : sources) {
                SourceConfig c = s.config();
                SourceHealth h = health.getOrDefault(c.id(), SourceHealth.none(c.id()));
                out.printf("%-20s %-8s %-8s %-6s %-20s %-8d %s%n", c.id(), c.enabled() ? "yes" : "no", h.status(threshold),
                        Durations.format(c.every()), h.lastSuccessAt() == null ? "-" : h.lastSuccessAt().toString(),
                        h.failuresInRow(), c.url());
                if (h.lastErrorReason() != null) {
                    out.printf("%-20s %s: %s%s%n", "", h.lastErrorReason(), h.lastErrorMessage(),
                            h.nextFetchAt() == null ? "" : " (next attempt after " + h.nextFetchAt() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a source. Example: newsdigest sources add lenta https://lenta.ru/rss --language ru")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "URL") String url;
        @Option(names = "--name") String name;
        @Option(names = "--type", description = "rss, atom, jsonfeed or page (detected when omitted)") String type;
        @Option(names = "--every", description = "poll interval, e.g. 10m") String every;
        @Option(names = "--full-text", description = "fetch the article page for each item") boolean fullText;
        @Option(names = "--language", description = "ru, uk or en") String language;
        @Option(names = "--include", description = "comma-separated keywords an article must contain") String include;
        @Option(names = "--exclude", description = "comma-separated keywords an article must not contain") String exclude;
        @Option(names = "--charset", description = "charset override, e.g. windows-1251") String charset;
        @Option(names = "--disabled", description = "add it switched off") boolean disabled;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            SourceDraft d = new SourceDraft("command line", 0).set("id", id).set("url", url).set("name", name)
                    .set("type", type).set("every", every).set("fullText", fullText ? "true" : null)
                    .set("language", language).set("include", include).set("exclude", exclude).set("charset", charset)
                    .set("enabled", disabled ? "false" : null);
            SourceConfig s = ctx.admin.add(d, actor());
            out.println("added " + s.id() + " (" + s.url() + ", every " + Durations.format(s.every()) + ")");
            return 0;
        }
    }

    @Command(name = "set", description = "Change one setting. Example: newsdigest sources set lenta every 30m")
    static final class Set extends Sub {
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "KEY", description = "name, url, type, every, fullText, language, include, exclude, enabled, charset") String key;
        @Parameters(index = "2", paramLabel = "VALUE", arity = "0..1", description = "empty to clear") String value;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            ctx.admin.set(id, key, value, actor());
            out.println("updated " + id + ": " + key + " = " + (value == null ? "(default)" : value));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a source (its stored articles stay).")
    static final class Remove extends Sub {
        @Parameters(paramLabel = "ID") String id;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            ctx.admin.remove(id, actor());
            out.println("removed " + id);
            return 0;
        }
    }

    @Command(name = "enable", description = "Resume polling a source.")
    static final class Enable extends Sub {
        @Parameters(paramLabel = "ID") String id;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            ctx.admin.setEnabled(id, true, actor());
            out.println("enabled " + id);
            return 0;
        }
    }

    @Command(name = "disable", description = "Pause polling a source.")
    static final class Disable extends Sub {
        @Parameters(paramLabel = "ID") String id;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            ctx.admin.setEnabled(id, false, actor());
            out.println("disabled " + id);
            return 0;
        }
    }

    @Command(name = "check", description = "Fetch and parse a source once and print the classified outcome; stores nothing.")
    static final class Check extends Sub {
        @Parameters(paramLabel = "ID") String id;

        @Override
        int run(BotContext ctx, PrintWriter out) throws ConfigException {
            SourceConfig s = ctx.registry.find(id).orElseThrow(() -> new ConfigException(
                    new dev.newsdigest.bot.config.ConfigProblem("command line", 0, "no source with id '" + id + "'")));
            long start = System.nanoTime();
            FetchResult r = ctx.fetcher().fetch(new FetchRequest(s.url(), null, null, s.charset()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r instanceof FetchResult.Failed f) {
                out.println(id + ": FAILED " + f.reason() + ": " + f.message()
                        + (f.retryAfter() != null ? " (retry after " + f.retryAfter() + ")" : "") + " [" + ms + " ms]");
                return 1;
            }
            if (!(r instanceof FetchResult.Fresh fresh)) {
                out.println(id + ": not modified [" + ms + " ms]");
                return 0;
            }
            try {
                ParsedFeed feed = ctx.parser().parse(fresh.body(), fresh.contentType(), fresh.finalUri(),
                        dev.newsdigest.bot.ingest.SourcePoller.feedType(s.type()));
                out.println(id + ": ok, " + (feed.type() == null ? "feed" : feed.type().name().toLowerCase()) + " \""
                        + feed.title() + "\", " + feed.items().size() + " items, " + fresh.body().length + " bytes ["
                        + ms + " ms]");
                feed.items().stream().limit(3).forEach(i -> out.println("  - " + i.title() + "  " + i.url()));
                return 0;
            } catch (FeedParseException e) {
                out.println(id + ": FAILED PARSE_ERROR: " + e.getMessage() + " [" + ms + " ms]");
                return 1;
            }
        }
    }
}
