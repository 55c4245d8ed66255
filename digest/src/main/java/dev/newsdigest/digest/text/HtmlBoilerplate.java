package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are never article prose, by tag, by ARIA role and by class or id words, in
 * the spirit of Mozilla Readability's "unlikely candidates" (https://github.com/mozilla/readability): a class
 * that says "sidebar" goes unless it also says "article", "content" or "body".
 */
final class HtmlBoilerplate {

    /** Tags that never hold article prose (AMP's ad, share, sidebar and image elements included). */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea, label, figure, figcaption, picture, "
            + "img, video, audio, source, menu, dialog, link, meta, "
            + "amp-ad, amp-embed, amp-analytics, amp-social-share, amp-sidebar, amp-img, amp-iframe, amp-consent, "
            + "amp-carousel, amp-video, amp-youtube, amp-pixel, amp-sticky-ad, amp-auto-ads, amp-user-notification";

    private static final String HIDDEN_OR_CHROME = "[hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search], "
            + "[style*=display:none], [style*=display: none], [style*=visibility:hidden]";

    /** class/id words of boilerplate containers, matched as whole words or hyphen/underscore parts. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:comment|comments|commentlist|disqus|share|sharing|shares|social|socials|related|"
                    + "recommend|recommended|recommendations|sidebar|side-bar|rail|popular|most-read|mostread|trending|"
                    + "advert|advertisement|ads|ad|adv|adbox|banner|promo|sponsor|sponsored|subscribe|subscription|"
                    + "newsletter|footer|header|masthead|nav|navbar|navigation|menu|breadcrumb|breadcrumbs|crumbs|tags|"
                    + "tag-list|taglist|keywords|cookie|cookies|consent|gdpr|caption|credit|credits|photo-credit|"
                    + "read-also|readalso|see-also|more-news|widget|outbrain|taboola|paywall|modal|popup|login|signup|"
                    + "author-bio|author-box|authorbox|about-author|pagination|pager|toolbar|print|rating|likes|"
                    + "donate|teaser|teasers|twitter-tweet|instagram-media|embed|embedded|infobox|inject)(?:$|[-_\\s\\d])");
    /** Words that keep an element even when an UNLIKELY word matches ("article-header" wraps no body, but ...). */
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "(?i)article-?body|article__body|article-?text|articlebody|post-?content|post-?body|entry-?content|"
                    + "story-?body|story-?content|news-?text|content-?body|main-?content|text-?body");

    private static final java.util.Set<String> KEEP_TAGS = java.util.Set.of("html", "body", "main", "article");

    private HtmlBoilerplate() {}

    static void remove(Document doc) {
        doc.select(NEVER_CONTENT).remove();
        doc.select(HIDDEN_OR_CHROME).remove();
        Element body = doc.body();
        if (body == null) {
            return;
        }
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || KEEP_TAGS.contains(e.normalName())) {
                continue;
            }
            String marker = e.className() + " " + e.id();
            if (marker.length() > 1 && UNLIKELY.matcher(marker).find() && !MAYBE_CONTENT.matcher(marker).find()) {
                drop.add(e);
            }
        }
        // Removing a parent first detaches its subtree; removing a detached child later is harmless.
        drop.forEach(Element::remove);
    }
}
