package dev.newsdigest.bot.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome 2.1. Rome refuses any DOCTYPE by default (since 1.5.1, rome#267), which
 * is what stops XXE and billion-laughs payloads (RELIABILITY P3, P4); we keep that default and hand Rome text we
 * decoded ourselves ({@link FeedCharsets}), so its own charset sniffing never second-guesses us.
 */
final class RomeFeedReader {
    private RomeFeedReader() {}

    static ParsedFeed read(String xml, LinkResolver links) throws FeedParseException {
        BitSet window = XmlItemWindow.choose(xml, ItemLimits.MAX_ITEMS).orElse(null);
        RomeEventFilter filter = new RomeEventFilter(window);
        FilteredInput input = new FilteredInput(filter);
        // The window's strict pre-pass proved the document well-formed; otherwise heal only when needed.
        input.setXmlHealerOn(window == null && needsHealing(xml));
        SyndFeed feed = build(input, xml);
        List<RomeEventFilter.ItemDates> dates = filter.dates();
        if (dates.size() != feed.getEntries().size()) {
            // Rome saw items where our filter did not (or the other way round): trust Rome alone, dates included.
            WireFeedInput plain = new WireFeedInput();
            plain.setXmlHealerOn(needsHealing(xml));
            feed = build(plain, xml);
            dates = null;
        }
        String type = String.valueOf(feed.getFeedType()).toLowerCase(Locale.ROOT);
        boolean rdf = type.equals("rss_1.0");
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Instant published = dates != null ? dates.get(i).best()
                    : instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            items.add(new FeedItem(
                    ItemLimits.guid(guid(entry, rdf)),
                    links.resolveToString(entry.getLink()),
                    ItemLimits.title(entry.getTitle()),
                    ItemLimits.content(content(entry)),
                    published));
        }
        return new ParsedFeed(ItemLimits.title(feed.getTitle()), type.startsWith("atom") ? FeedType.ATOM : FeedType.RSS,
                ItemLimits.newest(items));
    }

    private static SyndFeed build(WireFeedInput input, String xml) throws FeedParseException {
        if (input.isAllowDoctypes()) {
            throw new IllegalStateException("Rome must refuse DOCTYPE declarations (XXE, billion laughs)");
        }
        try {
            WireFeed wire = input.build(new StringReader(xml));
            return new SyndFeedImpl(wire, true);   // keep the wire entries: the GUID lives there
        } catch (FeedException e) {
            throw new FeedParseException(explain(e));
        } catch (IllegalArgumentException e) {
            // Rome's "Invalid document" when the XML is well-formed but no parser knows its root element.
            throw new FeedParseException("not a feed: unknown XML root element");
        } catch (RuntimeException e) {
            throw new FeedParseException("unreadable feed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Rome's XML healer (leading junk, HTML entities such as {@code &nbsp;}, bare ampersands) reads one character at
     * a time and was a third of the parse time of an ordinary feed; it runs only when the text needs it.
     */
    /** True when the text does not start with markup or has an '&' that is not one of XML's own references. */
    static boolean needsHealing(String xml) {
        if (xml.isEmpty() || xml.charAt(0) != '<') {
            return true;
        }
        for (int amp = xml.indexOf('&'); amp >= 0; amp = xml.indexOf('&', amp + 1)) {
            if (!isXmlReference(xml, amp + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isXmlReference(String s, int from) {
        for (String name : new String[] {"amp;", "lt;", "gt;", "quot;", "apos;"}) {
            if (s.startsWith(name, from)) {
                return true;
            }
        }
        if (from >= s.length() || s.charAt(from) != '#') {
            return false;
        }
        int i = from + 1;
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int digits = 0;
        while (i < s.length() && digits < 8 && (hex ? Character.digit(s.charAt(i), 16) >= 0 : Character.isDigit(s.charAt(i)))) {
            i++;
            digits++;
        }
        return digits > 0 && i < s.length() && s.charAt(i) == ';';
    }

    /** Rome's input with {@link RomeEventFilter} between the SAX parser and JDOM; Rome's parser settings are untouched. */
    private static final class FilteredInput extends WireFeedInput {
        private final RomeEventFilter filter;

        FilteredInput(RomeEventFilter filter) {
            this.filter = filter;
        }

        @Override
        protected SAXBuilder createSAXBuilder() {
            SAXBuilder builder = super.createSAXBuilder();
            builder.setXMLFilter(filter);
            return builder;
        }
    }

    /** One line an admin can act on; the parser's text, which may quote the document, is cut short. */
    private static String explain(FeedException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return "refused: the feed declares a DOCTYPE (external entities are never loaded)";
        }
        String first = m.lines().findFirst().orElse("");
        return "invalid XML: " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }

    /**
     * The feed's own id: RSS {@code <guid>}, RSS 1.0 {@code rdf:about}, Atom {@code <id>}. Rome's {@code getUri()}
     * falls back to the link when there is none, which would hide that the feed has no GUID; the store dedups by
     * normalised URL in that case.
     */
    private static String guid(SyndEntry entry, boolean rdf) {
        Object wire = entry.getWireEntry();
        if (wire instanceof com.rometools.rome.feed.rss.Item item) {
            if (item.getGuid() != null) {
                return item.getGuid().getValue();
            }
            // RSS 1.0 identifies items by rdf:about; for 0.9x/2.0 Rome fills the same field from <link>.
            return rdf ? item.getUri() : null;
        }
        if (wire instanceof com.rometools.rome.feed.atom.Entry atom) {
            return atom.getId();
        }
        return null;
    }

    /** The richest body: full content (content:encoded, atom:content) before the summary. */
    private static String content(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(c.getValue());
                if (sb.length() > ItemLimits.MAX_CONTENT_CHARS) {
                    break;
                }
            }
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : description.getValue();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
