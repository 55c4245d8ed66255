package dev.newsdigest.bot.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * The production {@link FeedParser}: decodes the bytes ({@link FeedCharsets}), recognises the format by content
 * ({@link FeedSniffer}), and hands it to Rome (RSS, Atom), Jackson (JSON Feed) or jsoup (section pages). Every
 * failure is a {@link FeedParseException} with a one-line reason; nothing else escapes, and the work is bounded by
 * the fetcher's byte budget plus {@link ItemLimits}.
 */
public final class StandardFeedParser implements FeedParser {

    @Override
    public ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected) throws FeedParseException {
        return parse(body, contentType, baseUri, expected, null);
    }

    @Override
    public ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected, Charset charsetOverride)
            throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty document");
        }
        String text = withoutForbiddenXmlChars(FeedCharsets.decode(body, contentType, charsetOverride).text());
        LinkResolver links = new LinkResolver(baseUri);
        try {
            if (expected == FeedType.PAGE) {
                return SectionPageReader.read(text, links);
            }
            return switch (FeedSniffer.sniff(text)) {
                case RSS, RDF, ATOM -> RomeFeedReader.read(text, links);
                case JSON -> JsonFeedReader.read(text, links);
                case HTML -> throw new FeedParseException(
                        "not a feed: the URL serves an HTML page (for a section page, set the source type to page)");
                case UNKNOWN -> throw new FeedParseException(text.isBlank() ? "empty document"
                        : "not a feed: neither RSS, Atom nor JSON Feed");
            };
        } catch (FeedParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug or a pathological document must cost this source one fetch, never the worker.
            throw new FeedParseException("unreadable document (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Drops the characters XML 1.0 forbids (NUL and the other C0 controls but tab, LF, CR; U+FFFE, U+FFFF). Feeds
     * carry them by accident (a stray NUL from a CMS) and a strict parser would then lose the whole feed for one
     * invisible character (RELIABILITY P1).
     */
    static String withoutForbiddenXmlChars(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && allowed(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (allowed(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean allowed(char c) {
        return (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF') || c == '\t' || c == '\n' || c == '\r';
    }
}
