package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.morph.NameText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-word names of countries in Russian and Ukrainian (Пакистан, Нидерланды, Нідерланди), from the JDK's CLDR
 * locale data: a country after an unknown word is that word's complement ("Техрик-э-Лабайак Пакистан", "Винтерсхалл
 * Нидерланды"), never its surname, while a town's name may well be one (Шейлеш Вара).
 */
final class CountryNames {
    private static final Set<String> NAMES = load();

    private CountryNames() {}

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String language : new String[] {"ru", "uk"}) {
            Locale in = Locale.forLanguageTag(language);
            for (String code : Locale.getISOCountries()) {
                String name = new Locale("", code).getDisplayCountry(in);
                if (!name.isEmpty() && name.indexOf(' ') < 0 && !name.equals(code)) {
                    names.add(NameText.fold(name));
                }
            }
        }
        return Set.copyOf(names);
    }

    /** True when the word as written is the nominative one-word name of a country. */
    static boolean isCountry(String word) {
        return NAMES.contains(NameText.fold(word));
    }
}
