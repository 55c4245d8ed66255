package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English given names and the gender they usually carry, from the name lists of the Datafaker artifact
 * ({@code net.datafaker:datafaker}, Apache-2.0: resource {@code en/name.yml}, keys {@code male_first_name} and
 * {@code female_first_name}, about 1,200 and 4,300 names). A name on both lists (Ashley, Jordan) has no gender.
 *
 * <p>Only this one resource is read, with a line parser for its two flat lists, so none of Datafaker's code or its
 * YAML dependency is needed. Loaded once, on first use.
 */
final class EnglishGivenNames {
    static final String RESOURCE = "/en/name.yml";

    private final Map<String, Gender> names;

    private EnglishGivenNames(Map<String, Gender> names) {
        this.names = names;
    }

    private static final class Holder {
        static final EnglishGivenNames INSTANCE = load();
    }

    static EnglishGivenNames get() {
        return Holder.INSTANCE;
    }

    /** True when {@code word} (any case) is an English given name. */
    boolean isGivenName(String word) {
        return names.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender the given name usually carries, UNKNOWN when it is on both lists or on none. */
    Gender gender(String word) {
        return names.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    int size() {
        return names.size();
    }

    private static EnglishGivenNames load() {
        InputStream in = EnglishGivenNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("name list " + RESOURCE + " (net.datafaker:datafaker) is not on the classpath");
        }
        Map<String, Gender> names = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Gender list = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.endsWith(":")) {
                    list = t.equals("male_first_name:") ? Gender.MALE : t.equals("female_first_name:") ? Gender.FEMALE : null;
                } else if (list != null && t.startsWith("- ")) {
                    String name = t.substring(2).replace("\"", "").strip().toLowerCase(Locale.ROOT);
                    if (!name.isEmpty()) {
                        Gender g = list;
                        names.merge(name, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new EnglishGivenNames(Map.copyOf(names));
    }
}
