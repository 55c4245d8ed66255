package dev.newsdigest.digest.people.morph;

import java.util.Locale;

/** Small string helpers for names: capitalisation, script, alignment of respelt lemmas. */
public final class NameText {
    private NameText() {}

    /** "песков" → "Песков", "римский-корсаков" → "Римский-Корсаков": each part capitalised like a name. */
    public static String capitaliseLike(String lemma, String surface) {
        StringBuilder s = new StringBuilder(lemma.length());
        boolean start = true;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            s.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return s.toString();
    }

    /** Capitalises each hyphen- or space-separated part of a lower-cased name. */
    public static String capitalise(String name) {
        StringBuilder s = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            s.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ';
        }
        return s.toString();
    }

    /**
     * A lemma found for a respelt form, written back in the surface's spelling: the surface "Эрдогана" was
     * looked up as "Ердогана", whose lemma "Ердоган" shares the prefix "Ердоган"; that prefix is taken from the
     * surface, giving "Эрдоган".
     */
    static String realign(String surface, String respelt, String lemma) {
        int p = 0;
        int max = Math.min(respelt.length(), lemma.length());
        while (p < max && respelt.charAt(p) == lemma.charAt(p)) {
            p++;
        }
        return surface.substring(0, p) + ukrainianTailToRussian(lemma.substring(p));
    }

    private static String ukrainianTailToRussian(String tail) {
        return tail.replace('і', 'и').replace('ї', 'и').replace('є', 'е');
    }

    /** True when the word has a letter used only in Ukrainian (і ї є ґ). */
    public static boolean hasUkrainianLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            switch (Character.toLowerCase(w.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ': return true;
                default: break;
            }
        }
        return false;
    }

    /** True when the word has a letter used only in Russian (ы э ъ ё). */
    public static boolean hasRussianLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            switch (Character.toLowerCase(w.charAt(i))) {
                case 'ы', 'э', 'ъ', 'ё': return true;
                default: break;
            }
        }
        return false;
    }

    public static boolean isCyrillic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    public static boolean isLatin(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))
                    && Character.UnicodeScript.of(w.charAt(i)) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Lower case with ё folded to е and typographic apostrophes folded to one. */
    public static String fold(String w) {
        return MorphDictionaries.normaliseApostrophes(w.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }
}
