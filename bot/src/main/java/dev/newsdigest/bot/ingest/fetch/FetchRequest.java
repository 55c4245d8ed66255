package dev.newsdigest.bot.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One HTTP GET to make.
 *
 * @param uri           http or https only
 * @param etag          validator from the previous fetch, or null (sent as If-None-Match)
 * @param lastModified  validator from the previous fetch, or null (sent as If-Modified-Since)
 * @param charsetOverride per-source charset that beats whatever the response declares, or null
 */
public record FetchRequest(URI uri, String etag, String lastModified, String charsetOverride) {
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
    }

    public static FetchRequest of(URI uri) {
        return new FetchRequest(uri, null, null, null);
    }
}
