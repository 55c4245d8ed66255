package dev.newsdigest.bot.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps a 100 000-item feed from costing 100 000 Rome entries (RELIABILITY P8). Rome builds a JDOM tree and a
 * bean per item, so a huge feed took tens of seconds. When a feed has more items than {@link ItemLimits#MAX_ITEMS},
 * one cheap streaming SAX pass reads only each item's date, picks the newest items (undated ones by position, as
 * {@link ItemLimits#newest} does), and {@link RomeEventFilter} then hides every other item from Rome.
 *
 * <p>The pre-pass refuses DOCTYPEs exactly as Rome does. It parses strictly, without Rome's XML healer (which alone
 * costs a second on 10 MB): a document it reads is well-formed, so Rome needs no healing either; when it fails for
 * any reason (HTML entities, broken markup) the feed is simply parsed whole, healer and all.
 */
final class XmlItemWindow {
    private XmlItemWindow() {}

    /** The positions of the items to keep, or empty when the feed is small enough (or unreadable) to parse whole. */
    static Optional<BitSet> choose(String xml, int max) {
        if (countRoughly(xml, max) <= max) {
            return Optional.empty();
        }
        try {
            DateCollector collector = new DateCollector();
            XMLReader reader = secureFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(collector);
            reader.setErrorHandler(collector);
            reader.parse(new InputSource(new StringReader(xml)));
            List<Instant> published = collector.dates;
            if (published.size() <= max) {
                return Optional.empty();
            }
            List<Integer> order = new ArrayList<>(published.size());
            for (int i = 0; i < published.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> {
                Instant x = published.get(a);
                Instant y = published.get(b);
                if (x == null || y == null) {
                    return x == null && y == null ? Integer.compare(a, b) : (x == null ? 1 : -1);
                }
                int c = y.compareTo(x);
                return c != 0 ? c : Integer.compare(a, b);
            });
            BitSet keep = new BitSet(published.size());
            for (int i = 0; i < max; i++) {
                keep.set(order.get(i));
            }
            return Optional.of(keep);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Counts "<item" and "<entry" openings, stopping early once past {@code max}: cheap, and only a first guess. */
    private static int countRoughly(String xml, int max) {
        int count = 0;
        int at = xml.indexOf('<');
        while (at >= 0 && count <= max) {
            if (xml.startsWith("item", at + 1) || xml.startsWith("entry", at + 1)) {
                count++;
            }
            at = xml.indexOf('<', at + 1);
        }
        return count;
    }

    private static SAXParserFactory secureFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory;
    }

    /** The pre-pass: one date (or null) per item, in document order, by the same rules as {@link RomeEventFilter}. */
    private static final class DateCollector extends DefaultHandler {
        final List<Instant> dates = new ArrayList<>();
        private int depth;
        private int itemDepth = -1;
        private RomeEventFilter.ItemDates item;
        private String field;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            depth++;
            if (itemDepth < 0 && RomeEventFilter.isItem(localName, depth)) {
                itemDepth = depth;
                item = new RomeEventFilter.ItemDates();
            } else if (itemDepth > 0 && depth == itemDepth + 1) {
                field = RomeEventFilter.dateField(uri, localName);
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (field != null && text.length() < 200) {
                text.append(ch, start, Math.min(length, 200));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (field != null && depth == itemDepth + 1) {
                item.set(field, text.toString());
                field = null;
            }
            if (depth == itemDepth) {
                dates.add(item.best());
                itemDepth = -1;
            }
            depth--;
        }
    }
}
