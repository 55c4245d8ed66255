package dev.newsdigest.digest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title of an HTML page: {@code og:title} (or {@code twitter:title}), else the first {@code <h1>}, else
 * {@code <title>}; then a site-name suffix or prefix (" — Site", " | Site", "Site: ") is removed. The site name is
 * known from {@code og:site_name} or {@code application-name}; without it, a short tail after a separator that
 * the {@code <h1>} does not have is taken for one.
 */
final class HtmlTitle {
    private static final String[] SEPARATORS = {" — ", " – ", " - ", " | ", " · ", " :: ", " / ", " // ", " « ", " » "};
    private static final Pattern TAIL = Pattern.compile("\\s+(?:[|—–·/]|-{1,2}|::|//)\\s+([^|—–·/]{2,60})$");

    private HtmlTitle() {}

    static String of(Document doc) {
        String og = meta(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title], "
                + "meta[property=twitter:title]");
        Element h1 = doc.selectFirst("article h1, h1");
        String h1Text = h1 == null ? "" : InlineText.clean(h1.text());
        String candidate = og;
        if (candidate.isBlank()) {
            candidate = h1Text;
        }
        if (candidate.isBlank()) {
            candidate = InlineText.clean(doc.title());
        }
        if (candidate.isBlank()) {
            return null;
        }
        String site = meta(doc, "meta[property=og:site_name], meta[name=application-name], meta[name=og:site_name]");
        return stripSiteName(candidate, site, h1Text);
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : InlineText.clean(InlineText.unescapeEntities(e.attr("content")));
    }

    /** "Title — Site" and "Site | Title" become "Title". */
    static String stripSiteName(String title, String siteName, String h1) {
        if (!siteName.isEmpty()) {
            for (String sep : SEPARATORS) {
                if (title.endsWith(sep + siteName) && title.length() > siteName.length() + sep.length()) {
                    return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
                }
                if (title.startsWith(siteName + sep) && title.length() > siteName.length() + sep.length()) {
                    return title.substring(siteName.length() + sep.length()).strip();
                }
            }
        }
        if (!h1.isEmpty() && title.startsWith(h1) && title.length() > h1.length()
                && TAIL.matcher(title.substring(h1.length())).matches()) {
            return h1; // "<title>Headline | Site" while the page's <h1> says "Headline"
        }
        Matcher m = TAIL.matcher(title);
        if (m.find() && m.start() > 10) {
            String tail = m.group(1).strip();
            // A site name is a few capitalised words or a domain; a subtitle is longer or lower-case.
            boolean siteLike = tail.split("\\s+").length <= 3
                    && (Character.isUpperCase(tail.codePointAt(0)) || Character.isDigit(tail.codePointAt(0))
                            || tail.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}"));
            if (siteLike) {
                return title.substring(0, m.start()).strip();
            }
        }
        return title;
    }
}
