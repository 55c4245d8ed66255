package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Keeps the article body of an HTML page: finds the element that holds the most paragraph prose (after removing
 * navigation, headers, footers, sidebars, related-link lists, comments, share widgets, ads, scripts, figures and
 * captions) and turns its block elements into paragraphs. The title comes from {@code og:title}, {@code <h1>} or
 * {@code <title>}, with a site-name suffix removed.
 */
public final class HtmlExtractor {

    /** Tags that never hold article prose. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea, figure, figcaption, picture, video, "
            + "audio, menu, dialog";

    /** class/id words of boilerplate containers (matched as whole words or word parts). */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:comment|comments|disqus|share|sharing|social|related|recommend|sidebar|side-bar|"
                    + "popular|most-read|trending|advert|ads|ad-|banner|promo|sponsor|subscribe|newsletter|footer|"
                    + "header|masthead|nav|navbar|menu|breadcrumb|breadcrumbs|tags|tag-list|cookie|consent|gdpr|"
                    + "caption|credit|photo-credit|byline-social|read-also|readalso|see-also|widget|outbrain|taboola|"
                    + "paywall|modal|popup|login|signup|author-bio|pagination|pager)(?:$|[-_\\s\\d])");
    /** Paragraph-like lines that are boilerplate even inside the article body. */
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "(?iu)^(?:читайте также|читайте також|read also|related|see also|также читайте|подписывайтесь|"
                    + "підписуйтесь|subscribe to|follow us|поделиться|поділитися|share this|фото:|photo:|foto:|"
                    + "источник:|джерело:|реклама|advertisement|теги:|tags:)\\b.*");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|—–\\-·:]\\s+[^|—–\\-·:]{2,60}$");

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    public ArticleText extract(String html, String titleHint) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = titleHint == null || titleHint.isBlank() ? title(doc) : InlineText.clean(titleHint);
        removeBoilerplate(doc);
        Element body = articleRoot(doc);
        List<String> paragraphs = paragraphs(body, title);
        return new ArticleText(title, paragraphs, true);
    }

    static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        String candidate = og == null ? "" : og.attr("content");
        if (candidate.isBlank()) {
            Element h1 = doc.selectFirst("article h1, h1");
            candidate = h1 == null ? "" : h1.text();
        }
        if (candidate.isBlank()) {
            candidate = doc.title();
        }
        candidate = InlineText.clean(candidate);
        return candidate.isBlank() ? null : stripSiteSuffix(candidate, doc);
    }

    /** "Title — Site" becomes "Title" when the suffix names the site (og:site_name) or is short and title-less. */
    static String stripSiteSuffix(String title, Document doc) {
        Element site = doc.selectFirst("meta[property=og:site_name]");
        String siteName = site == null ? "" : site.attr("content").strip();
        if (!siteName.isEmpty()) {
            for (String sep : new String[] {" — ", " – ", " - ", " | ", " · ", " :: "}) {
                if (title.endsWith(sep + siteName)) {
                    return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
                }
                if (title.startsWith(siteName + sep)) {
                    return title.substring(siteName.length() + sep.length()).strip();
                }
            }
        }
        var m = TITLE_SUFFIX.matcher(title);
        if (m.find() && m.start() > 10) {
            String suffix = title.substring(m.start()).replaceFirst("^\\s+[|—–\\-·:]\\s+", "");
            // A site name is a few words; a real subtitle after a colon or dash is usually longer.
            if (suffix.split("\\s+").length <= 4 && !title.substring(m.start()).strip().startsWith(":")) {
                return title.substring(0, m.start()).strip();
            }
        }
        return title;
    }

    private static void removeBoilerplate(Document doc) {
        doc.select(NEVER_CONTENT).remove();
        doc.select("[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary], [style*=display:none], [style*=display: none]").remove();
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
            String marker = e.className() + " " + e.id();
            if (!marker.isBlank() && BOILERPLATE.matcher(marker).find() && !isArticleMarker(marker)) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }

    /** "article-header" or "post-content" must survive the boilerplate filter when they wrap the body. */
    private static boolean isArticleMarker(String marker) {
        String m = marker.toLowerCase(Locale.ROOT);
        return m.contains("article-body") || m.contains("articlebody") || m.contains("post-content")
                || m.contains("entry-content") || m.contains("article-text") || m.contains("story-body");
    }

    /** The element whose direct paragraphs carry the most text: an explicit article marker wins outright. */
    static Element articleRoot(Document doc) {
        Element explicit = doc.selectFirst("[itemprop=articleBody], .article-body, .articleBody, .article__body, "
                + ".article-text, .entry-content, .post-content, .story-body");
        if (explicit != null && explicit.text().length() > 200) {
            return explicit;
        }
        Element best = doc.body() == null ? doc : doc.body();
        double bestScore = 0;
        for (Element candidate : doc.select("article, main, section, div, td, body")) {
            double score = 0;
            for (Element p : candidate.children()) {
                if (p.is("p, blockquote, h2, h3, ul, ol, pre")) {
                    int len = p.text().length();
                    score += len > 25 ? len : 0;
                }
            }
            double linkText = 0;
            for (Element a : candidate.select("a")) {
                linkText += a.text().length();
            }
            double total = Math.max(1, candidate.text().length());
            score *= 1 - Math.min(0.9, linkText / total);
            if (candidate.is("article, main")) {
                score *= 1.25;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element root, String title) {
        List<String> out = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            for (String line : root.wholeText().split("\\n\\s*\\n")) {
                add(out, line, title);
            }
            return out;
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
                continue; // a container of blocks: its children are visited on their own
            }
            if (block.is("li") && block.parents().stream().anyMatch(p -> p.is("li"))) {
                continue;
            }
            if (block.is("li") && isLinkList(block)) {
                continue;
            }
            add(out, block.text(), title);
        }
        return out;
    }

    private static boolean isLinkList(Element li) {
        int link = 0;
        for (Element a : li.select("a")) {
            link += a.text().length();
        }
        return link > 0 && link >= li.text().length() * 0.6;
    }

    private static void add(List<String> out, String raw, String title) {
        String text = InlineText.clean(raw);
        if (text.isBlank() || BOILERPLATE_TEXT.matcher(text).matches()) {
            return;
        }
        if (title != null && text.equalsIgnoreCase(title)) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).equals(text)) {
            return;
        }
        out.add(text);
    }
}
