package dev.newsdigest.bot.ingest.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises article URLs so that one article reached through different links gets one key: lower-case scheme and
 * host, no default port, no fragment, no tracking parameters ({@code utm_*} and the click ids of the big ad
 * networks), query parameters sorted, no trailing slash. The dedup key also ignores http vs https, since
 * publishers serve the same article on both.
 */
public final class UrlNormalizer {
    /** Parameters that identify a campaign or a click, never the article. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "ysclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "twclid", "ttclid", "li_fat_id",
            "oly_anon_id", "oly_enc_id", "__twitter_impression", "ocid", "cmpid", "at_medium", "at_campaign");

    private UrlNormalizer() {}

    /** @return the normalised URL, or null when {@code url} is not an absolute http(s) URL */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
        int port = u.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) {
            b.append(':').append(port);
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        b.append(path);
        String query = query(u.getRawQuery());
        if (!query.isEmpty()) {
            b.append('?').append(query);
        }
        return b.toString();
    }

    /** The dedup key of a normalised URL: the same for its http and https forms. */
    public static String key(String normalized) {
        return normalized == null ? null : normalized.replaceFirst("^https?://", "//");
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(Comparator.naturalOrder());
        return String.join("&", kept);
    }
}
