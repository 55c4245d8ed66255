package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article: an explicit marker ({@code itemprop=articleBody}, "article-body",
 * "entry-content", ...) when it carries text, else the element with the best paragraph score.
 *
 * <p>Scoring follows Readability: every paragraph-like block (a {@code <p>}, a heading, a quote, a list item, or a
 * run of text directly inside a {@code <div>} or {@code <td>}, as old table layouts write it) longer than 25
 * characters gives its length to its parent and half of it to its grandparent; a parent's score is then scaled by
 * the share of its text that is not link text, so that link lists lose. All counts are gathered in one pass over
 * the tree, so the cost stays linear however deep the nesting.
 *
 * <p>As in Readability, siblings of the winner join it when they hold prose too: a page that writes each paragraph
 * as its own {@code <div>} makes the longest paragraph win, and its sibling paragraphs must not be lost.
 */
final class ContentRoot {
    private static final String EXPLICIT = "[itemprop=articleBody], .article-body, .articleBody, .article__body, "
            + ".article-text, .article__text, .entry-content, .post-content, .post-body, .story-body, .news-text, "
            + ".content-body, .text-body";
    private static final int MIN_BLOCK = 25;
    /** Blocks whose text counts as one paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "pre", "h2", "h3", "h4", "li");
    /** Containers where prose is sometimes written straight in, lines split by {@code <br>}. */
    private static final Set<String> CONTAINERS = Set.of("div", "td", "section", "article", "main", "body", "font", "center");
    /** A sibling joins the winner with this share of its score, or as one paragraph of this many characters. */
    private static final double SIBLING_SHARE = 0.2;
    private static final int MIN_SIBLING_PARAGRAPH = 40;
    private static final double SIBLING_LINK_SHARE = 0.25;
    /** Phrasing elements: a div holding only these is one paragraph. */
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "u", "s", "span", "br", "sup",
            "sub", "small", "mark", "abbr", "cite", "q", "time", "code", "font", "wbr", "nobr", "big", "tt", "bdi");
    /** Elements that say "this is the article" and get a bonus. */
    private static final Set<String> ARTICLE_TAGS = Set.of("article", "main");

    private ContentRoot() {}

    /** Text and link-text lengths of an element's subtree, and the paragraph score it collected. */
    private static final class Stats {
        long text;
        long links;
        double score;
    }

    /** The article's elements in document order: the best one and the sibling paragraphs that belong with it. */
    static List<Element> find(Document doc) {
        Element body = doc.body() == null ? doc : doc.body();
        Element explicit = doc.selectFirst(EXPLICIT);
        Map<Element, Stats> stats = collect(body);
        if (explicit != null && stats.containsKey(explicit) && stats.get(explicit).text > 200) {
            return List.of(explicit);
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            Element e = entry.getKey();
            Stats s = entry.getValue();
            if (s.score <= 0) {
                continue;
            }
            double linkShare = s.text == 0 ? 0 : (double) s.links / s.text;
            double score = s.score * (1 - Math.min(0.9, linkShare));
            if (ARTICLE_TAGS.contains(e.normalName()) || e.attr("itemprop").equals("articleBody")) {
                score *= 1.25;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best == body ? List.of(best) : withSiblings(best, stats, bestScore);
    }

    /** The winner plus siblings that are prose: their own paragraph score, or one long paragraph with few links. */
    private static List<Element> withSiblings(Element best, Map<Element, Stats> stats, double bestScore) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> out = new ArrayList<>();
        double threshold = Math.max(MIN_BLOCK, bestScore * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            Stats s = stats.get(sibling);
            if (sibling == best) {
                out.add(sibling);
            } else if (s != null && s.text > MIN_BLOCK && s.links <= s.text * SIBLING_LINK_SHARE
                    && (s.score >= threshold || (PARAGRAPHS.contains(sibling.normalName()) || hasNoBlockChild(sibling))
                            && s.text >= MIN_SIBLING_PARAGRAPH && endsLikeASentence(sibling.text()))) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** Prose ends with a sentence mark; bylines, dates and captions of page furniture mostly do not. */
    private static boolean endsLikeASentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '»' || last == '"' || last == '”';
    }

    private static boolean hasNoBlockChild(Element e) {
        for (Element child : e.children()) {
            if (!INLINE.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static Map<Element, Stats> collect(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parent();
                    int len = t.text().strip().length();
                    if (parent != null && len > 0) {
                        Stats ps = stats.get(parent);
                        ps.text += len;
                        if (CONTAINERS.contains(parent.normalName()) && len > MIN_BLOCK) {
                            ps.score += len; // prose written straight into a container, split by <br>
                            addToParent(stats, parent, len / 2.0);
                        }
                    }
                    return;
                }
                if (!(node instanceof Element e) || e == root) {
                    return;
                }
                Stats s = stats.get(e);
                Element parent = e.parent();
                Stats ps = parent == null ? null : stats.get(parent);
                if (ps == null) {
                    return;
                }
                ps.text += s.text;
                ps.links += e.normalName().equals("a") ? s.text : s.links;
                if (PARAGRAPHS.contains(e.normalName()) && s.text > MIN_BLOCK) {
                    ps.score += s.text;
                    addToParent(stats, parent, s.text / 2.0);
                }
            }
        }, root);
        return stats;
    }

    private static void addToParent(Map<Element, Stats> stats, Element child, double amount) {
        Element grand = child.parent();
        Stats gs = grand == null ? null : stats.get(grand);
        if (gs != null) {
            gs.score += amount;
        }
    }
}
