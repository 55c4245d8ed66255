package dev.newsdigest.bot.ingest.feed;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the SAX parser and Rome's JDOM builder and does two cheap things there instead of in Rome:
 * <ul>
 *   <li>hides the items {@link XmlItemWindow} did not choose, so a huge feed never becomes 100 000 beans;</li>
 *   <li>takes each item's date elements ({@code pubDate}, {@code dc:date}, Atom {@code published}/{@code updated})
 *       out of the stream and keeps their text, which {@link FeedDates} parses far faster than Rome's masks.</li>
 * </ul>
 * Items are counted the same way in both places: an {@code item} or {@code entry} element directly under the root
 * or the channel. Rome lists its entries in document order, so the n-th {@link ItemDates} belongs to the n-th entry
 * (RomeFeedReader checks the counts agree and otherwise parses again without this filter).
 */
final class RomeEventFilter extends XMLFilterImpl implements LexicalHandler {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    /** The raw date texts of one kept item. */
    static final class ItemDates {
        String pubDate;
        String dcDate;
        String published;
        String updated;

        void set(String field, String value) {
            switch (field) {
                case "pubDate" -> pubDate = pubDate == null ? value : pubDate;
                case "dcDate" -> dcDate = dcDate == null ? value : dcDate;
                case "published" -> published = published == null ? value : published;
                default -> updated = updated == null ? value : updated;
            }
        }

        /** Publication first, as Rome does (pubDate over dc:date), then the update time. */
        java.time.Instant best() {
            for (String candidate : new String[] {pubDate, published, dcDate, updated}) {
                java.time.Instant parsed = FeedDates.parse(candidate);
                if (parsed != null) {
                    return parsed;
                }
            }
            return null;
        }
    }

    private final BitSet keep;   // null: keep every item
    private final List<ItemDates> dates = new ArrayList<>();
    private LexicalHandler lexical;
    private int depth;
    private int index = -1;
    private int itemDepth = -1;
    private int droppingFrom = -1;
    private String capturing;
    private final StringBuilder text = new StringBuilder();

    RomeEventFilter(BitSet keep) {
        this.keep = keep;
    }

    /** One entry per kept item, in document order. */
    List<ItemDates> dates() {
        return dates;
    }

    static boolean isItem(String localName, int depth) {
        return (depth == 2 || depth == 3) && (localName.equals("item") || localName.equals("entry"));
    }

    /** Which {@link ItemDates} field an item's child element fills, or null when it is no date we take. */
    static String dateField(String uri, String localName) {
        if (uri.isEmpty() && localName.equals("pubDate")) {
            return "pubDate";
        }
        if (DC_NS.equals(uri) && localName.equals("date")) {
            return "dcDate";
        }
        if (ATOM_NS.equals(uri) && (localName.equals("published") || localName.equals("updated"))) {
            return localName;
        }
        return null;
    }

    private boolean dropping() {
        return droppingFrom > 0;
    }

    private boolean silent() {
        return dropping() || capturing != null;
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
        if (LEXICAL_HANDLER.equals(name)) {
            // Comments and CDATA bounds pass through here too, so hidden elements cannot leak them.
            lexical = (LexicalHandler) value;
            super.setProperty(name, this);
        } else {
            super.setProperty(name, value);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (silent()) {
            return;
        }
        if (itemDepth < 0 && isItem(localName, depth)) {
            index++;
            if (keep != null && !keep.get(index)) {
                droppingFrom = depth;
                return;
            }
            itemDepth = depth;
            dates.add(new ItemDates());
        } else if (itemDepth > 0 && depth == itemDepth + 1) {
            String field = dateField(uri, localName);
            if (field != null) {
                capturing = field;
                text.setLength(0);
                return;
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            if (dropping()) {
                if (depth == droppingFrom) {
                    droppingFrom = -1;
                }
                return;
            }
            if (capturing != null) {
                if (depth == itemDepth + 1) {
                    dates.get(dates.size() - 1).set(capturing, text.toString());
                    capturing = null;
                }
                return;
            }
            if (depth == itemDepth) {
                itemDepth = -1;
            }
            super.endElement(uri, localName, qName);
        } finally {
            depth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (capturing != null && !dropping()) {
            if (text.length() < 200) {
                text.append(ch, start, Math.min(length, 200));
            }
        } else if (!silent()) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!silent()) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (!silent()) {
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
        if (lexical != null && !silent()) {
            lexical.startEntity(name);
        }
    }

    @Override
    public void endEntity(String name) throws SAXException {
        if (lexical != null && !silent()) {
            lexical.endEntity(name);
        }
    }

    @Override
    public void startCDATA() throws SAXException {
        if (lexical != null && !silent()) {
            lexical.startCDATA();
        }
    }

    @Override
    public void endCDATA() throws SAXException {
        if (lexical != null && !silent()) {
            lexical.endCDATA();
        }
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (lexical != null && !silent()) {
            lexical.comment(ch, start, length);
        }
    }
}
