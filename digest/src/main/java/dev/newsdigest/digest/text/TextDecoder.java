package dev.newsdigest.digest.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw article bytes into text, choosing the charset in this order: byte-order mark, a declaration in the
 * content ({@code <meta charset>}, {@code http-equiv}, XML prolog), the caller's hint, strict UTF-8, and last a
 * guess between the Cyrillic single-byte charsets (windows-1251, KOI8-R) and windows-1252.
 *
 * <p>A declaration that contradicts the bytes loses: a page that says windows-1252 but is valid UTF-8 with
 * non-ASCII letters is read as UTF-8 (the miniflux "UTF-8 document with incorrect prolog" case).
 */
public final class TextDecoder {
    /** How far into the document we look for a charset declaration (HTML5 says 1024; real pages put it later). */
    static final int DECLARATION_SCAN_BYTES = 64 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]{2,40})", Pattern.CASE_INSENSITIVE);
    /**
     * Only at the start of the document (after optional white space): the XML declaration may stand nowhere else
     * (XML 1.0, section 2.8), and searching a 64 KB HTML head for one was most of the decoding time of a page.
     */
    private static final Pattern XML_ENCODING = Pattern.compile(
            "\\s{0,100}<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]{2,40})[\"']", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset, String how) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String charsetHint) {
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            int skip = bom.get() == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get(), "bom");
        }
        boolean validUtf8 = isValidUtf8(bytes);
        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent()) {
            Charset cs = declared.get();
            if (validUtf8 && cs != StandardCharsets.UTF_8 && hasNonAscii(bytes) && isSingleByteLatin(cs)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8 despite declaration");
            }
            return new Decoded(new String(bytes, cs), cs, "declared");
        }
        Optional<Charset> hinted = charsetByName(charsetHint);
        if (hinted.isPresent()) {
            Charset cs = hinted.get();
            if (validUtf8 && cs != StandardCharsets.UTF_8 && hasNonAscii(bytes) && isSingleByteLatin(cs)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8 despite hint");
            }
            return new Decoded(new String(bytes, cs), cs, "hint");
        }
        if (validUtf8) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        }
        if (mostlyUtf8(bytes)) {
            // A UTF-8 text with a few broken bytes (a cut download, a bad copy): each broken byte becomes U+FFFD,
            // as a browser shows it, rather than the whole text turning into windows-1252 mojibake.
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8 with errors");
        }
        Charset guess = guessSingleByte(bytes);
        return new Decoded(new String(bytes, guess), guess, "guessed");
    }

    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** A charset named in the document head, read as ASCII (every charset we accept is ASCII-compatible there). */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        int scan = Math.min(bytes.length, DECLARATION_SCAN_BYTES);
        if (!mentionsDeclaration(bytes, scan)) {
            return Optional.empty(); // plain text: skip the regular expressions (and copying the head)
        }
        String head = new String(bytes, 0, scan, StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.lookingAt()) {
            return charsetByName(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return charsetByName(meta.group(1));
        }
        return Optional.empty();
    }

    /** Whether "charset" or "encoding" (any case) occurs in the first {@code limit} bytes: one pass, no copy. */
    static boolean mentionsDeclaration(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] | 0x20;
            if (b == 'c' && wordAt(bytes, i, limit, "charset") || b == 'e' && wordAt(bytes, i, limit, "encoding")) {
                return true;
            }
        }
        return false;
    }

    /** ASCII case-insensitive match of a lower-case ASCII word at {@code at}, within the first {@code limit} bytes. */
    private static boolean wordAt(byte[] bytes, int at, int limit, String word) {
        if (at + word.length() > limit) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if ((bytes[at + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public static Optional<Charset> charsetByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            Charset cs = Charset.forName(n);
            // UTF-16/32 declared inside an ASCII-readable head cannot be true; ignore such declarations.
            if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
                return Optional.empty();
            }
            return Optional.of(cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Strict UTF-8 check without decoding: the well-formed byte sequences of Unicode (The Unicode Standard, Table
     * 3-7), which is exactly what the JDK's decoder accepts with {@code CodingErrorAction.REPORT} (no overlong forms,
     * no surrogates, nothing above U+10FFFF). Allocates nothing: a 100 KB page used to be decoded twice, once here
     * into a throw-away buffer and once into the text.
     */
    static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1], 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                // E0: no overlong forms (A0..BF); ED: no surrogates (80..9F).
                int lo = b == 0xE0 ? 0xA0 : 0x80;
                int hi = b == 0xED ? 0x9F : 0xBF;
                if (i + 2 >= n || !continuation(bytes[i + 1], lo, hi) || !continuation(bytes[i + 2], 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                // F0: no overlong forms (90..BF); F4: nothing above U+10FFFF (80..8F).
                int lo = b == 0xF0 ? 0x90 : 0x80;
                int hi = b == 0xF4 ? 0x8F : 0xBF;
                if (i + 3 >= n || !continuation(bytes[i + 1], lo, hi) || !continuation(bytes[i + 2], 0x80, 0xBF)
                        || !continuation(bytes[i + 3], 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false;   // 80..C1 cannot start a sequence; F5..FF never occur
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int lo, int hi) {
        int v = b & 0xFF;
        return v >= lo && v <= hi;
    }

    /**
     * True when well-formed UTF-8 multi-byte sequences outnumber stray high bytes ten to one. Single-byte Cyrillic
     * text almost never forms valid sequences (a lower-case letter byte is followed by another letter, not by a
     * 0x80-0xBF continuation byte), so it fails this test and goes to {@link #guessSingleByte}.
     */
    public static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && invalid * 10 <= valid;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleByteLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.startsWith("iso-8859") || n.equals("us-ascii");
    }

    /**
     * Chooses between windows-1251, KOI8-R and windows-1252 for bytes that are not UTF-8. Cyrillic text is mostly
     * lower-case letters; read in the wrong Cyrillic charset it turns mostly upper-case (the two charsets swap
     * the cases), and read as windows-1252 it becomes accented Latin soup.
     */
    public static Charset guessSingleByte(byte[] bytes) {
        int high = 0;
        int asciiLetters = 0;
        int cp1251Lower = 0;
        int koi8Lower = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v < 0x80) {
                if ((v | 0x20) >= 'a' && (v | 0x20) <= 'z') {
                    asciiLetters++;
                }
                continue;
            }
            high++;
            if (v >= 0xE0) {
                cp1251Lower++; // а..я in windows-1251
            }
            if (v >= 0xC0 && v <= 0xDF) {
                koi8Lower++; // а..я in KOI8-R
            }
        }
        // Latin text with a few accented letters is windows-1252; Cyrillic text is mostly high bytes.
        if (high == 0 || high < asciiLetters / 2) {
            return WINDOWS_1252;
        }
        double cyrillicShare = (double) Math.max(cp1251Lower, koi8Lower) / high;
        if (cyrillicShare < 0.5) {
            return WINDOWS_1252;
        }
        return koi8Lower > cp1251Lower ? KOI8_R : WINDOWS_1251;
    }
}
