package dev.newsdigest.bot.config;

import java.util.Objects;

/**
 * A configuration value that must never reach a log or a screen: bot tokens, signing secrets, database passwords.
 * {@link #toString()} always prints {@code ***} (or {@code (unset)}), so records holding a secret can be logged
 * as they are. Only code that hands the value to the API it is meant for calls {@link #reveal()}.
 */
public final class Secret {
    private static final Secret EMPTY = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    public boolean isSet() {
        return !value.isEmpty();
    }

    /** The secret itself, for the one call that needs it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return isSet() ? "***" : "(unset)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
