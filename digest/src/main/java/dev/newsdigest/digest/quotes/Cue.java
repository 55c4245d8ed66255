package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;

/**
 * What the words around a quote say about who spoke, before it is resolved to a person.
 *
 * @param kind      what kind of speaker the words name
 * @param start     offset of the speaker words (the name, pronoun, role noun), or of the attribution
 * @param end       just past them
 * @param mention   index of the people engine's mention for {@link Kind#MENTION}, else -1
 * @param gender    gender the verb or pronoun demands (сказала, she), or UNKNOWN
 * @param clauseEnd where the attribution clause ends (a quote right after it continues the same speech)
 */
record Cue(Kind kind, int start, int end, int mention, Gender gender, int clauseEnd) {

    enum Kind {
        /** A mention the people engine found. */
        MENTION,
        /** Capitalised words where a name should be that the people engine does not know. */
        NAME_GUESS,
        /** он, вона, she: the nearest earlier person of that gender. */
        PRONOUN,
        /** пресс-секретарь Кремля, the mayor: the person the article says holds the role. */
        ROLE,
        /** Not a person: пресс-служба МЧС, a spokesperson, the statement, сообщили в ведомстве. */
        NOBODY,
        /** A participle with no subject of its own ("…, adding: “…”"): the speaker of the main clause. */
        CONTINUES
    }

    static Cue nobody(int start, int end, int clauseEnd) {
        return new Cue(Kind.NOBODY, start, end, -1, Gender.UNKNOWN, clauseEnd);
    }

    Cue withClauseEnd(int newEnd) {
        return new Cue(kind, start, end, mention, gender, newEnd);
    }
}
