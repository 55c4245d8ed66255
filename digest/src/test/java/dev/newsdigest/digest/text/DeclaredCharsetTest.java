package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a charset declaration counts: an XML declaration only at the start (XML 1.0 section 2.8), meta anywhere in the head. */
class DeclaredCharsetTest {

    private static String declared(String head) {
        return TextDecoder.declaredCharset(head.getBytes(StandardCharsets.US_ASCII)).map(Charset::name).orElse(null);
    }

    @Test
    void xmlDeclarationAtTheStartEvenAfterWhiteSpace() {
        assertThat(declared("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss/>")).isEqualTo("KOI8-R");
        assertThat(declared("\n  <?xml version='1.0' encoding='windows-1251'?><html/>")).isEqualTo("windows-1251");
    }

    @Test
    void anXmlDeclarationInsideThePageIsNotTheDocumentsOwn() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body>"
                + "<svg><?xml version=\"1.0\" encoding=\"utf-8\"?></svg></body></html>";
        assertThat(declared(page)).isEqualTo("windows-1251");
        assertThat(declared("<p>text <?xml version=\"1.0\" encoding=\"KOI8-R\"?></p>")).isNull();
    }
}
