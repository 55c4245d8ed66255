package dev.newsdigest.bot.ingest.feed;

import dev.newsdigest.digest.text.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * Chooses the charset of a feed or page (RELIABILITY P5). The order, and why:
 * <ol>
 *   <li>the source's override: the admin looked at the feed and knows better than anything it says;</li>
 *   <li>a byte-order mark: unambiguous;</li>
 *   <li>valid UTF-8 with non-ASCII bytes is UTF-8, whatever is declared: real Cyrillic or Latin text in a
 *       single-byte charset is practically never valid UTF-8, while "UTF-8 declared as windows-1252" is common
 *       (miniflux {@code UTF8DocumentWithIncorrectProlog});</li>
 *   <li>the HTTP header, then the XML prolog, then {@code <meta charset>} anywhere in the first 64 KiB (pages put it
 *       after byte 1024): a declaration of UTF-8 on bytes that are not UTF-8 is skipped, and a Latin declaration
 *       (windows-1252, ISO-8859-1) loses to a later, more specific one or to clearly Cyrillic bytes, because old
 *       servers stamp {@code charset=ISO-8859-1} on everything;</li>
 *   <li>no usable declaration: UTF-8 with a few broken bytes stays UTF-8 ({@link TextDecoder#mostlyUtf8}), anything
 *       else goes to {@link TextDecoder#guessSingleByte}, which tells windows-1251 from KOI8-R from windows-1252 by
 *       letter statistics.</li>
 * </ol>
 */
final class FeedCharsets {
    private static final int DECLARATION_SCAN_BYTES = 64 * 1024;
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]{2,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LATIN = Set.of("windows-1252", "iso-8859-1", "iso-8859-15", "us-ascii");

    private FeedCharsets() {}

    static DecodedText decode(byte[] body, String contentType, Charset override) {
        if (override != null) {
            int skip = bomLength(body, override);
            return new DecodedText(new String(body, skip, body.length - skip, override), override, "override");
        }
        Optional<DecodedText> bom = byBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        boolean utf8 = isValidUtf8(body);
        if (utf8) {
            return new DecodedText(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        }
        String head = new String(body, 0, Math.min(body.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Candidate[] candidates = {
                new Candidate(headerCharset(contentType), "header"),
                new Candidate(first(XML_ENCODING, head), "xml prolog"),
                new Candidate(first(META_CHARSET, head), "meta")};
        Candidate chosen = null;
        for (Candidate c : candidates) {
            if (c.charset == null || c.charset.equals(StandardCharsets.UTF_8)) {
                continue;   // absent, or UTF-8 claimed for bytes that are not UTF-8
            }
            if (chosen == null) {
                chosen = c;
            } else if (isLatin(chosen.charset) && !isLatin(c.charset)) {
                chosen = c;   // the document's own, more specific declaration beats a server-wide Latin default
            }
        }
        if (chosen == null && TextDecoder.mostlyUtf8(body)) {
            // UTF-8 with a few broken bytes (a CMS that cut a letter in half): keep the rest, U+FFFD for the broken.
            return new DecodedText(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8 with errors");
        }
        Charset guess = TextDecoder.guessSingleByte(body);
        if (chosen == null) {
            return new DecodedText(new String(body, guess), guess, "guessed");
        }
        if (isLatin(chosen.charset) && !isLatin(guess)) {
            return new DecodedText(new String(body, guess), guess, "guessed over " + chosen.how);
        }
        return new DecodedText(new String(body, chosen.charset), chosen.charset, chosen.how);
    }

    private record Candidate(Charset charset, String how) {}

    private static Charset headerCharset(String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? null : TextDecoder.charsetByName(type.parameter("charset")).orElse(null);
    }

    private static Charset first(Pattern p, String head) {
        Matcher m = p.matcher(head);
        return m.find() ? TextDecoder.charsetByName(m.group(1)).orElse(null) : null;
    }

    private static boolean isLatin(Charset cs) {
        return LATIN.contains(cs.name().toLowerCase(Locale.ROOT));
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return 0;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
