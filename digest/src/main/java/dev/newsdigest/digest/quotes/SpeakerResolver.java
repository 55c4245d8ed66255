package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.people.PersonMention;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link Cue} into one of the people engine's persons, or null. Names resolve to the person the people
 * engine found at that place; pronouns to the nearest earlier person of their gender outside quotes; roles to
 * the person the article names with that role; non-person sources to null. A name the people engine does not
 * know is not invented: it is matched by surname to a known person or reported as a {@link SpeakerMiss}.
 */
final class SpeakerResolver {
    private final ArticleView view;
    private final Ranges quoteRanges;
    private final List<SpeakerMiss> misses;

    SpeakerResolver(ArticleView view, Ranges quoteRanges, List<SpeakerMiss> misses) {
        this.view = view;
        this.quoteRanges = quoteRanges;
        this.misses = misses;
    }

    Person resolve(Cue cue, int quoteStart) {
        if (cue == null) {
            return null;
        }
        return switch (cue.kind()) {
            case MENTION -> view.people.person(view.mention(cue.mention()));
            case NAME_GUESS -> guessed(cue);
            case PRONOUN -> nearestOfGender(cue.gender(), Math.min(quoteStart, cue.start()));
            case ROLE -> RoleResolver.holder(view, cue, quoteStart);
            case NOBODY, CONTINUES -> null;
        };
    }

    private Person guessed(Cue cue) {
        int m = view.mentionOverlapping(cue.start(), cue.end());
        if (m >= 0) {
            return view.people.person(view.mention(m));
        }
        String surface = view.text.substring(cue.start(), cue.end());
        String[] words = surface.split("[\\s.]+");
        String last = Lexicon.normalise(words[words.length - 1]);
        Person best = bySurname(last, cue.gender(), cue.start());
        if (best == null) {
            misses.add(new SpeakerMiss(surface, cue.start(), cue.end()));
            best = UnlistedSpeaker.find(view, cue);
        }
        return best;
    }

    /**
     * The person a bare surname refers to. When several of the article's people carry it (Hillary and Bill
     * Clinton, or one person the people engine split in two), the reader takes the one named last before the
     * surname, as journalists write "Hillary Clinton … Clinton said"; failing that, the first named after it.
     */
    Person bySurname(String surname, Gender gender, int at) {
        List<Person> people = view.people.people();
        boolean[] fits = new boolean[people.size()];
        int count = 0;
        Person only = null;
        for (int i = 0; i < people.size(); i++) {
            if (matchesSurname(people.get(i), surname, gender)) {
                fits[i] = true;
                count++;
                only = people.get(i);
            }
        }
        if (count <= 1) {
            return only;
        }
        PersonMention lastBefore = null;
        PersonMention firstAfter = null;
        for (PersonMention pm : view.mentions()) {
            if (!fits[pm.personIndex()]) {
                continue;
            }
            if (pm.end() <= at) {
                lastBefore = pm;
            } else if (firstAfter == null) {
                firstAfter = pm;
            }
        }
        PersonMention chosen = lastBefore != null ? lastBefore : firstAfter;
        return chosen == null ? null : view.people.person(chosen);
    }

    private static boolean matchesSurname(Person p, String word, Gender gender) {
        if (gender != Gender.UNKNOWN && !p.gender().compatibleWith(gender)) {
            return false;
        }
        if (surnameOf(p.name()).equals(word)) {
            return true;
        }
        for (String alias : p.aliases()) {
            if (surnameOf(alias).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String surnameOf(String name) {
        String[] parts = name.strip().split("\\s+");
        return Lexicon.normalise(parts[parts.length - 1]);
    }

    /**
     * The nearest person of the pronoun's gender mentioned before the quote, outside any quote. Failing that, the
     * nearest person of unknown gender, preferring a subject to a name governed by a preposition ("Hensley
     * attacked a plan drafted by Crane. '…,' she said": Hensley), as readers do.
     */
    private Person nearestOfGender(Gender gender, int before) {
        Person subject = null;
        Person any = null;
        List<PersonMention> ms = view.mentions();
        int limit = 0;
        for (int k = ms.size() - 1; k >= 0; k--) {
            PersonMention m = ms.get(k);
            if (m.end() > before || insideQuote(m.start())) {
                continue;
            }
            Person p = view.people.person(m);
            Gender g = view.genderOf(m);
            if (g == gender) {
                return p;
            }
            if (g == Gender.UNKNOWN) {
                if (any == null) {
                    any = p;
                }
                if (subject == null && !view.afterPreposition(m)) {
                    subject = p;
                }
            }
            if (++limit > 40) {
                break;
            }
        }
        return subject != null ? subject : any;
    }

    private boolean insideQuote(int offset) {
        return quoteRanges.contains(offset);
    }

    static boolean sameRole(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
