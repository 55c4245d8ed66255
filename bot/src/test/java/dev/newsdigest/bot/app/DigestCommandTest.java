package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonFollowsTheDigestContract() throws Exception {
        Path a = write("a.txt", "Мэр открыл мост\n\nМэр города открыл новый мост через реку.\n");
        assertThat(run("digest", "--format", "json", a.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("source").asText()).isEqualTo(a.toString());
        assertThat(json.get("language").asText()).isEqualTo("ru");
        assertThat(json.get("headline").asText()).isEqualTo("Мэр открыл мост");
        assertThat(json.get("summary").asText()).isEqualTo("Мэр города открыл новый мост через реку.");
        assertThat(json.get("people").isArray()).isTrue();
        assertThat(json.get("quotes").isArray()).isTrue();
    }

    @Test
    void jsonlPrintsOneLinePerInputInOrderAndReportsFailuresByName() throws Exception {
        Path a = write("a.txt", "First title\n\nThe council met on Tuesday and voted for the plan.\n");
        Path b = write("b.html", "<html><head><title>Second title | Daily</title></head><body><article>"
                + "<p>The mayor said the bridge opens next week after three years of work on it.</p></article></body></html>");
        Path missing = dir.resolve("missing.txt");
        int code = run("digest", "--format", "jsonl", a.toString(), missing.toString(), b.toString());
        assertThat(code).isEqualTo(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines[0]).get("headline").asText()).isEqualTo("First title");
        assertThat(mapper.readTree(lines[1]).get("headline").asText()).isEqualTo("Second title");
        assertThat(err.toString().strip()).isEqualTo("newsdigest digest: " + missing + ": no such file");
    }

    @Test
    void binaryInputIsAClearOneLineError() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        assertThat(run("digest", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(pdf.toString()).contains("binary").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(run("digest", "--no-such-option", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("newsdigest ");
        assertThat(run("digest", "--help")).isZero();
        assertThat(out.toString()).contains("--format");
    }
}
