package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.chat.port.PeopleQueries.PersonMatch;
import java.util.List;

/**
 * Turns a typed name into one known person, a short list to choose from, or nothing with the nearest names. The
 * matching itself (scripts, cases, typos) is the people matcher's job behind {@link PeopleQueries#match}; this
 * class only decides how sure is sure enough.
 */
final class PersonResolver {

    /**
     * Scores from {@link PeopleQueries#match} at or above this are plausible readings of the query (the people
     * matcher's exact, same-key, inflected, sound-alike and typo matches); below it a name is only "nearby".
     */
    static final double MATCH = 0.45;
    /** The best match wins alone when it leads the next match by this much (exact beats same-surname). */
    static final double CLEAR_LEAD = 0.10;
    /** Nearby names below this are not worth suggesting. */
    static final double NEAREST = 0.10;
    /** Prefix of an exact person key in a choice button's command ({@code /quotes key:peskov}). */
    static final String KEY_PREFIX = "key:";

    sealed interface Resolution {
        record One(PersonMatch person) implements Resolution {
        }

        record Several(List<PersonMatch> candidates) implements Resolution {
        }

        record None(List<PersonMatch> nearest) implements Resolution {
        }
    }

    private final PeopleQueries people;

    PersonResolver(PeopleQueries people) {
        this.people = people;
    }

    Resolution resolve(String query) {
        String q = query.strip();
        if (q.startsWith(KEY_PREFIX)) {
            String key = q.substring(KEY_PREFIX.length());
            List<PersonMatch> exact = people.match(key, 5).stream().filter(m -> m.key().equals(key)).toList();
            return exact.isEmpty() ? new Resolution.None(List.of()) : new Resolution.One(exact.get(0));
        }
        List<PersonMatch> candidates = people.match(q, 8);
        List<PersonMatch> matches = candidates.stream().filter(m -> m.score() >= MATCH).toList();
        if (matches.isEmpty()) {
            return new Resolution.None(candidates.stream().filter(m -> m.score() >= NEAREST).limit(3).toList());
        }
        PersonMatch best = matches.get(0);
        List<PersonMatch> close = matches.stream().filter(m -> best.score() - m.score() < CLEAR_LEAD).limit(5).toList();
        return close.size() == 1 ? new Resolution.One(best) : new Resolution.Several(close);
    }
}
