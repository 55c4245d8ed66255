package dev.newsdigest.digest;

/**
 * One quote from the article.
 *
 * @param text       the words inside the quotation marks, without the marks
 * @param speaker    canonical name of the person who said it, or null when the source is not a person
 * @param speakerKey the speaker's {@link Person#key()}, or null
 * @param kind       direct (words in quotation marks) or indirect (reported speech)
 * @param start      offset of the first character of {@code text} in {@link Digest#text()}
 * @param end        offset just past its last character; {@code digest.text().substring(start, end)} equals text
 * @param rank       0 for the best quote of the article, 1 for the next, ...
 * @param partial    a direct quote of a few words inside reported speech (Он ответил, что компания «выполнит
 *                   все требования»): verbatim, but not a whole utterance
 */
public record Quote(String text, String speaker, String speakerKey, Kind kind, int start, int end, int rank,
        boolean partial) {

    public enum Kind {
        DIRECT, INDIRECT;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A whole (not partial) quote. */
    public Quote(String text, String speaker, String speakerKey, Kind kind, int start, int end, int rank) {
        this(text, speaker, speakerKey, kind, start, end, rank, false);
    }

    public Quote withRank(int newRank) {
        return new Quote(text, speaker, speakerKey, kind, start, end, newRank, partial);
    }
}
