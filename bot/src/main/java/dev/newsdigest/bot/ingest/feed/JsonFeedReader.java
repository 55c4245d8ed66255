package dev.newsdigest.bot.ingest.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) with Jackson. Lenient where real feeds are sloppy
 * (numeric ids, a missing version on an otherwise obvious feed), strict where it matters: a JSON document without
 * an {@code items} array is not a feed.
 */
final class JsonFeedReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeedReader() {}

    static ParsedFeed read(String json, LinkResolver links) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new FeedParseException("invalid JSON at line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("not a feed: JSON but not an object");
        }
        String version = text(root, "version");
        JsonNode itemsNode = root.get("items");
        if (itemsNode == null || !itemsNode.isArray()) {
            throw new FeedParseException("not a feed: JSON without an \"items\" array");
        }
        if (version != null && !version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException("not a feed: JSON with an unknown version");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : itemsNode) {
            if (!item.isObject()) {
                continue;
            }
            String url = links.resolveToString(text(item, "url"));
            if (url == null) {
                url = links.resolveToString(text(item, "external_url"));
            }
            String content = text(item, "content_html");
            if (content == null) {
                content = text(item, "content_text");
            }
            if (content == null) {
                content = text(item, "summary");
            }
            String published = text(item, "date_published");
            items.add(new FeedItem(
                    ItemLimits.guid(text(item, "id")),
                    url,
                    ItemLimits.title(text(item, "title")),
                    ItemLimits.content(content),
                    date(published != null ? published : text(item, "date_modified"))));
        }
        return new ParsedFeed(ItemLimits.title(text(root, "title")), FeedType.JSONFEED, ItemLimits.newest(items));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** RFC 3339, as the spec requires; an unreadable date is no date, not a failed feed. */
    private static Instant date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
