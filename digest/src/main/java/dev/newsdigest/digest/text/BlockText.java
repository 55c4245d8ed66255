package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the article element into paragraphs: block elements and {@code <br>} end a paragraph, inline elements
 * join their text. A paragraph is dropped when it is mostly link text (related-story lists), when it is a
 * {@link DebrisLine}, when it repeats the title or the paragraph before it, and when it heads a list of links
 * ("Читайте также", "Related").
 */
final class BlockText {
    /** Elements that start and end a paragraph (HTML's flow-content blocks, plus table cells of old layouts). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
            "section", "article", "main", "address", "hr", "center", "details", "summary", "fieldset", "hgroup");
    /** A paragraph at least this much link text is a link list item or a teaser, not prose. */
    private static final double LINK_SHARE = 0.6;
    /** Headings of blocks of links, dropped together with the links. */
    private static final Pattern LINK_BLOCK_HEADING = Pattern.compile(
            "(?iu)^(?:читайте также|читайте також|также читайте|читать также|дивіться також|смотрите также|"
                    + "по теме|по темі|ещё по теме|ще на тему|популярное|популярне|самое читаемое|найпопулярніше|"
                    + "новости партнеров|новини партнерів|related|related articles|related stories|related coverage|"
                    + "see also|read more|more stories|more from \\p{L}+|most read|most popular|trending|"
                    + "recommended|you may also like|теги|мітки|tags|topics)\\s*:?$");

    private BlockText() {}

    static List<String> paragraphs(List<Element> roots, String title) {
        Collector c = new Collector(title);
        for (Element root : roots) {
            NodeTraversor.traverse(c, root);
            c.endParagraph();
        }
        return c.out;
    }

    private static final class Collector implements NodeVisitor {
        private final String titleKey;
        private final List<String> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        Collector(String title) {
            this.titleKey = title == null ? null : PlainTextExtractor.comparable(title);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br") || BLOCKS.contains(name)) {
                    endParagraph();
                } else if (name.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    endParagraph();
                } else if (name.equals("a")) {
                    linkDepth--;
                }
            }
        }

        void endParagraph() {
            String raw = text.toString();
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            String p = InlineText.clean(raw);
            if (p.isEmpty()) {
                return;
            }
            if (links >= p.length() * LINK_SHARE) {
                return; // a link, a list of links or a teaser
            }
            if (DebrisLine.isDebris(p) || LINK_BLOCK_HEADING.matcher(p).matches()) {
                return;
            }
            if (titleKey != null && PlainTextExtractor.comparable(p).equals(titleKey)) {
                return;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                return;
            }
            out.add(p);
        }
    }
}
