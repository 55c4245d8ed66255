package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for article extraction (RELIABILITY P11, encodings P5): every {@code NAME.html} or
 * {@code NAME.txt} in {@code src/test/resources/extraction/} is read as raw bytes (content decides HTML or text,
 * bytes decide the charset) and must give exactly {@code NAME.expected.txt} (title, blank line, paragraphs) and
 * {@code NAME.expected.json} (headline, language, summary). The inputs were written for these tests.
 */
class ExtractionGoldenTest {
    private static final Path DIR = GoldenFiles.folder("extraction");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DigestEngine ENGINE = DigestEngine.create();

    static Stream<Path> articles() {
        return GoldenFiles.inputs(DIR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void P11_extractsTheExpectedCleanText(Path input) throws IOException {
        Digest d = ENGINE.digest(ArticleInput.ofBytes(input.getFileName().toString(), Files.readAllBytes(input)));
        GoldenFiles.assertSame(GoldenFiles.expected(input, "txt"), d.text() + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void P11_givesTheExpectedHeadlineLanguageAndSummary(Path input) throws IOException {
        Digest d = ENGINE.digest(ArticleInput.ofBytes(input.getFileName().toString(), Files.readAllBytes(input)));
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("headline", d.headline());
        actual.put("language", d.language());
        actual.put("summary", d.summary());
        Path expectedFile = GoldenFiles.expected(input, "json");
        Object expected = JSON.readValue(GoldenFiles.read(expectedFile), LinkedHashMap.class);
        GoldenFiles.assertSame(expectedFile, JSON.writeValueAsString(actual), JSON.writeValueAsString(expected));
    }

    @Test
    void theSetCoversTenHtmlPagesAndTenPlainTexts() {
        assertThat(articles().filter(p -> p.toString().endsWith(".html"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(articles().filter(p -> p.toString().endsWith(".txt"))).hasSizeGreaterThanOrEqualTo(10);
    }
}
