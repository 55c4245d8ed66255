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
 */
public record Quote(String text, String speaker, String speakerKey, Kind kind, int start, int end, int rank) {

    public enum Kind {
        DIRECT, INDIRECT;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quote withRank(int newRank) {
        return new Quote(text, speaker, speakerKey, kind, start, end, newRank);
    }
}
