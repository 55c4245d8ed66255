package dev.newsdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdigest.digest.text.ArticleExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for the engine (RELIABILITY P1, P5, P8, P9): each case ends in a best-effort digest or a clear
 * {@link UnreadableArticleException}, never another exception, a hang or unbounded memory. Tagged
 * {@code bounded-memory}: Maven runs these in their own JVM with {@code -Xmx256m} (see digest/pom.xml), and every
 * test has a generous timeout that only a hang can hit (speed is measured by the CLI benchmark, not here).
 */
@Tag("bounded-memory")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {
    private static final String PARAGRAPH = "<p>Мэр города открыл новый мост через реку, движение начнётся завтра утром.</p>\n";
    private final DigestEngine engine = DigestEngine.create();

    private Digest digest(byte[] bytes) {
        Digest d = engine.digest(ArticleInput.ofBytes("test", bytes));
        assertValidUnicode(d);
        return d;
    }

    /** Everything the digest says must survive a UTF-8 round trip: no lone surrogates, no NUL. */
    static void assertValidUnicode(Digest d) {
        for (String s : List.of(d.headline(), d.summary(), d.text(), d.language())) {
            assertThat(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(s);
            assertThat(s).doesNotContain("\u0000");
        }
    }

    /** Guards the build set-up: under Maven these cases must really run with a 256 MiB heap. */
    @Test
    void runsWithASmallHeapUnderMaven() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("basedir") != null, "not run by Maven surefire");
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    @Test
    void P1_emptyInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofBytes("e", new byte[0])))
                .isInstanceOf(UnreadableArticleException.class).hasMessage("empty input");
    }

    @Test
    void P1_whitespaceOnlyIsRefusedWithAReason() {
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofText("w", " \n\n\t \r\n")))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("no article text");
    }

    @Test
    void P1_htmlWithoutTextIsRefusedWithAReason() {
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofText("h",
                "<html><head><script>var a = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>")))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("HTML page");
    }

    @Test
    void P8_twentyMegabyteHtmlPageGivesABestEffortDigest() {
        StringBuilder html = new StringBuilder("<html><head><title>Мост открыт | Город</title></head><body><article>");
        int bytes = PARAGRAPH.getBytes(StandardCharsets.UTF_8).length;
        for (long n = 0; n < 20L * 1024 * 1024 / bytes; n++) {
            html.append(PARAGRAPH);
        }
        html.append("</article></body></html>");
        byte[] page = html.toString().getBytes(StandardCharsets.UTF_8);
        html = null;
        assertThat(page.length).isGreaterThan(20 * 1000 * 1000);
        Digest d = digest(page);
        assertThat(d.headline()).isEqualTo("Мост открыт");
        assertThat(d.summary()).startsWith("Мэр города открыл новый мост");
        assertThat(d.text().length()).isLessThan(ArticleExtractor.MAX_INPUT_BYTES);
    }

    @Test
    void P9_hundredThousandNestedDivsDoNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000)
                + "<p>Текст статьи о мосте через реку, который открыли вчера вечером.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Digest d = digest(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("Текст статьи о мосте через реку");
    }

    @Test
    void P9_hundredThousandUnclosedInlineTagsAndTableCells() {
        String html = "<html><body>" + "<b><i><span>".repeat(30_000) + "<table><tr><td>".repeat(10_000)
                + "<p>The council approved the bridge plan on Tuesday after a long debate.</p></body></html>";
        Digest d = digest(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("The council approved the bridge plan");
    }

    @Test
    void P1_nulBytesAreDroppedNotPassedOn() {
        byte[] text = "Заголовок\n\nТекст\u0000 статьи о мосте\u0000 через реку. Движение откроют завтра.\n"
                .getBytes(StandardCharsets.UTF_8);
        Digest d = digest(text);
        assertThat(d.headline()).isEqualTo("Заголовок");
        assertThat(d.text()).contains("Текст статьи о мосте через реку.");
    }

    @Test
    void P5_invalidUtf8StaysUtf8WithReplacementCharacters() {
        byte[] good = "Заголовок статьи\n\nПресс-секретарь Кремля Дмитрий Песков заявил об этом в пятницу. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '(', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' '};
        byte[] tail = "Он добавил, что встреча пока не готовится.".getBytes(StandardCharsets.UTF_8);
        byte[] all = concat(good, bad, tail);
        Digest d = digest(all);
        assertThat(d.headline()).isEqualTo("Заголовок статьи");
        assertThat(d.text()).contains("Песков").contains("встреча пока не готовится").contains("\uFFFD");
    }

    @Test
    void P5_loneSurrogatesFromNumericEntitiesBecomeReplacementCharacters() {
        String html = "<html><head><title>Заголовок &#xD83D; статьи</title></head><body><article><p>Текст &#xDC00; "
                + "статьи о мосте через реку, который открыли вчера вечером.</p></article></body></html>";
        Digest d = digest(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.headline()).doesNotContain("\uD83D");
        assertThat(d.text()).contains("о мосте через реку");
    }

    @Test
    void P5_utf16WithBomIsDecoded() {
        byte[] body = "Заголовок\n\nМэр города открыл новый мост через реку.".getBytes(StandardCharsets.UTF_16LE);
        Digest d = digest(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));
        assertThat(d.headline()).isEqualTo("Заголовок");
        assertThat(d.language()).isEqualTo("ru");
    }

    @Test
    void P2_pdfIsRefusedByName() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofBytes("p", pdf)))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("PDF");
    }

    @Test
    void P9_binaryGarbageIsRefused() {
        byte[] garbage = new byte[100_000];
        new Random(42).nextBytes(garbage);
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofBytes("g", garbage)))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary");
    }

    @Test
    void P10_oneMegabyteLineWithoutSpacesIsCutNotEchoed() {
        String word = "а".repeat(1024 * 1024);
        Digest titled = digest(("Заголовок\n\n" + word).getBytes(StandardCharsets.UTF_8));
        assertThat(titled.headline()).isEqualTo("Заголовок");
        assertThat(titled.summary().length()).isLessThanOrEqualTo(400);
        Digest untitled = digest(word.getBytes(StandardCharsets.UTF_8));
        assertThat(untitled.headline().length()).isLessThanOrEqualTo(120);
    }

    @Test
    void P10_megabyteOfEmojiIsNeverCutBetweenSurrogates() {
        Digest d = digest("😀".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        assertThat(d.headline().length()).isLessThanOrEqualTo(120);
    }

    @Test
    void P5_singleByteCyrillicWithTheWrongHintStillReadsWhenTheMetaSaysSo() {
        String html = "<html><head><meta charset=\"koi8-r\"><title>Песков ответил</title></head><body><article>"
                + "<p>Пресс-секретарь Кремля Дмитрий Песков ответил на вопросы журналистов в пятницу.</p></article></body></html>";
        Digest d = engine.digest(new ArticleInput("k", html.getBytes(Charset.forName("KOI8-R")), "windows-1251", null, null));
        assertThat(d.headline()).isEqualTo("Песков ответил");
    }

    /**
     * P9 in small: every golden input cut at random places and with random bytes flipped must still give a digest
     * or an {@link UnreadableArticleException}. Seeded, so a failure can be replayed.
     */
    @Test
    void P9_mutatedGoldenInputsNeverThrowAnythingElse() throws IOException {
        Random random = new Random(20240611);
        List<Path> inputs = new ArrayList<>();
        try (var files = Files.list(dev.newsdigest.digest.text.GoldenFilesAccess.folder("extraction"))) {
            files.filter(p -> !p.getFileName().toString().contains(".expected.")).sorted().forEach(inputs::add);
        }
        assertThat(inputs).isNotEmpty();
        for (Path input : inputs) {
            byte[] original = Files.readAllBytes(input);
            for (int round = 0; round < 20; round++) {
                byte[] mutated = Arrays.copyOf(original, 1 + random.nextInt(original.length));
                for (int flips = random.nextInt(10); flips > 0; flips--) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                try {
                    digest(mutated);
                } catch (UnreadableArticleException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                } catch (RuntimeException e) {
                    throw new AssertionError(input.getFileName() + " round " + round + " threw " + e, e);
                }
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
