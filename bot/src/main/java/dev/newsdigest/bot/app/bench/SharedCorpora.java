package dev.newsdigest.bot.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.digest.ArticleInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public evaluation corpora in {@code ../shared/data} (see its README), read at run time as benchmark input.
 * They are measurement data only: never copied into the repository; when the folder is absent the benchmarks that
 * use them are skipped with a message.
 */
public final class SharedCorpora {
    /** The corpus files benchmarked, in report order. */
    public static final List<String> FILES = List.of("quotes-polnear-en.jsonl", "people-slavicner-ru-uk.jsonl",
            "people-factrueval-ru.jsonl");

    private SharedCorpora() {}

    /** {@code ../shared/data} from the working directory (the repository root), or from a module folder. */
    public static Path defaultDir() {
        for (String candidate : List.of("../shared/data", "../../shared/data")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("../shared/data");
    }

    /** Every corpus present in {@code dir}, by file name, as engine inputs; empty when the folder is absent. */
    public static Map<String, List<ArticleInput>> load(Path dir) {
        Map<String, List<ArticleInput>> out = new LinkedHashMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            List<ArticleInput> inputs = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = json.readTree(line);
                    String text = record.path("text").asText("");
                    if (text.isBlank()) {
                        continue;
                    }
                    String headline = record.path("headline").isTextual() ? record.get("headline").asText() : null;
                    ArticleInput input = ArticleInput.ofText(record.path("id").asText(file), text)
                            .withLanguageHint(record.path("lang").asText(null));
                    inputs.add(headline == null ? input : input.withTitleHint(headline));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            out.put(file.replace(".jsonl", ""), inputs);
        }
        return out;
    }
}
