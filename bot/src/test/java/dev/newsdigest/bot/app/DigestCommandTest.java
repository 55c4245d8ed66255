package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code digest} command as its user sees it: formats, input order, errors, exit codes, stdin, help. */
class DigestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InputStream REAL_STDIN = System.in;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(REAL_STDIN);
    }

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void jsonFollowsTheDigestContract() throws Exception {
        Path a = write("a.txt", "Мэр открыл мост\n\nМэр города открыл новый мост через реку.\n");
        assertThat(run("digest", "--format", "json", a.toString())).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("source").asText()).isEqualTo(a.toString());
        assertThat(json.get("language").asText()).isEqualTo("ru");
        assertThat(json.get("headline").asText()).isEqualTo("Мэр открыл мост");
        assertThat(json.get("summary").asText()).isEqualTo("Мэр города открыл новый мост через реку.");
        assertThat(json.get("people").isArray()).isTrue();
        assertThat(json.get("quotes").isArray()).isTrue();
        assertThat(json.has("text")).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonWithSeveralInputsIsOneArrayInInputOrder() throws Exception {
        Path a = write("a.txt", "First title\n\nThe council met on Tuesday and voted for the plan.\n");
        Path b = write("b.txt", "Second title\n\nThe mayor opened the bridge on Wednesday morning.\n");
        assertThat(run("digest", "--format", "json", b.toString(), a.toString())).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).extracting(n -> n.get("headline").asText()).containsExactly("Second title", "First title");
    }

    @Test
    void withTextAddsTheCleanedText() throws Exception {
        Path a = write("a.txt", "Title\n\nFoto: somebody\n\nThe council met on Tuesday and voted for the plan.\n");
        assertThat(run("digest", "--format", "json", "--with-text", a.toString())).isZero();
        assertThat(JSON.readTree(out.toString()).get("text").asText())
                .isEqualTo("Title\n\nThe council met on Tuesday and voted for the plan.");
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
        assertThat(JSON.readTree(lines[0]).get("headline").asText()).isEqualTo("First title");
        assertThat(JSON.readTree(lines[0]).get("source").asText()).isEqualTo(a.toString());
        assertThat(JSON.readTree(lines[1]).get("headline").asText()).isEqualTo("Second title");
        assertThat(JSON.readTree(lines[1]).get("source").asText()).isEqualTo(b.toString());
        assertThat(err.toString().strip()).isEqualTo("newsdigest digest: " + missing + ": no such file");
    }

    @Test
    void htmlAndTextAreToldApartByContentNotByName() throws Exception {
        Path htmlNamedTxt = write("page.txt", "<!DOCTYPE html><html><head><title>Bridge opens | Daily</title></head>"
                + "<body><nav><a href=/>Home</a></nav><article><p>The mayor opened the bridge on Wednesday morning "
                + "after three years of work.</p></article></body></html>");
        Path textNamedHtml = write("note.html", "Bridge opens\n\nThe mayor opened the bridge on Wednesday morning.\n");
        assertThat(run("digest", "--format", "jsonl", "--with-text", htmlNamedTxt.toString(), textNamedHtml.toString()))
                .isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(JSON.readTree(lines[0]).get("headline").asText()).isEqualTo("Bridge opens");
        assertThat(JSON.readTree(lines[0]).get("text").asText()).doesNotContain("<").doesNotContain("Home");
        assertThat(JSON.readTree(lines[1]).get("headline").asText()).isEqualTo("Bridge opens");
    }

    @Test
    void textFormatIsForPeople() throws Exception {
        Path a = write("a.txt", "Мэр открыл мост\n\nМэр города открыл новый мост через реку.\n");
        assertThat(run("digest", a.toString())).isZero();
        assertThat(out.toString()).startsWith("Мэр открыл мост\n(ru, " + a + ")\n\nМэр города открыл новый мост через реку.\n");
    }

    @Test
    void everyKindOfFailingInputIsOneLineNamingItAndTheOthersStillComeOut() throws Exception {
        Path good = write("good.txt", "Title\n\nThe council met on Tuesday and voted for the plan.\n");
        Path pdf = dir.resolve("x.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\n ");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path missing = dir.resolve("missing.txt");
        int code = run("digest", "--format", "jsonl", pdf.toString(), empty.toString(), good.toString(),
                blank.toString(), folder.toString(), missing.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(errLines()).containsExactly(
                "newsdigest digest: " + pdf + ": binary content (a PDF document), not text or HTML",
                "newsdigest digest: " + empty + ": empty input",
                "newsdigest digest: " + blank + ": no article text found (text without readable paragraphs)",
                "newsdigest digest: " + folder + ": is a directory",
                "newsdigest digest: " + missing + ": no such file");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void P8_anInputOverTheSizeCapIsRefusedWithoutReadingItAll() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("<html><body><p>x</p>".getBytes(StandardCharsets.US_ASCII)),
                    InputReader.MAX_BYTES + 10L); // sparse: a few bytes written past the cap
        }
        Path good = write("good.txt", "Title\n\nThe council met on Tuesday and voted for the plan.\n");
        assertThat(run("digest", "--format", "jsonl", huge.toString(), good.toString())).isEqualTo(1);
        assertThat(errLines()).containsExactly("newsdigest digest: " + huge + ": larger than 32 MiB");
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void dashReadsStandardInputInItsPlaceAmongTheInputs() throws Exception {
        System.setIn(new ByteArrayInputStream("Из stdin\n\nТекст статьи пришёл со стандартного входа.\n"
                .getBytes(StandardCharsets.UTF_8)));
        Path a = write("a.txt", "From a file\n\nThe council met on Tuesday and voted for the plan.\n");
        assertThat(run("digest", "--format", "jsonl", "-", a.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(JSON.readTree(lines[0]).get("source").asText()).isEqualTo("-");
        assertThat(JSON.readTree(lines[0]).get("headline").asText()).isEqualTo("Из stdin");
        assertThat(JSON.readTree(lines[1]).get("headline").asText()).isEqualTo("From a file");
    }

    @Test
    void stdinBytesAreDecodedByContentToo() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Песков ответил</title></head><body><article>"
                + "<p>Пресс-секретарь Кремля ответил на вопросы журналистов в пятницу утром.</p></article></body></html>";
        System.setIn(new ByteArrayInputStream(html.getBytes(Charset.forName("windows-1251"))));
        assertThat(run("digest", "--format", "json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("headline").asText()).isEqualTo("Песков ответил");
    }

    @Test
    void titleAndLanguageOptionsAreHints() throws Exception {
        Path a = write("a.txt", "Some first line\n\nThe council met on Tuesday and voted for the plan.\n");
        assertThat(run("digest", "--format", "json", "--title", "Given title", a.toString())).isZero();
        assertThat(JSON.readTree(out.toString()).get("headline").asText()).isEqualTo("Given title");
        out.getBuffer().setLength(0);
        Path numbers = write("n.txt", "2024\n\n12 345 678 — 90 123.\n");
        assertThat(run("digest", "--format", "json", "--language", "uk", numbers.toString())).isZero();
        assertThat(JSON.readTree(out.toString()).get("language").asText()).isEqualTo("uk");
    }

    @Test
    void manyInputsInOneRunComeOutInOrder() throws Exception {
        List<String> args = new ArrayList<>(List.of("digest", "--format", "jsonl"));
        for (int i = 0; i < 60; i++) {
            args.add(write(String.format("n%02d.txt", i), "Story number " + i
                    + "\n\nThe council met on day " + i + " and voted for the plan.\n").toString());
        }
        assertThat(run(args.toArray(String[]::new))).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(JSON.readTree(lines.get(i)).get("headline").asText()).isEqualTo("Story number " + i);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(run("digest", "--no-such-option", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").contains("Usage:");
    }

    @Test
    void badFormatAndMissingInputAreUsageErrorsWithExitCode2() {
        assertThat(run("digest", "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("xml");
        assertThat(run("digest")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(run("digets", "a.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("digets");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("newsdigest ");
        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("digest").contains("run");
        out.getBuffer().setLength(0);
        assertThat(run("digest", "--help")).isZero();
        assertThat(out.toString()).contains("--format").contains("PATH|URL|-").contains("Exit codes:")
                .contains("2").contains("bad usage");
        out.getBuffer().setLength(0);
        assertThat(run("help", "digest")).isZero();
        assertThat(out.toString()).contains("--format");
    }
}
