package dev.newsdigest.bot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Digest} as the digest contract of {@code shared/eval/README.md}: source, language, headline,
 * summary, people (name, key, mentions, aliases, role), quotes (text, speaker, kind). Added fields: people's
 * gender, quotes' speaker key, offsets and rank; optionally the cleaned text the offsets point into.
 */
public final class DigestJson {
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DigestJson() {}

    public static Map<String, Object> toMap(Digest d, boolean withText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", d.source());
        m.put("language", d.language());
        m.put("headline", d.headline());
        m.put("summary", d.summary());
        List<Map<String, Object>> people = new ArrayList<>();
        for (Person p : d.people()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("key", p.key());
            pm.put("mentions", p.mentions());
            pm.put("aliases", p.aliases());
            pm.put("role", p.role());
            pm.put("gender", p.gender().name().toLowerCase(java.util.Locale.ROOT));
            people.add(pm);
        }
        m.put("people", people);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Quote q : d.quotes()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("text", q.text());
            qm.put("speaker", q.speaker());
            qm.put("speaker_key", q.speakerKey());
            qm.put("kind", q.kind().jsonName());
            qm.put("partial", q.partial());
            qm.put("start", q.start());
            qm.put("end", q.end());
            qm.put("rank", q.rank());
            quotes.add(qm);
        }
        m.put("quotes", quotes);
        if (withText) {
            m.put("text", d.text());
        }
        return m;
    }

    public static String compact(Digest d, boolean withText) {
        return write(COMPACT, toMap(d, withText));
    }

    public static String pretty(Digest d, boolean withText) {
        return write(PRETTY, toMap(d, withText));
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
