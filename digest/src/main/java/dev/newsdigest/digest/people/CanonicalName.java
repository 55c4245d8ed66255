package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.lang.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a person from all their mentions: nominative, in the article's script, the fullest form the article
 * gives ("Софія Ковальська" from "Софії Ковальської"; "Дмитрий Песков" in a Russian article that also writes
 * "Дмитро Пєсков"). The patronymic is kept as an alias, not in the name.
 */
final class CanonicalName {
    private CanonicalName() {}

    static Person person(List<Mention> mentions, Gender gender, Language language) {
        String surname = pickSurname(mentions, language);
        String first = pickFirst(mentions, language, surname);
        String patronymic = null;
        String initials = null;
        String role = null;
        for (Mention m : mentions) {
            if (patronymic == null && m.patronymic != null) {
                patronymic = m.patronymic;
            }
            if (initials == null && m.initials != null) {
                initials = m.initials;
            }
            if (role == null && m.role != null) {
                role = m.role;
            }
        }
        String name;
        if (surname != null && first != null && !first.equals(surname)) {
            name = first + " " + surname;
        } else if (surname != null && initials != null) {
            name = spacedInitials(initials) + " " + surname;
        } else if (surname != null) {
            name = surname;
        } else {
            name = first;
        }
        for (Mention m : mentions) {
            if (m.regnal != null && name != null && !name.endsWith(" " + m.regnal)) {
                name = name + " " + m.regnal;
                break;
            }
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : mentions) {
            aliases.add(m.surface.replaceAll("\\s+", " "));
        }
        if (patronymic != null && first != null && surname != null && !patronymic.equals(surname)) {
            aliases.add(first + " " + patronymic + " " + surname);
        }
        aliases.remove(name);
        String key = NameKeys.wordKey(surname != null ? surname : first);
        return new Person(name, key, mentions.size(), new ArrayList<>(aliases), role, gender);
    }

    private static String spacedInitials(String initials) {
        return initials.replace(".", ". ").strip();
    }

    private static String pickSurname(List<Mention> mentions, Language language) {
        Map<String, Double> votes = new HashMap<>();
        for (Mention m : mentions) {
            if (m.surname == null) {
                continue;
            }
            String lemma = m.surname.lemma();
            double w = 1;
            if (m.isFull()) {
                w += 2;
            }
            if (m.surname.dictionary()) {
                w += 1;
            }
            if (!PersonAssembler.sameScript(lemma, language)) {
                w -= 10;
            }
            votes.merge(lemma, w, Double::sum);
        }
        return best(votes);
    }

    private static String pickFirst(List<Mention> mentions, Language language, String surname) {
        Map<String, Double> votes = new HashMap<>();
        for (Mention m : mentions) {
            if (m.first == null) {
                continue;
            }
            double w = 1;
            if (m.isFull()) {
                w += 1;
            }
            if (m.surface.startsWith(m.first) && (m.surface.length() == m.first.length()
                    || !Character.isLetter(m.surface.charAt(m.first.length())))) {
                w += 0.5; // written as the nominative itself: "Ребекка" over the dictionary's spelling of "Ребеки"
            }
            if (!PersonAssembler.sameScript(m.first, language)) {
                w -= 10;
            }
            votes.merge(m.first, w, Double::sum);
        }
        return best(votes);
    }

    private static String best(Map<String, Double> votes) {
        String best = null;
        double score = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > score || (e.getValue() == score && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                score = e.getValue();
            }
        }
        return best;
    }
}
