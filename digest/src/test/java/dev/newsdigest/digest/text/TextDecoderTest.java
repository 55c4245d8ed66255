package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String RU = "Пресс-секретарь Кремля Дмитрий Песков заявил, что общение не исключается.";

    @Test
    void windows1251WithoutDeclarationIsRecognised() {
        byte[] bytes = RU.getBytes(Charset.forName("windows-1251"));
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(RU);
    }

    @Test
    void koi8rWithoutDeclarationIsRecognised() {
        byte[] bytes = RU.getBytes(Charset.forName("KOI8-R"));
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(RU);
    }

    @Test
    void metaCharsetDeclarationWins() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RU + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
        assertThat(TextDecoder.decode(bytes, "UTF-8").text()).contains("Песков");
    }

    @Test
    void utf8DeclaredAsLatin1IsReadAsUtf8() {
        String html = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><p>" + RU + "</p>";
        assertThat(TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null).text()).contains("Песков");
    }

    @Test
    void byteOrderMarkIsHonouredAndDropped() {
        byte[] body = RU.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes, "windows-1251").text()).isEqualTo(RU);
    }

    @Test
    void latinTextWithAccentsStaysLatin() {
        String fr = "Le président a déclaré que la réunion était très importante pour l'économie.";
        assertThat(TextDecoder.decode(fr.getBytes(Charset.forName("windows-1252")), null).text()).isEqualTo(fr);
    }

    @Test
    void P5_metaCharsetAfterByte1024IsStillFound() {
        String html = "<html><head><style>" + "p { margin: 0; }\n".repeat(100) + "</style><meta charset=\"windows-1251\">"
                + "</head><body><p>" + RU + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<meta")).isGreaterThan(1024);
        assertThat(TextDecoder.decode(bytes, null).text()).contains(RU);
    }

    @Test
    void P5_charsetOnlyInTheTransportHintIsUsed() {
        byte[] bytes = ("<html><body><p>" + RU + "</p></body></html>").getBytes(Charset.forName("KOI8-R"));
        assertThat(TextDecoder.decode(bytes, "koi8-r").text()).contains(RU);
    }

    @Test
    void P5_utf8WithAFewBrokenBytesStaysUtf8() {
        byte[] good = RU.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, 20);
        bytes[20] = (byte) 0xFF;
        bytes[21] = (byte) 0xC3;
        System.arraycopy(good, 20, bytes, 22, good.length - 20);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("Песков").contains("\uFFFD");
    }

    @Test
    void P5_singleByteCyrillicIsNotMistakenForBrokenUtf8() {
        assertThat(TextDecoder.mostlyUtf8(RU.getBytes(Charset.forName("windows-1251")))).isFalse();
        assertThat(TextDecoder.mostlyUtf8(RU.getBytes(Charset.forName("KOI8-R")))).isFalse();
    }
}
