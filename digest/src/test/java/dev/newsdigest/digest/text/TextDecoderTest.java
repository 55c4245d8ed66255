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
}
