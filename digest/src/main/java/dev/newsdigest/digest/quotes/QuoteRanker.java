package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders an article's quotes so that a chat post can show the best two or three: direct words of the people
 * the article is most about come first, then longer quotes (a sentence says more than a phrase, a page says
 * too much), then earlier ones. Partial quotes and reported speech come after full quotes.
 */
final class QuoteRanker {
    /** A quote of this many words reads well in a chat post; longer ones score no better. */
    private static final int GOOD_LENGTH_WORDS = 25;
    private static final int TOO_LONG_WORDS = 120;

    List<Quote> rank(List<Quote> quotes, List<Person> people, int textLength) {
        int maxMentions = 1;
        for (Person p : people) {
            maxMentions = Math.max(maxMentions, p.mentions());
        }
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            scored.add(new double[] {score(quotes.get(i), people, maxMentions, textLength), i});
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[0]).thenComparingDouble(s -> s[1]));
        Quote[] ranked = new Quote[quotes.size()];
        for (int r = 0; r < scored.size(); r++) {
            int i = (int) scored.get(r)[1];
            ranked[i] = quotes.get(i).withRank(r);
        }
        return List.of(ranked);
    }

    private static double score(Quote q, List<Person> people, int maxMentions, int textLength) {
        double salience = 0;
        if (q.speaker() != null) {
            salience = 0.5;
            for (Person p : people) {
                if (p.name().equals(q.speaker())) {
                    salience = 0.5 + 0.5 * p.mentions() / (double) maxMentions;
                    break;
                }
            }
        }
        int words = countWords(q.text());
        double length = words >= TOO_LONG_WORDS ? 0.6 : Math.min(words, GOOD_LENGTH_WORDS) / (double) GOOD_LENGTH_WORDS;
        double position = textLength == 0 ? 0 : 1.0 - q.start() / (double) textLength;
        double kind = q.kind() == Quote.Kind.INDIRECT ? -2.5 : q.partial() ? -1.0 : 0;
        return 2.0 * salience + 1.5 * length + 0.5 * position + kind;
    }

    private static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
