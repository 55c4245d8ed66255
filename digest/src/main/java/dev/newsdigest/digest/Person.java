package dev.newsdigest.digest;

import java.util.List;

/**
 * A person the article is about, after all their mentions were merged.
 *
 * @param name     canonical name: nominative case, article's script, fullest form the article gives
 * @param key      Latin key (transliterated, normalised surname), equal for Песков, Пєсков and Peskov
 * @param mentions how many times the article mentions them
 * @param aliases  surface forms seen (inflected forms, other scripts, patronymic forms)
 * @param role     the role or title the article gives them, or null
 * @param gender   grammatical gender the mentions agree on
 */
public record Person(String name, String key, int mentions, List<String> aliases, String role, Gender gender) {

    public Person {
        aliases = List.copyOf(aliases);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }
}
