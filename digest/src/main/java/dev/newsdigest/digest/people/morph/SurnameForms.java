package dev.newsdigest.digest.people.morph;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;
import dev.newsdigest.digest.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules for forms of Slavic surnames the dictionaries cannot give: the feminine of a masculine lemma
 * (песков → пескова, ковальский → ковальская), nominative patronymics, and lemma guesses for surnames no
 * dictionary knows (Байдена → Байден), each guess checked by re-inflecting it with petrovich4j.
 */
public final class SurnameForms {
    private static final Petrovich PETROVICH = new Petrovich();

    private SurnameForms() {}

    /** Feminine nominative of a masculine surname lemma; unchanged when the surname does not inflect for gender. */
    public static String feminine(String masculine) {
        String m = masculine;
        String l = m.toLowerCase(Locale.ROOT);
        if (l.endsWith("ов") || l.endsWith("ев") || l.endsWith("ёв") || l.endsWith("ин") || l.endsWith("ын")) {
            return m + matchCase("а", m);
        }
        if (l.endsWith("ский") || l.endsWith("цкий") || l.endsWith("ской") || l.endsWith("цкой")) {
            return m.substring(0, m.length() - 2) + matchCase("ая", m);
        }
        if (l.endsWith("ський") || l.endsWith("цький")) {
            return m.substring(0, m.length() - 2) + matchCase("а", m);
        }
        if (l.endsWith("ый") || l.endsWith("ий") || l.endsWith("ой")) {
            return m.substring(0, m.length() - 2) + matchCase("ая", m);
        }
        return m;
    }

    /** Masculine nominative of a feminine surname (Захарова → Захаров, Ковальська → Ковальський). */
    public static String masculine(String feminine) {
        String f = feminine;
        String l = f.toLowerCase(Locale.ROOT);
        if (l.endsWith("ова") || l.endsWith("ева") || l.endsWith("ёва") || l.endsWith("ина") || l.endsWith("ына")) {
            return f.substring(0, f.length() - 1);
        }
        if (l.endsWith("ская") || l.endsWith("цкая")) {
            return f.substring(0, f.length() - 2) + matchCase("ий", f);
        }
        if (l.endsWith("ська") || l.endsWith("цька")) {
            return f.substring(0, f.length() - 1) + matchCase("ий", f);
        }
        return f;
    }

    /**
     * Plural forms of a masculine surname lemma, lower case, the nominative first: Иванов → ивановы, ивановых,
     * ивановым, ивановыми; Ковальский → ковальские, ковальских, ...; Скрипаль → скрипали, скрипалей, скрипалям,
     * скрипалями, скрипалях; Джонсон → джонсоны, джонсонов, ... Empty for surnames ending in a vowel, which do not
     * decline (Шевченко, Гайко).
     */
    public static List<String> pluralForms(String masculine) {
        String l = masculine.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (l.length() < 3) {
            return List.of();
        }
        if (l.endsWith("ов") || l.endsWith("ев") || l.endsWith("ин") || l.endsWith("ын")) {
            return List.of(l + "ы", l + "ых", l + "ым", l + "ыми");
        }
        if (l.endsWith("ский") || l.endsWith("цкий") || l.endsWith("ской") || l.endsWith("цкой")) {
            String stem = l.substring(0, l.length() - 2);
            return List.of(stem + "ие", stem + "их", stem + "им", stem + "ими");
        }
        char last = l.charAt(l.length() - 1);
        if (last == 'ь' || last == 'й') {
            String stem = l.substring(0, l.length() - 1);
            return List.of(stem + "и", stem + "ей", stem + "ям", stem + "ями", stem + "ях");
        }
        if ("аеёиоуыэюяіїє".indexOf(last) >= 0) {
            return List.of();
        }
        String i = "гкхжшчщ".indexOf(last) >= 0 ? "и" : "ы";
        String genitive = "жшчщ".indexOf(last) >= 0 ? "ей" : "ов";
        return List.of(l + i, l + genitive, l + "ам", l + "ами", l + "ах");
    }

    /** Nominative of a patronymic form: Владимировича → Владимирович, Петровной → Петровна. */
    public static String patronymicNominative(String form, Gender gender) {
        String l = form.toLowerCase(Locale.ROOT);
        if (gender == Gender.FEMALE) {
            int at = Math.max(l.lastIndexOf("вн"), l.lastIndexOf("чн"));
            return at > 0 ? form.substring(0, at + 2) + matchCase("а", form) : form;
        }
        int at = l.lastIndexOf("ич");
        return at > 0 ? form.substring(0, at + 2) : form;
    }

    /**
     * Readings of a word as a form of a woman's first name in -ия (Russian Асия, Асии, Асию, Асией; Ukrainian
     * Асія, Асії, Асію, Асією), the declension of Мария/Марія and Юлия/Юлія, for names the dictionaries know only
     * as a man's (Асий, whose genitive is also "Асия") or not at all.
     */
    public static List<NameReading> feminineIyaFirstName(String form) {
        String l = form.toLowerCase(Locale.ROOT);
        List<NameReading> out = new ArrayList<>();
        if (l.length() < 4) {
            return out;
        }
        String stem = form.substring(0, form.length() - 1);
        if (l.endsWith("ия") || l.endsWith("ія")) {
            out.add(new NameReading(NameKind.FIRST, form, Gender.FEMALE, GrammarCase.NOM, false, false));
        } else if (l.endsWith("ии") || l.endsWith("ії")) {
            for (GrammarCase c : new GrammarCase[] {GrammarCase.GEN, GrammarCase.DAT, GrammarCase.PREP}) {
                out.add(new NameReading(NameKind.FIRST, stem + "я", Gender.FEMALE, c, false, false));
            }
        } else if (l.endsWith("ию") || l.endsWith("ію")) {
            out.add(new NameReading(NameKind.FIRST, stem + "я", Gender.FEMALE, GrammarCase.ACC, false, false));
        } else if (l.length() >= 5 && (l.endsWith("ией") || l.endsWith("ією"))) {
            out.add(new NameReading(NameKind.FIRST, form.substring(0, form.length() - 2) + "я", Gender.FEMALE,
                    GrammarCase.INS, false, false));
        }
        return out;
    }

    /** One guess at the nominative of an unknown surname form, with the gender and case the guess implies. */
    public record Guess(String lemma, Gender gender, GrammarCase gramCase) {}

    /**
     * Lemma guesses for a surname form no dictionary knows, most plausible first. The form itself is always a
     * guess (a nominative, or an indeclinable foreign name); stripped forms count only when petrovich4j
     * inflects the stripped lemma back to exactly this form.
     */
    public static List<Guess> guesses(String form) {
        return GUESSES.get(form, SurnameForms::guess);
    }

    /** petrovich4j is the costly part of reading an unknown name; the same names recur across articles. */
    private static final BoundedCache<String, List<Guess>> GUESSES = new BoundedCache<>(20_000);

    private static List<Guess> guess(String form) {
        List<Guess> out = new ArrayList<>();
        String l = form.toLowerCase(Locale.ROOT);
        int n = l.length();
        if (n >= 4) {
            tryStrip(form, 1, "", Gender.MALE, out);   // Байдена, Байдену, Байдене
            tryStrip(form, 2, "", Gender.MALE, out);   // Байденом
            tryStrip(form, 1, "ь", Gender.MALE, out);  // Гренеля → Гренель
            tryStrip(form, 2, "ь", Gender.MALE, out);  // Гренелем
            tryStrip(form, 1, "й", Gender.MALE, out);  // Мэя → Мэй (masc)
            tryStrip(form, 2, "й", Gender.MALE, out);
            tryStrip(form, 2, "а", Gender.FEMALE, out); // Ветровой → Ветрова
            tryStrip(form, 1, "а", Gender.FEMALE, out); // Ветрову, Ветровы
            tryStrip(form, 2, "ая", Gender.FEMALE, out); // adjectival
            tryStrip(form, 1, "а", Gender.MALE, out);   // Массы, Массе → Масса (a man's surname in -а)
            tryStrip(form, 2, "а", Gender.MALE, out);   // Массой
            tryStrip(form, 1, "я", Gender.MALE, out);   // Арчундии → Арчундия
            tryStrip(form, 1, "я", Gender.FEMALE, out);
        }
        out.add(new Guess(form, Gender.UNKNOWN, GrammarCase.ANY)); // a nominative, or an indeclinable name
        return List.copyOf(out);
    }

    private static void tryStrip(String form, int strip, String add, Gender gender, List<Guess> out) {
        if (form.length() - strip < 3) {
            return;
        }
        String lemma = form.substring(0, form.length() - strip) + matchCase(add, form);
        if (!endsInLetterThatTakesEnding(lemma) || !plausibleSpelling(lemma)) {
            return;
        }
        com.github.petrovich4j.Gender g = gender == Gender.FEMALE ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male;
        boolean matched = false;
        for (Case c : Case.values()) {
            String inflected = PETROVICH.say(lemma, NameType.LastName, g, c);
            if (inflected != null && inflected.equalsIgnoreCase(form)) {
                if (c == Case.Accusative && matched) {
                    continue; // a man's accusative is his genitive; the genitive reading stands for both
                }
                // every case the form can be: "Ветровой" is the genitive, dative, instrumental and prepositional
                out.add(new Guess(lemma, gender, toCase(c)));
                matched = true;
            }
        }
        if (matched) {
            return;
        }
        if (gender == Gender.MALE && add.isEmpty()) {
            GrammarCase c = regularCase(lemma, form);
            if (c != null) {
                out.add(new Guess(lemma, gender, c));
            }
        }
    }

    /**
     * The case in which a foreign man's surname ending in a hard consonant takes the written ending, declined without
     * a fleeting vowel: petrovich4j reads "Кок" like Сурок (Кка), but a foreign Кок is Кока, Коку, Коком, Коке.
     * Russian surnames with a fleeting vowel are in the dictionaries and never reach this rule. Null when none.
     */
    static GrammarCase regularCase(String lemma, String form) {
        String l = lemma.toLowerCase(Locale.ROOT);
        String f = form.toLowerCase(Locale.ROOT);
        char last = l.charAt(l.length() - 1);
        if (VOWELS.indexOf(last) >= 0 || "йь'".indexOf(last) >= 0 || !f.startsWith(l)) {
            return null;
        }
        String ending = f.substring(l.length());
        boolean soft = "жшчщц".indexOf(last) >= 0;
        return switch (ending) {
            case "а" -> GrammarCase.GEN;
            case "у" -> GrammarCase.DAT;
            case "ом" -> soft ? null : GrammarCase.INS;
            case "ем" -> soft ? GrammarCase.INS : null;
            case "е" -> GrammarCase.PREP;
            default -> null;
        };
    }

    /**
     * Cyrillic spelling rules a guessed lemma must keep: the soft sign follows a consonant and is never followed by
     * а, о, у, ы or э (Барнье is not the dative of "Барньа", Рузії not the genitive of "Рузіь"), nor is й
     * followed by а, о, у or э (Монтойе is the dative of Монтойя, not of "Монтойа").
     */
    static boolean plausibleSpelling(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (l.charAt(i) != 'ь') {
                continue;
            }
            if (i == 0 || VOWELS.indexOf(l.charAt(i - 1)) >= 0 || "ьй'’ʼ".indexOf(l.charAt(i - 1)) >= 0) {
                return false;
            }
            if (i + 1 < l.length() && "аоуыэ".indexOf(l.charAt(i + 1)) >= 0) {
                return false;
            }
        }
        for (int i = 0; i + 1 < l.length(); i++) {
            if (l.charAt(i) == 'й' && "аоуэ".indexOf(l.charAt(i + 1)) >= 0) {
                return false; // "Монтойа": after й Russian writes я, ё, ю, е (Монтойя)
            }
        }
        return true;
    }

    private static final String VOWELS = "аеёиоуыэюяіїє";

    private static boolean endsInLetterThatTakesEnding(String lemma) {
        char last = Character.toLowerCase(lemma.charAt(lemma.length() - 1));
        return "аеёиоуыэюя".indexOf(last) < 0 || last == 'а' || last == 'я';
    }

    /** True when petrovich4j inflects {@code lemma} in {@code gramCase} to exactly {@code form} (Russian rules). */
    public static boolean russianFormOf(String lemma, Gender gender, GrammarCase gramCase, String form) {
        com.github.petrovich4j.Gender g = gender == Gender.FEMALE ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male;
        for (Case c : Case.values()) {
            if (toCase(c) == gramCase) {
                String inflected = PETROVICH.say(lemma, NameType.LastName, g, c);
                return inflected != null && inflected.equalsIgnoreCase(form);
            }
        }
        return true;
    }

    /**
     * True when petrovich4j declines the name (first name and surname, of this gender) in one oblique case to exactly
     * the written words: "Веселина Топалова" is Веселин Топалов's genitive, "Бесселю Коку" Бессель Кок's dative.
     */
    public static boolean obliqueFormOf(String firstLemma, String surnameLemma, Gender gender, String firstWord,
                                        String surnameWord) {
        com.github.petrovich4j.Gender g = gender == Gender.FEMALE ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male;
        for (Case c : Case.values()) {
            String first = PETROVICH.say(firstLemma, NameType.FirstName, g, c);
            String last = PETROVICH.say(surnameLemma, NameType.LastName, g, c);
            boolean lastFits = (last != null && last.equalsIgnoreCase(surnameWord))
                    || (gender != Gender.FEMALE && regularCase(surnameLemma, surnameWord) == toCase(c));
            if (first != null && first.equalsIgnoreCase(firstWord) && lastFits) {
                return true;
            }
        }
        return false;
    }

    /** Case forms of a first name (genitive, dative, accusative, instrumental, prepositional), by petrovich4j. */
    public static List<String> firstNameForms(String lemma, Gender gender) {
        com.github.petrovich4j.Gender g = gender == Gender.FEMALE ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male;
        List<String> out = new ArrayList<>();
        for (Case c : Case.values()) {
            out.add(PETROVICH.say(lemma, NameType.FirstName, g, c));
        }
        return out;
    }

    /** Case forms of a surname lemma (genitive, dative, accusative, instrumental, prepositional). */
    public static List<String> caseForms(String lemma, Gender gender) {
        com.github.petrovich4j.Gender g = gender == Gender.FEMALE ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male;
        List<String> out = new ArrayList<>();
        for (Case c : Case.values()) {
            out.add(PETROVICH.say(lemma, NameType.LastName, g, c));
        }
        return out;
    }

    private static GrammarCase toCase(Case c) {
        return switch (c) {
            case Genitive -> GrammarCase.GEN;
            case Dative -> GrammarCase.DAT;
            case Accusative -> GrammarCase.ACC;
            case Instrumental -> GrammarCase.INS;
            case Prepositional -> GrammarCase.PREP;
        };
    }

    private static String matchCase(String suffix, String like) {
        boolean upper = like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT));
        return upper ? suffix.toUpperCase(Locale.ROOT) : suffix;
    }
}
