package dev.newsdigest.digest;

/** Grammatical gender of a name: decides which pronoun can refer to a person and keeps Захаров apart from Захарова. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** True when a mention of gender {@code other} may refer to someone of this gender. */
    public boolean compatibleWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
