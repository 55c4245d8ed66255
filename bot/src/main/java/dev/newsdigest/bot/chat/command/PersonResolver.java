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

    /** A candidate at or above this score is taken as meant. */
    static final double SURE = 0.85;
    /** The best sure candidate wins alone when it leads the next by this much. */
    static final double CLEAR_LEAD = 0.10;
    /** Below this a candidate is not even worth suggesting. */
    static final double NEAREST = 0.40;
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
        List<PersonMatch> candidates = people.match(q, 6);
        List<PersonMatch> sure = candidates.stream().filter(m -> m.score() >= SURE).toList();
        if (sure.size() == 1 || (sure.size() > 1 && sure.get(0).score() - sure.get(1).score() >= CLEAR_LEAD)) {
            return new Resolution.One(sure.get(0));
        }
        if (sure.size() > 1) {
            return new Resolution.Several(sure.subList(0, Math.min(5, sure.size())));
        }
        List<PersonMatch> nearest = candidates.stream().filter(m -> m.score() >= NEAREST).limit(3).toList();
        return new Resolution.None(nearest);
    }
}
