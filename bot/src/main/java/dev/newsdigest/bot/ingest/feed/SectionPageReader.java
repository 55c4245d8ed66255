package dev.newsdigest.bot.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code page} sources: an HTML section page ("/politics/") whose article links become items (no content, no
 * date; the ingest job fetches each new article). A link counts when it stays on the same site (same registrable
 * domain, so www. and news. subdomains both count), is http(s), sits outside navigation, header, footer and
 * sidebars, and its path looks like an article: a date or a long number in it, a long hyphenated slug, or a
 * {@code .html} page. Tag, category, author, login and similar paths are navigation, never articles.
 */
final class SectionPageReader {
    /** Path segments that name navigation, listings or accounts rather than articles (en, ru, uk transliterated). */
    private static final Set<String> NAVIGATION_SEGMENTS = Set.of(
            "tag", "tags", "category", "categories", "topic", "topics", "author", "authors", "login", "logout",
            "signin", "sign-in", "signup", "sign-up", "register", "subscribe", "subscription", "account", "profile",
            "user", "users", "search", "about", "contact", "contacts", "privacy", "terms", "rss", "feed", "feeds",
            "page", "archive", "rubric", "rubrics", "section", "sections", "auth", "help", "faq", "advertising",
            "cart", "shop", "newsletter", "newsletters", "sitemap", "theme", "themes", "label", "labels", "person",
            "persons", "cookies", "wp-login.php", "wp-admin");
    private static final Pattern FILE_NOT_ARTICLE = Pattern.compile(
            ".*\\.(jpe?g|png|gif|webp|svg|ico|pdf|css|js|json|xml|rss|zip|gz|mp3|mp4|avi|mov|webm|docx?|xlsx?)$");
    private static final Pattern DATE_OR_ID = Pattern.compile("(/\\d{4}/\\d{1,2}(/\\d{1,2})?/)|(\\d{4,})");
    private static final Pattern HTML_PAGE = Pattern.compile(".*\\.(s?html?|php|aspx?)$");

    private SectionPageReader() {}

    static ParsedFeed read(String html, LinkResolver links) {
        HttpUrl base = links.base();
        Document doc = Jsoup.parse(html, base == null ? "" : base.toString());
        Map<String, String> found = new LinkedHashMap<>();   // url -> best link text, in page order
        for (Element a : doc.select("a[href]")) {
            if (found.size() >= ItemLimits.MAX_ITEMS) {
                break;
            }
            HttpUrl url = links.resolve(a.attr("href"));
            if (url == null || !sameSite(base, url) || !looksLikeArticle(base, url) || inNavigation(a)) {
                continue;
            }
            String text = a.text().strip();
            found.merge(url.toString(), text, (old, now) -> now.length() > old.length() ? now : old);
        }
        List<FeedItem> items = new ArrayList<>(found.size());
        found.forEach((url, text) -> items.add(new FeedItem(null, url, ItemLimits.title(text), null, null)));
        return new ParsedFeed(ItemLimits.title(doc.title()), FeedType.PAGE, ItemLimits.newest(items));
    }

    static boolean sameSite(HttpUrl base, HttpUrl url) {
        if (base == null) {
            return false;
        }
        if (base.host().equals(url.host())) {
            return true;
        }
        String a = base.topPrivateDomain();
        return a != null && a.equals(url.topPrivateDomain());
    }

    static boolean looksLikeArticle(HttpUrl base, HttpUrl url) {
        String path = url.encodedPath().toLowerCase(Locale.ROOT);
        if (path.equals("/") || (base != null && url.encodedPath().equals(base.encodedPath()) && url.host().equals(base.host()))) {
            return false;
        }
        for (String segment : url.pathSegments()) {
            if (NAVIGATION_SEGMENTS.contains(segment.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (FILE_NOT_ARTICLE.matcher(path).matches()) {
            return false;
        }
        String last = lastSegment(url).toLowerCase(Locale.ROOT);
        return DATE_OR_ID.matcher(path).find()
                || (countWordSeparators(last) >= 3 && last.length() >= 20)
                || (HTML_PAGE.matcher(last).matches() && url.pathSize() >= 2);
    }

    private static String lastSegment(HttpUrl url) {
        List<String> segments = url.pathSegments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).isEmpty()) {
                return segments.get(i);
            }
        }
        return "";
    }

    private static int countWordSeparators(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' || s.charAt(i) == '_') {
                n++;
            }
        }
        return n;
    }

    /**
     * Inside nav or a sidebar (anywhere), or inside the page's own header or footer. An article's header or footer
     * (inside {@code article} or {@code main}) holds its title link, which is content.
     */
    private static boolean inNavigation(Element a) {
        boolean headerOrFooter = false;
        for (Element e = a.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("aside")
                    || "navigation".equalsIgnoreCase(e.attr("role")) || "menu".equalsIgnoreCase(e.attr("role"))) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            headerOrFooter |= tag.equals("header") || tag.equals("footer");
        }
        return headerOrFooter;
    }
}
