package dev.newsdigest.digest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans one line of text for every later stage: whitespace runs (including no-break and other Unicode spaces)
 * become one space, invisible debris goes (NUL and other control characters, a stray BOM, soft hyphens,
 * zero-width spaces), and a lone UTF-16 surrogate becomes U+FFFD so that the output is always valid UTF-8.
 */
public final class InlineText {
    /** Entities with their semicolon only: "AT&T" and "R&D" must stay as written. */
    private static final Pattern STRICT_ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private InlineText() {}

    /** One line, trimmed, with single spaces and no invisible characters. */
    public static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                space = appendSpace(b, space);
                b.append(c).append(s.charAt(++k));
                continue;
            }
            if (Character.isSurrogate(c)) {
                c = '\uFFFD';
            }
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            space = appendSpace(b, space);
            b.append(c);
        }
        return b.toString();
    }

    private static boolean appendSpace(StringBuilder b, boolean space) {
        if (space && b.length() > 0) {
            b.append(' ');
        }
        return false;
    }

    /** NUL, BOM, soft hyphen and zero-width characters carry nothing a reader sees. */
    private static boolean isInvisible(char c) {
        return c == '\u0000' || c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060';
    }

    /**
     * Decodes HTML entities left in plain text by a scraper that escaped twice ({@code &quot;брексита&quot;}).
     * Only complete entities (with their semicolon) are decoded.
     */
    public static String unescapeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = STRICT_ENTITY.matcher(s);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            String decoded = Parser.unescapeEntities(m.group(), false);
            if (decoded.equals(m.group())) {
                continue; // not an entity jsoup knows: keep as written
            }
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, last, m.start()).append(decoded);
            last = m.end();
        }
        if (b == null) {
            return s;
        }
        return b.append(s, last, s.length()).toString();
    }
}
