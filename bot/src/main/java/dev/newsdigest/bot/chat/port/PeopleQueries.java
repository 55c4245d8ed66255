package dev.newsdigest.bot.chat.port;

import java.time.Instant;
import java.util.List;

/** Read side of stored people, for {@code /quotes NAME}, {@code /subscribe person} and {@code /people}. */
public interface PeopleQueries {

    /**
     * Known people whose name could be what the user typed, best first: any script (Peskov, Песков), any
     * grammatical case (Пескова), a typo away (Peskow). Scores are in [0, 1]: 1 is an exact name, 0.45 and above
     * a plausible reading of the query, below 0.45 merely a nearby name worth suggesting.
     */
    List<PersonMatch> match(String query, int limit);

    /**
     * The person key the digest engine would give this name (Latin, normalised surname), for following someone
     * not quoted yet; null when the text is not a name.
     */
    String keyOf(String name);

    /** People mentioned in articles published since {@code since}, most mentioned first. */
    List<PersonCount> inTheNews(Instant since, int limit);

    /** One candidate for a typed name, with how many quotes of them are stored. */
    record PersonMatch(String key, String name, double score, int quotes) {
    }

    /** One person in the news with the number of articles mentioning them. */
    record PersonCount(String key, String name, int articles) {
    }
}
