package dev.newsdigest.digest.text;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Keeps the article body of an HTML page. Three steps, each its own class:
 * {@link HtmlBoilerplate} removes what is never article prose (navigation, headers, footers, sidebars, related
 * lists, comments, share widgets, ads, scripts, figures and captions, cookie banners); {@link ContentRoot} finds
 * the element that holds the article's paragraphs; {@link BlockText} turns it into paragraphs and drops debris
 * lines. The title comes from {@link HtmlTitle}.
 *
 * <p>Every step is linear in the size of the document, so a 20 MB page or 100 000 nested tags cannot make it
 * hang; jsoup caps the tree depth.
 */
public final class HtmlExtractor {

    public ArticleText extract(String html, String titleHint) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = titleHint == null || titleHint.isBlank() ? HtmlTitle.of(doc) : InlineText.clean(titleHint);
        HtmlBoilerplate.remove(doc);
        List<Element> roots = ContentRoot.find(doc);
        List<String> paragraphs = BlockText.paragraphs(roots, title);
        return new ArticleText(title, paragraphs, true);
    }
}
