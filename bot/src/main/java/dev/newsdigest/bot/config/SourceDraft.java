package dev.newsdigest.bot.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A source as written by someone, before validation: raw values keyed by the {@code sources.yaml} key names, each
 * with the line it came from (0 when there is no file, e.g. a chat command). Values are strings, or lists of
 * strings for {@code include}/{@code exclude}.
 */
public final class SourceDraft {
    /** One raw value and where it was written. */
    public record Field(Object value, int line) {}

    private final String origin;
    private final int line;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    public SourceDraft(String origin, int line) {
        this.origin = origin;
        this.line = line;
    }

    /** A draft holding an existing source's values: the starting point of an admin edit. */
    public static SourceDraft of(SourceConfig s, String origin) {
        SourceDraft d = new SourceDraft(origin, 0);
        d.set("id", s.id()).set("name", s.name()).set("url", s.url().toString());
        if (s.type() != null) d.set("type", s.type().key());
        d.set("every", Durations.format(s.every()));
        d.set("fullText", String.valueOf(s.fullText()));
        if (s.language() != null) d.set("language", s.language());
        d.set("include", s.include()).set("exclude", s.exclude());
        d.set("enabled", String.valueOf(s.enabled()));
        if (s.charset() != null) d.set("charset", s.charset());
        return d;
    }

    public SourceDraft set(String key, Object value) {
        return set(key, value, 0);
    }

    public SourceDraft set(String key, Object value, int valueLine) {
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, new Field(value, valueLine));
        }
        return this;
    }

    public String origin() {
        return origin;
    }

    public int line() {
        return line;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return origin + ":" + line + " " + fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().value() instanceof List<?> l ? l : e.getValue().value()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
