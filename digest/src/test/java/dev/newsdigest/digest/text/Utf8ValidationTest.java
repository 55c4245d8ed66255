package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free UTF-8 check accepts exactly what the JDK's strict decoder accepts: compared on every
 * one- and two-byte input, on classic edge cases, and on many mutated multilingual texts.
 */
class Utf8ValidationTest {

    private static boolean jdk(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void same(byte[] bytes) {
        assertThat(TextDecoder.isValidUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(jdk(bytes));
    }

    @Test
    void everyShortInput() {
        for (int a = 0; a < 256; a++) {
            same(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                same(new byte[] {(byte) a, (byte) b});
            }
        }
    }

    @Test
    void edgeCases() {
        int[][] cases = {
            {0xE0, 0x9F, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80},
            {0xF5, 0x80, 0x80, 0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0x80},
            {0xE2, 0x82, 0xAC, 0x41}, {0xF0, 0x9F, 0x98, 0x80, 0x41},
        };
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            same(b);
        }
    }

    @Test
    void mutatedTexts() {
        byte[] text = "Песков сказал: «Нет». Пєсков і Ґудзь. Peskov said \"no\" — 😀 €5, ünïcödé, 中文"
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(42);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = text.clone();
            for (int m = random.nextInt(3); m >= 0; m--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            int cut = random.nextInt(4) == 0 ? random.nextInt(b.length) : b.length;
            same(java.util.Arrays.copyOf(b, cut));
        }
    }

    @Test
    void declarationKeywordIsFoundInAnyCase() {
        byte[] head = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CharSet=windows-1251\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextDecoder.mentionsDeclaration(head, head.length)).isTrue();
        assertThat(TextDecoder.mentionsDeclaration(head, 20)).isFalse();
        byte[] prolog = "<?xml version=\"1.0\" ENCODING=\"koi8-r\"?>".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextDecoder.mentionsDeclaration(prolog, prolog.length)).isTrue();
        assertThat(TextDecoder.mentionsDeclaration(prolog, 27)).isFalse();   // the limit cuts "ENCODING" before its G
        assertThat(TextDecoder.mentionsDeclaration("плain text, no charset word".getBytes(StandardCharsets.UTF_8), 10)).isFalse();
        assertThat(TextDecoder.declaredCharset(head)).map(c -> c.name()).contains("windows-1251");
    }
}
