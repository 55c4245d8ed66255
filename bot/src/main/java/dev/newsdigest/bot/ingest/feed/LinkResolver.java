package dev.newsdigest.bot.ingest.feed;

import java.net.URI;
import okhttp3.HttpUrl;

/**
 * Makes item links absolute and safe (RELIABILITY P6; miniflux {@code sanitizer/url.go}): relative links resolve
 * against the feed's own URL, and anything that is not http or https after resolution ({@code javascript:},
 * {@code data:}, {@code mailto:}, {@code file:}) is dropped. OkHttp's URL parser is the lenient, browser-like one,
 * so links with spaces or non-ASCII characters still resolve.
 */
final class LinkResolver {
    private final HttpUrl base;

    LinkResolver(URI baseUri) {
        this.base = baseUri == null ? null : HttpUrl.parse(baseUri.toString());
    }

    HttpUrl base() {
        return base;
    }

    /** The absolute http(s) URL without its fragment, or null when the link is missing, unsafe or unreadable. */
    HttpUrl resolve(String link) {
        if (link == null) {
            return null;
        }
        String l = link.strip();
        if (l.isEmpty() || l.length() > 4096) {
            return null;
        }
        HttpUrl resolved = base != null ? base.resolve(l) : HttpUrl.parse(l);
        return resolved == null ? null : resolved.newBuilder().fragment(null).build();
    }

    String resolveToString(String link) {
        HttpUrl url = resolve(link);
        return url == null ? null : url.toString();
    }
}
