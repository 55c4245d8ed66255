package dev.newsdigest.digest;

import java.util.List;

/**
 * What the engine makes of one article. Mirrors the digest contract in {@code shared/eval/README.md}:
 * {@code source, language, headline, summary, people, quotes}; {@code text} is the cleaned article text that
 * quote offsets point into.
 *
 * @param language "ru", "uk", "en" or "unknown"
 * @param people   one entry per person, most mentioned first
 * @param quotes   in article order; {@link Quote#rank()} says which are key quotes
 */
public record Digest(
        String source,
        String language,
        String headline,
        String summary,
        List<Person> people,
        List<Quote> quotes,
        String text) {

    public Digest {
        people = List.copyOf(people);
        quotes = List.copyOf(quotes);
    }

    /** The best {@code n} quotes by rank, for a chat post; {@link #quotes()} keeps them all. */
    public List<Quote> keyQuotes(int n) {
        return quotes.stream()
                .sorted(java.util.Comparator.comparingInt(Quote::rank))
                .limit(n)
                .toList();
    }
}
