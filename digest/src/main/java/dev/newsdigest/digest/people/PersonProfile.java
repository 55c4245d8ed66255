package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@link PersonMatcher} derives from a known person on every query, derived once for {@link PeopleDirectory}:
 * the person's keys (its key, its name's and each alias's: transliterating them is the costly part, several
 * microseconds a word once NameKeys' cache no longer holds 100,000 people), the key of its first name, and whether
 * its name is written in Cyrillic.
 */
record PersonProfile(String[] keys, String firstKey, boolean cyrillic) {

    static PersonProfile of(KnownPerson p) {
        return new PersonProfile(personKeys(p).toArray(String[]::new), PreparedQuery.firstWordKey(p.name()),
                NameText.isCyrillic(p.name()));
    }

    boolean hasKey(String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** PersonMatcher.personKeys: the key, the name's key and each alias's, in that order, blanks dropped. */
    private static Set<String> personKeys(KnownPerson p) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(p.key());
        keys.add(NameKeys.key(p.name()));
        for (String a : p.aliases()) {
            keys.add(NameKeys.key(a));
        }
        keys.remove("");
        return keys;
    }
}
