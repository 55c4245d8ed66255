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

    /**
     * The one person the article gave this role, or empty when none or several fit. "пресс-секретарь Кремля",
     * "спикер Кремля" and "пресс-секретаря Кремля" all find the person introduced as "пресс-секретарь Кремля
     * Дмитрий Песков": role words are compared by class (спикер ~ пресс-секретарь ~ представитель), the other
     * words by their first four letters, so case endings do not matter.
     */
    public Optional<Person> byRole(String roleText) {
        if (roleText == null || roleText.isBlank()) {
            return Optional.empty();
        }
        RoleText query = RoleText.of(roleText);
        Person found = null;
        for (Person p : people) {
            if (p.role() != null && query.matches(RoleText.of(p.role()))) {
                if (found != null) {
                    return Optional.empty(); // ambiguous: two people hold a matching role
                }
                found = p;
            }
        }
        return Optional.ofNullable(found);
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
