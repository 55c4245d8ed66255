package dev.newsdigest.bot.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLFilter;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Keeps a 100 000-item feed from costing 100 000 Rome entries (RELIABILITY P8). Rome builds a JDOM tree and a
 * bean per item and parses every date through a list of masks (about 0.15 ms each), so a huge feed took tens of
 * seconds. When a feed has more items than {@link ItemLimits#MAX_ITEMS}, one cheap streaming SAX pass reads only
 * each item's date, picks the newest items (undated ones by position, as {@link ItemLimits#newest} does), and a
 * SAX filter then hides every other item from Rome.
 *
 * <p>The pre-pass refuses DOCTYPEs exactly as Rome does. It parses strictly, without Rome's XML healer (which
 * alone costs a second on 10 MB): a document it reads is well-formed, so Rome needs no healing either; when it
 * fails for any reason (HTML entities, broken markup) the feed is simply parsed whole, healer and all.
 */
final class XmlItemWindow {
    private static final Set<String> ITEM_NAMES = Set.of("item", "entry");
    private static final Set<String> DATE_NAMES = Set.of("pubDate", "published", "date", "updated", "modified", "issued");

    private XmlItemWindow() {}

    /** The positions of the items to keep, or empty when the feed is small enough (or unreadable) to parse whole. */
    static Optional<BitSet> choose(String xml, int max) {
        if (countRoughly(xml, max) <= max) {
            return Optional.empty();
        }
        try {
            DateCollector dates = new DateCollector();
            XMLReader reader = secureFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(dates);
            reader.setErrorHandler(dates);
            reader.parse(new InputSource(new StringReader(xml)));
            if (dates.dates.size() <= max) {
                return Optional.empty();
            }
            List<Instant> published = dates.dates;
            BitSet keep = new BitSet(published.size());
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
            for (int i = 0; i < max; i++) {
                keep.set(order.get(i));
            }
            return Optional.of(keep);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A filter for Rome's SAX builder that drops every item whose position is not in {@code keep}. */
    static XMLFilter filter(BitSet keep) {
        return new ItemFilter(keep);
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

    /** True for an item element: {@code item} or {@code entry} directly under the root or under the channel. */
    private static boolean isItem(String localName, int depth) {
        return (depth == 2 || depth == 3) && ITEM_NAMES.contains(localName);
    }

    /** First pass: one date (or null) per item, in document order. */
    private static final class DateCollector extends DefaultHandler {
        final List<Instant> dates = new ArrayList<>();
        private int depth;
        private int itemDepth = -1;
        private Instant itemDate;
        private boolean itemHasPublished;
        private String dateElement;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            depth++;
            if (itemDepth < 0 && isItem(localName, depth)) {
                itemDepth = depth;
                itemDate = null;
                itemHasPublished = false;
            } else if (itemDepth > 0 && depth == itemDepth + 1 && DATE_NAMES.contains(localName)) {
                dateElement = localName;
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (dateElement != null && text.length() < 100) {
                text.append(ch, start, Math.min(length, 100));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (dateElement != null && depth == itemDepth + 1) {
                Instant d = parseDate(text.toString());
                boolean isUpdate = dateElement.equals("updated") || dateElement.equals("modified");
                // Publication dates win over update dates, as in RomeFeedReader.
                if (d != null && (itemDate == null || (!isUpdate && !itemHasPublished))) {
                    itemDate = d;
                    itemHasPublished |= !isUpdate;
                }
                dateElement = null;
            }
            if (depth == itemDepth) {
                dates.add(itemDate);
                itemDepth = -1;
            }
            depth--;
        }
    }

    /** RFC 822 (RSS) and RFC 3339 (Atom, dc:date); anything else counts as undated. */
    static Instant parseDate(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // not RFC 822
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Second pass: hides the items not chosen, so Rome never builds them. */
    private static final class ItemFilter extends XMLFilterImpl implements LexicalHandler {
        private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
        private final BitSet keep;
        private LexicalHandler lexical;
        private int depth;
        private int index = -1;
        private int droppingFrom = -1;

        ItemFilter(BitSet keep) {
            this.keep = keep;
        }

        private boolean dropping() {
            return droppingFrom > 0;
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (LEXICAL_HANDLER.equals(name)) {
                // Comments and CDATA bounds must pass through the filter too, or dropped items would leak them.
                lexical = (LexicalHandler) value;
                super.setProperty(name, this);
            } else {
                super.setProperty(name, value);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            if (!dropping() && isItem(localName, depth)) {
                index++;
                if (!keep.get(index)) {
                    droppingFrom = depth;
                }
            }
            if (!dropping()) {
                super.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!dropping()) {
                super.endElement(uri, localName, qName);
            } else if (depth == droppingFrom) {
                droppingFrom = -1;
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!dropping()) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (!dropping()) {
                super.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (!dropping()) {
                super.processingInstruction(target, data);
            }
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            if (lexical != null) {
                lexical.startDTD(name, publicId, systemId);
            }
        }

        @Override
        public void endDTD() throws SAXException {
            if (lexical != null) {
                lexical.endDTD();
            }
        }

        @Override
        public void startEntity(String name) throws SAXException {
            if (lexical != null && !dropping()) {
                lexical.startEntity(name);
            }
        }

        @Override
        public void endEntity(String name) throws SAXException {
            if (lexical != null && !dropping()) {
                lexical.endEntity(name);
            }
        }

        @Override
        public void startCDATA() throws SAXException {
            if (lexical != null && !dropping()) {
                lexical.startCDATA();
            }
        }

        @Override
        public void endCDATA() throws SAXException {
            if (lexical != null && !dropping()) {
                lexical.endCDATA();
            }
        }

        @Override
        public void comment(char[] ch, int start, int length) throws SAXException {
            if (lexical != null && !dropping()) {
                lexical.comment(ch, start, length);
            }
        }
    }
}
