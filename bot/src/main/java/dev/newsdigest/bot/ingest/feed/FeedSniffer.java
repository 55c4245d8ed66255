package dev.newsdigest.bot.ingest.feed;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a body is from its first markup, never from the Content-Type alone (servers send feeds as text/html
 * and pages as text/xml). Looks only at the start of the text, so it costs nothing on a 15 MB body.
 */
public final class FeedSniffer {
    /** What the start of a body looks like. */
    enum Kind { RSS, RDF, ATOM, JSON, HTML, UNKNOWN }

    private static final int SCAN_CHARS = 8 * 1024;

    private FeedSniffer() {}

    /**
     * The source type a body suggests, for filling in an omitted {@code type} when a source is added: an HTML page
     * becomes {@link FeedType#PAGE}. Empty when the body is none of the four.
     */
    public static Optional<FeedType> detect(byte[] body, String contentType) {
        String text = FeedCharsets.decode(body, contentType, null).text();
        return switch (sniff(text)) {
            case RSS, RDF -> Optional.of(FeedType.RSS);
            case ATOM -> Optional.of(FeedType.ATOM);
            case JSON -> Optional.of(FeedType.JSONFEED);
            case HTML -> Optional.of(FeedType.PAGE);
            case UNKNOWN -> Optional.empty();
        };
    }

    static Kind sniff(String text) {
        int i = 0;
        int n = Math.min(text.length(), SCAN_CHARS);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == 0) {
                i++;
            } else if (c == '{') {
                return Kind.JSON;
            } else if (c != '<') {
                return Kind.UNKNOWN;
            } else if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
                if (text.regionMatches(true, i, "<!doctype html", 0, 14)) {
                    return Kind.HTML;
                }
                i = skipDoctype(text, i);
            } else {
                return rootKind(text, i + 1);
            }
            if (i < 0) {
                return Kind.UNKNOWN;
            }
        }
        return Kind.UNKNOWN;
    }

    private static Kind rootKind(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < 64 && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '>' && text.charAt(end) != '/') {
            end++;
        }
        String name = text.substring(start, end).toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        return switch (local) {
            case "rss" -> Kind.RSS;
            case "rdf" -> Kind.RDF;
            case "feed" -> Kind.ATOM;
            case "html", "head", "body" -> Kind.HTML;
            default -> Kind.UNKNOWN;
        };
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** A DOCTYPE may hold an internal subset in brackets; its end is the '>' after the closing ']'. */
    private static int skipDoctype(String text, int from) {
        int bracket = text.indexOf('[', from);
        int close = text.indexOf('>', from);
        if (bracket >= 0 && close >= 0 && bracket < close) {
            int endSubset = text.indexOf(']', bracket);
            return endSubset < 0 ? -1 : skipPast(text, endSubset, ">");
        }
        return close < 0 ? -1 : close + 1;
    }
}
