package dev.newsdigest.bot.chat;

import java.util.Locale;
import java.util.Objects;

/**
 * What a chat follows. {@code value} is empty for {@link Kind#ALL}, a source id for {@link Kind#SOURCE}, a person
 * key (the digest engine's {@code Person.key}, the same for Песков and Peskov) for {@link Kind#PERSON}, and a
 * lower-cased word for {@link Kind#KEYWORD}. {@code label} is what the chat sees (the person's name as typed).
 */
public record Subscription(Kind kind, String value, String label) {

    public enum Kind {
        ALL, SOURCE, PERSON, KEYWORD;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Subscription {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        label = label == null || label.isBlank() ? value : label;
        if (kind != Kind.ALL && value.isBlank()) {
            throw new IllegalArgumentException(kind.id() + " subscription needs a value");
        }
    }

    public static Subscription all() {
        return new Subscription(Kind.ALL, "", "");
    }

    public static Subscription source(String id) {
        return new Subscription(Kind.SOURCE, id, id);
    }

    public static Subscription person(String key, String name) {
        return new Subscription(Kind.PERSON, key, name);
    }

    public static Subscription keyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return new Subscription(Kind.KEYWORD, w, w);
    }

    /** Two subscriptions are the same follow when kind and value match; the label is only for display. */
    public boolean sameAs(Subscription other) {
        return kind == other.kind && value.equals(other.value);
    }
}
