package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people of one article and every place each is mentioned. The quote stage asks it who a speaker mention
 * refers to, and who was the last person of a given gender before a pronoun.
 */
public final class PeopleResult {
    private static final PeopleResult EMPTY = new PeopleResult(List.of(), List.of());

    private final List<Person> people;
    private final List<PersonMention> mentions;

    public PeopleResult(List<Person> people, List<PersonMention> mentions) {
        this.people = List.copyOf(people);
        List<PersonMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(PersonMention::start));
        this.mentions = List.copyOf(sorted);
    }

    public static PeopleResult empty() {
        return EMPTY;
    }

    public List<Person> people() {
        return people;
    }

    /** Every mention, in text order. */
    public List<PersonMention> mentions() {
        return mentions;
    }

    public Person person(PersonMention mention) {
        return people.get(mention.personIndex());
    }

    /** The person whose mention covers {@code offset}, if any. */
    public Optional<Person> personAt(int offset) {
        for (PersonMention m : mentions) {
            if (m.start() <= offset && offset < m.end()) {
                return Optional.of(person(m));
            }
            if (m.start() > offset) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Mentions that lie inside [start, end), in text order. */
    public List<PersonMention> mentionsIn(int start, int end) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** Mentions that end at or before {@code offset}, nearest first. */
    public List<PersonMention> mentionsBefore(int offset) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.end() <= offset) {
                out.add(m);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
