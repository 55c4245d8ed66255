package dev.newsdigest.digest.text;

import java.util.Locale;

/** What a decoded document is, decided by its content, never by a file name. */
public enum ContentKind {
    HTML, PLAIN_TEXT, BINARY;

    private static final int SNIFF_CHARS = 4096;

    /** File signatures of formats that are never articles, with the name an error message gives them. */
    private static final String[][] SIGNATURES = {
        {"%PDF-", "a PDF document"}, {"PK\u0003\u0004", "a ZIP archive or Office document"},
        {"\u0089PNG", "a PNG image"}, {"GIF8", "a GIF image"}, {"\u00FF\u00D8\u00FF", "a JPEG image"},
        {"\u001F\u008B", "gzip-compressed data"}, {"\u00D0\u00CF\u0011\u00E0", "an old Office document"},
        {"\u007FELF", "an executable"}, {"{\\rtf", "an RTF document"},
    };

    /**
     * Names the binary format of raw bytes ("a PDF document", "binary data"), or returns null for text. Decided
     * before any decoding: known file signatures first, then the share of control bytes in the head.
     */
    public static String binaryFormat(byte[] bytes) {
        for (String[] sig : SIGNATURES) {
            if (startsWith(bytes, sig[0])) {
                return sig[1];
            }
        }
        return looksBinary(bytes) ? "binary data" : null;
    }

    /** Sniffs raw bytes for formats that are never articles (PDF, images, archives) before any decoding. */
    public static boolean looksBinary(byte[] bytes) {
        for (String[] sig : SIGNATURES) {
            if (startsWith(bytes, sig[0])) {
                return true;
            }
        }
        // UTF-16 text has many NULs but starts with a BOM; anything else with NULs in its head is binary.
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = bytes[i] & 0xFF;
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        return n > 0 && control > Math.max(8, n / 20);
    }

    /**
     * Elements whose closing tag, after its opening tag, marks an HTML fragment. Feed items carry their bodies as
     * such fragments (RSS 2.0 descriptions are entity-encoded HTML; JSON Feed's content_html), often a single
     * {@code <p>...</p>}, which the density rule alone reads as text and whose tags then reach the digest.
     */
    private static final String[] FRAGMENT_ELEMENTS = {
        "p", "div", "a", "span", "b", "i", "em", "strong", "li", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote",
        "figure", "figcaption", "table", "td", "section", "article",
    };

    /**
     * HTML when the text opens like a document, is dense with block tags, or is a fragment with a known element
     * opened and closed; otherwise plain text.
     */
    public static ContentKind of(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<?xml") && head.contains("<html")) {
            return HTML;
        }
        int tags = 0;
        for (String tag : new String[] {"<p>", "<p ", "<div", "<br", "<span", "<a href", "<article", "<h1", "<h2", "<meta"}) {
            int at = head.indexOf(tag);
            while (at >= 0) {
                tags++;
                at = head.indexOf(tag, at + 1);
            }
        }
        return tags >= 3 || hasClosedElement(head) ? HTML : PLAIN_TEXT;
    }

    /** True when the lower-cased head opens one of {@link #FRAGMENT_ELEMENTS} and closes it later. */
    private static boolean hasClosedElement(String head) {
        for (String name : FRAGMENT_ELEMENTS) {
            int close = head.indexOf("</" + name + ">");
            if (close < 0) {
                continue;
            }
            int open = head.indexOf("<" + name + ">");
            if (open < 0) {
                open = head.indexOf("<" + name + " ");
            }
            if (open >= 0 && open < close) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
