package dev.newsdigest.bot.ingest.dedup;

import java.util.regex.Pattern;

/**
 * The cheap dedup keys of a feed item, known before any page is fetched.
 *
 * <p>A GUID that is a URI ({@code https://...}, {@code urn:...}, {@code tag:...}) is meant to be globally unique
 * (RFC 4287 atom:id; RSS guid permalinks), so it is compared across sources. A bare GUID such as {@code 12345} is
 * only unique within its feed, so its key is scoped to the source.
 *
 * @param url      the normalised URL, or null
 * @param urlHash  SHA-256 of the URL's dedup key, or null
 * @param guidHash SHA-256 of the GUID key, or null
 */
public record ItemKeys(String url, String urlHash, String guidHash) {
    private static final Pattern URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");

    public static ItemKeys of(String sourceId, String guid, String url) {
        String normalized = UrlNormalizer.normalize(url);
        String urlHash = normalized == null ? null : Fingerprints.sha256(UrlNormalizer.key(normalized));
        String guidHash = null;
        if (guid != null && !guid.isBlank()) {
            String g = guid.strip();
            guidHash = Fingerprints.sha256(URI_SCHEME.matcher(g).matches() ? "guid:" + g : "source:" + sourceId + ":" + g);
        }
        return new ItemKeys(normalized, urlHash, guidHash);
    }
}
