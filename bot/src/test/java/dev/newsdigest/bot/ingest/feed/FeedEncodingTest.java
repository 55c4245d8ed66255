package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY P5: every way a Russian feed arrives, the title must read "Песков …" and the text must be clean
 * Unicode (no U+FFFD, no mojibake). The sentences are made up; any Cyrillic prose would do.
 */
class FeedEncodingTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8R = Charset.forName("KOI8-R");
    private static final String TITLE = "Песков ответил на вопросы журналистов";
    private static final String TEXT = "Пресс-секретарь сообщил, что встреча состоится в пятницу вечером, а подробности будут позже.";
    private static final URI BASE = URI.create("https://news.example.ru/rss");

    private final StandardFeedParser parser = new StandardFeedParser();

    private static String feed(String prolog) {
        return prolog + "<rss version=\"2.0\"><channel><title>Новости</title><link>https://news.example.ru/</link>"
                + "<description>Лента</description><item><title>" + TITLE + "</title><link>/2026/03/01/peskov</link>"
                + "<description>" + TEXT + "</description></item></channel></rss>";
    }

    private FeedItem only(byte[] body, String contentType) throws FeedParseException {
        ParsedFeed parsed = parser.parse(body, contentType, BASE, null);
        assertThat(parsed.title()).isEqualTo("Новости");
        assertThat(parsed.items()).hasSize(1);
        FeedItem item = parsed.items().get(0);
        assertThat(item.content()).isEqualTo(TEXT).doesNotContain("\uFFFD");
        return item;
    }

    @Test
    void p5_windows1251DeclaredInTheProlog() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(CP1251);
        assertThat(only(body, "application/rss+xml").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_windows1251OnlyInTheContentTypeHeader() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\"?>").getBytes(CP1251);
        assertThat(only(body, "application/rss+xml; charset=windows-1251").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_windows1251WithoutAnyDeclarationIsDetected() throws Exception {
        byte[] body = feed("").getBytes(CP1251);
        assertThat(only(body, "text/xml").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_koi8rWithoutAnyDeclarationIsDetected() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\"?>").getBytes(KOI8R);
        assertThat(only(body, null).title()).isEqualTo(TITLE);
    }

    @Test
    void p5_koi8rDeclaredInTheProlog() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>").getBytes(KOI8R);
        assertThat(only(body, "text/xml").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_utf8DeclaredAsWindows1252() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1252\"?>").getBytes(StandardCharsets.UTF_8);
        assertThat(only(body, "text/xml; charset=windows-1252").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_utf8WithByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(feed("<?xml version=\"1.0\" encoding=\"utf-8\"?>").getBytes(StandardCharsets.UTF_8));
        assertThat(only(out.toByteArray(), null).title()).isEqualTo(TITLE);
    }

    @Test
    void p5_serverWideLatinDefaultLosesToTheDocumentsOwnDeclaration() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(CP1251);
        assertThat(only(body, "text/xml; charset=ISO-8859-1").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_serverWideLatinDefaultLosesToClearlyCyrillicBytes() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\"?>").getBytes(CP1251);
        assertThat(only(body, "text/xml; charset=ISO-8859-1").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_utf8HeaderOnBytesThatAreNotUtf8IsIgnored() throws Exception {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(CP1251);
        assertThat(only(body, "application/xml; charset=utf-8").title()).isEqualTo(TITLE);
    }

    @Test
    void p5_perSourceOverrideBeatsAWrongDeclaration() throws Exception {
        // KOI8-R bytes that claim windows-1251: only the admin's override can know.
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(KOI8R);
        ParsedFeed parsed = parser.parse(body, "text/xml; charset=windows-1251", BASE, null, KOI8R);
        assertThat(parsed.items().get(0).title()).isEqualTo(TITLE);
    }

    @Test
    void p5_theInterfacesDefaultOverrideWorksForAnyFeedParser() throws Exception {
        FeedParser onlyTheShortForm = (body, contentType, base, expected) -> parser.parse(body, contentType, base, expected);
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(KOI8R);
        ParsedFeed parsed = onlyTheShortForm.parse(body, "text/xml; charset=windows-1251", BASE, null, KOI8R);
        assertThat(parsed.items().get(0).title()).isEqualTo(TITLE);
    }

    @Test
    void p5_htmlMetaCharsetAfterTheFirst1024BytesOfASectionPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><!-- " + "padding ".repeat(200) + " -->"
                + "<meta charset=\"windows-1251\"><title>Политика</title></head><body><main>"
                + "<a href=\"/2026/03/01/peskov-otvetil-na-voprosy\">" + TITLE + "</a></main></body></html>";
        byte[] body = html.getBytes(CP1251);
        assertThat(html.indexOf("<meta charset")).isGreaterThan(1024);
        ParsedFeed page = parser.parse(body, "text/html", BASE, FeedType.PAGE);
        assertThat(page.title()).isEqualTo("Политика");
        assertThat(page.items()).extracting(FeedItem::title).containsExactly(TITLE);
    }

    @Test
    void p5_utf8WithOneBrokenByteStaysUtf8() throws Exception {
        byte[] good = feed("<?xml version=\"1.0\"?>").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 1];
        int cut = feed("<?xml version=\"1.0\"?>").lastIndexOf("</description>");
        byte[] prefix = feed("<?xml version=\"1.0\"?>").substring(0, cut).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, broken, 0, prefix.length);
        broken[prefix.length] = (byte) 0xD0;   // the first half of a Cyrillic letter, then the markup goes on
        System.arraycopy(good, prefix.length, broken, prefix.length + 1, good.length - prefix.length);
        ParsedFeed parsed = parser.parse(broken, null, BASE, null);
        assertThat(parsed.items().get(0).title()).isEqualTo(TITLE);
        assertThat(parsed.items().get(0).content()).isEqualTo(TEXT + "\uFFFD");
    }

    @Test
    void p5_decoderReportsWhichRuleDecided() {
        assertThat(FeedCharsets.decode(feed("").getBytes(CP1251), null, null).how()).isEqualTo("guessed");
        assertThat(FeedCharsets.decode(feed("").getBytes(KOI8R), null, null).charset()).isEqualTo(KOI8R);
        assertThat(FeedCharsets.decode(feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").getBytes(CP1251), null, null).how())
                .isEqualTo("xml prolog");
        assertThat(FeedCharsets.decode(feed("").getBytes(CP1251), "text/xml; charset=windows-1251", null).how()).isEqualTo("header");
    }
}
