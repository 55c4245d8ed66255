package dev.newsdigest.bot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.storage.DigestReader;
import dev.newsdigest.bot.storage.StorageException;
import dev.newsdigest.bot.storage.StoredDigest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest export}: prints the stored digests, one JSON object per line: the digest contract plus
 * {@code url}, {@code published} and {@code sources}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print the stored digests as JSON Lines: the digest contract plus url, published and sources.",
                "Example: newsdigest export --format jsonl --since 2025-01-20 > digests.jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:database unavailable", "2:bad usage or invalid configuration"})
public final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = {"-f", "--format"}, defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only digests published on or after DATE (2025-01-20, or an instant like 2025-01-20T10:00:00Z).")
    String since;

    @Option(names = "--with-text", description = "Include the cleaned article text that quote offsets point into.")
    boolean withText;

    @Override
    public Integer call() {
        Instant from = parseSince(since);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (BotContext ctx = BotContext.open(config)) {
            int[] n = {0};
            new DigestReader(ctx.db).forEachSince(from, d -> {
                out.println(line(d, withText));
                n[0]++;
            });
            out.flush();
            err.println(n[0] + " digests exported");
            return 0;
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("newsdigest export: " + p));
            return 2;
        } catch (StorageException e) {
            err.println("newsdigest export: " + e.getMessage());
            return 1;
        }
    }

    static String line(StoredDigest d, boolean withText) {
        Map<String, Object> m = new LinkedHashMap<>(DigestJson.toMap(d.digest(), withText));
        m.put("url", d.url());
        m.put("published", d.published() == null ? null : d.published().toString());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (StoredDigest.SourceRef s : d.sources()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("name", s.name());
            sm.put("url", s.url());
            sources.add(sm);
        }
        m.put("sources", sources);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant parseSince(String s) {
        if (s == null) {
            return null;
        }
        try {
            return s.contains("T") ? Instant.parse(s) : LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since: '" + s + "' is not a date (2025-01-20) or an instant (2025-01-20T10:00:00Z)");
        }
    }
}
