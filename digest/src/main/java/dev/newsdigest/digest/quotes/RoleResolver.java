package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.people.PersonMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who holds a role the attribution names instead of a person ("— сказал пресс-секретарь Кремля", "the
 * mayor said"): the person whose mention the article puts next to the same role word ("пресс-секретарь Кремля
 * Дмитрий Песков", "Daniela Ruiz, the mayor") or whose role the people engine recorded. The nearest such
 * mention before the quote wins; an article that never says who holds the role gives null.
 */
final class RoleResolver {
    private RoleResolver() {}

    static Person holder(ArticleView view, Cue role, int quoteStart) {
        List<Token> roleWords = Token.tokenize(view.text, role.start(), role.end(), true);
        if (roleWords.isEmpty()) {
            return null;
        }
        Set<String> roleLemmas = view.lemmas(roleWords.get(0));
        Person before = null;
        Person after = null;
        for (PersonMention m : view.mentions()) {
            if (!heldBy(view, m, roleLemmas)) {
                continue;
            }
            if (m.start() < quoteStart) {
                before = view.people.person(m);
            } else if (after == null) {
                after = view.people.person(m);
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        Person byRecord = null;
        for (Person p : view.people.people()) {
            if (p.role() != null && mentionsRole(view, p.role(), roleLemmas)) {
                if (byRecord != null) {
                    return null; // two people with that role: ambiguous
                }
                byRecord = p;
            }
        }
        return byRecord;
    }

    /** The role word stands within three words before the mention, or right after it as an apposition. */
    private static boolean heldBy(ArticleView view, PersonMention m, Set<String> roleLemmas) {
        List<Token> before = Token.tokenizeBack(view.text, Math.max(0, m.start() - 60), m.start());
        int words = 0;
        for (int k = before.size() - 1; k >= 0 && words < 3; k--) {
            Token t = before.get(k);
            if (!t.word()) {
                break;
            }
            words++;
            if (SpeakerResolver.sameRole(view.lemmas(t), roleLemmas)) {
                return true;
            }
        }
        List<Token> after = Token.tokenize(view.text, m.end(), Math.min(view.text.length(), m.end() + 60), true);
        if (after.size() >= 2 && after.get(0).is(view.text, ',')) {
            for (int k = 1; k < after.size() && k <= 4; k++) {
                Token t = after.get(k);
                if (!t.word()) {
                    break;
                }
                if (SpeakerResolver.sameRole(view.lemmas(t), roleLemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionsRole(ArticleView view, String role, Set<String> roleLemmas) {
        for (Token t : Token.tokenize(role.toLowerCase(Locale.ROOT), 0, role.length(), false)) {
            if (t.word()) {
                String w = Lexicon.normalise(t.of(role.toLowerCase(Locale.ROOT)));
                if (roleLemmas.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
