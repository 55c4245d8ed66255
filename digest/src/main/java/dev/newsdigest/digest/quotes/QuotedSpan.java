package dev.newsdigest.digest.quotes;

/**
 * A stretch of text in quotation marks (or after a dialogue dash), before anyone decided whether it is a quote.
 *
 * @param open         offset of the opening mark (the dash for dialogue lines)
 * @param contentStart first character of the words, marks and surrounding spaces excluded
 * @param contentEnd   just past the last character of the words (a trailing comma excluded)
 * @param close        offset of the closing mark, or of the paragraph end when {@code openEnded}
 * @param mark         the opening mark character
 * @param openEnded    the quote runs to the end of its paragraph and goes on in the next one (English style:
 *                     no closing mark until the last paragraph of a multi-paragraph quote)
 */
record QuotedSpan(int open, int contentStart, int contentEnd, int close, char mark, boolean openEnded) {

    /** Offset just past the closing mark: where the text after the quote starts. */
    int after() {
        return openEnded ? close : close + 1;
    }

    boolean isDialogue() {
        return mark == '—' || mark == '–';
    }

    String content(String text) {
        return text.substring(contentStart, contentEnd);
    }
}
