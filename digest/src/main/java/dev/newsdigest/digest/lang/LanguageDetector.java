package dev.newsdigest.digest.lang;

import java.util.Set;

/**
 * Tells Russian, Ukrainian and English apart, also on short texts (a headline), and says UNKNOWN for anything
 * else rather than guessing. Three kinds of evidence, cheapest first:
 * <ol>
 *   <li>Letters. і ї є ґ are Ukrainian only, ы э ъ ё Russian only; ў, ј, љ, њ, ђ, ћ, џ, ә, қ, ң, ө, ү, һ ... belong
 *       to other Cyrillic languages (Belarusian, Serbian, Macedonian, Kazakh) and make the text UNKNOWN; Latin
 *       letters with diacritics (ä é ñ ł ş ...) point away from English.</li>
 *   <li>Dictionaries, for Cyrillic text whose letters do not decide: words found in the Russian but not the
 *       Ukrainian word list and vice versa ({@link CyrillicLexicons}). A text most of whose words neither knows
 *       (Bulgarian, say) is UNKNOWN.</li>
 *   <li>Function words, for Latin text: English ones against those of the other large Latin-script languages.</li>
 * </ol>
 */
public final class LanguageDetector {
    /** Enough text to decide; longer articles are judged on their start. */
    private static final int SAMPLE_CHARS = 20_000;
    private static final int SAMPLE_WORDS = 300;
    /** Fewer telling letters than this (a name, a quoted caption) leave the decision to the dictionaries. */
    private static final int TELLING_LETTERS = 3;
    /** Up to this many words a Latin text is a headline or a caption and may lack function words. */
    private static final int SHORT_TEXT_WORDS = 25;

    private static final Set<String> EN_WORDS = Set.copyOf(java.util.List.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
            "was", "with", "he", "she", "it", "as", "said", "by", "at", "from", "has", "have", "are", "be", "this",
            "his", "her", "they", "we", "will", "not", "but", "an", "a", "who", "after", "over", "its", "their",
            "were", "had", "been", "new", "says", "into", "about", "than", "more", "would", "could", "or", "against",
            "before", "what", "why", "how", "no", "up", "out", "off", "just", "all", "our", "your", "my", "you"));
    /** Frequent words of German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Turkish, Romanian. */
    private static final Set<String> OTHER_LATIN_WORDS = Set.copyOf(java.util.List.of(
            "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den", "von", "zu", "dem",
            "le", "la", "les", "et", "est", "des", "une", "dans", "pour", "que", "qui", "du", "au", "sur", "pas",
            "el", "los", "las", "y", "es", "del", "una", "por", "con", "para", "se", "lo", "como", "pero",
            "il", "di", "che", "della", "per", "un", "non", "sono", "nel", "gli", "ha",
            "os", "não", "uma", "do", "da", "em", "com", "ao",
            "het", "een", "en", "van", "niet", "dat", "op", "zijn", "voor",
            "w", "z", "na", "się", "nie", "że", "jest", "jak", "ale",
            "je", "ve", "bir", "bu", "için", "ile", "și", "în", "cu", "pe", "este"));

    public Language detect(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        LetterCounts letters = LetterCounts.of(text, n);
        if (letters.cyrillic == 0 && letters.latin == 0) {
            return Language.UNKNOWN;
        }
        if (letters.cyrillic > letters.latin) {
            return cyrillic(text, n, letters);
        }
        return latin(text, n, letters);
    }

    private static Language cyrillic(String text, int n, LetterCounts c) {
        if (c.otherCyrillic * 100 > c.cyrillic) {
            return Language.UNKNOWN;
        }
        // A Russian text quoting a Ukrainian caption has a few і: letters decide only when one side clearly leads.
        if (c.ukrainian >= TELLING_LETTERS && c.ukrainian >= c.russian * 4 && !c.mixed()) {
            return Language.UK;
        }
        if (c.russian >= TELLING_LETTERS && c.russian >= c.ukrainian * 4 && !c.mixed()) {
            return Language.RU;
        }
        return byDictionary(text, n, c);
    }

    /** Words only one of the two word lists knows; most words known to neither means another language. */
    private static Language byDictionary(String text, int n, LetterCounts c) {
        CyrillicLexicons.Lookup lookup = new CyrillicLexicons.Lookup();
        int words = 0;
        int known = 0;
        int ruOnly = 0;
        int ukOnly = 0;
        for (String w : words(text, n)) {
            if (w.length() < 2 || !isCyrillicWord(w)) {
                continue;
            }
            if (++words > SAMPLE_WORDS) {
                break;
            }
            boolean ru = lookup.russian(w);
            boolean uk = lookup.ukrainian(w);
            known += ru || uk ? 1 : 0;
            ruOnly += ru && !uk ? 1 : 0;
            ukOnly += uk && !ru ? 1 : 0;
        }
        if (words == 0 || known * 2 < words) {
            return Language.UNKNOWN;
        }
        if (ruOnly > ukOnly) {
            return Language.RU;
        }
        if (ukOnly > ruOnly) {
            return Language.UK;
        }
        if (c.ukrainian != c.russian) {
            return c.ukrainian > c.russian ? Language.UK : Language.RU;
        }
        return Language.UNKNOWN;
    }

    private static Language latin(String text, int n, LetterCounts c) {
        if (c.latinDiacritics * 50 > c.latin) {
            return Language.UNKNOWN; // more than 2% accented letters: not English
        }
        int en = 0;
        int other = 0;
        int words = 0;
        for (String w : words(text, n)) {
            if (w.isEmpty()) {
                continue;
            }
            if (++words > SAMPLE_WORDS) {
                break;
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            en += EN_WORDS.contains(lower) ? 1 : 0;
            // One-letter words ("y", "w", "i") also stand for initials and "N.Y.": too weak to count against English.
            other += lower.length() > 1 && OTHER_LATIN_WORDS.contains(lower) ? 1 : 0;
        }
        if (en > other) {
            return Language.EN;
        }
        // A headline may have no function words at all ("Jeb Bush Super PAC Chief Praises Rubio Donor"): unaccented
        // Latin words are English. A longer text without a single English function word is not.
        if (en == 0 && other == 0 && words <= SHORT_TEXT_WORDS && c.latinDiacritics == 0) {
            return Language.EN;
        }
        return Language.UNKNOWN;
    }

    private static String[] words(String text, int n) {
        return text.substring(0, n).split("[^\\p{L}'’ʼ-]+");
    }

    /**
     * The Cyrillic block, U+0400..U+04FF ({@code Character.UnicodeBlock.CYRILLIC}), by range: the block look-up is a
     * binary search over every Unicode block and was the detector's top cost, run for every character.
     */
    private static boolean isCyrillicBlock(char ch) {
        return ch >= '\u0400' && ch <= '\u04FF';
    }

    private static boolean isCyrillicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isCyrillicBlock(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letter counts of a text sample by script and by telling letters. */
    private static final class LetterCounts {
        int cyrillic;
        int latin;
        int latinDiacritics;
        int ukrainian;
        int russian;
        int otherCyrillic;

        static LetterCounts of(String text, int n) {
            LetterCounts c = new LetterCounts();
            for (int i = 0; i < n; i++) {
                char ch = Character.toLowerCase(text.charAt(i));
                if (ch >= 'a' && ch <= 'z') {
                    c.latin++;
                } else if (ch >= 'а' && ch <= 'я' || ch == 'ё') {
                    c.cyrillic++;
                    if (ch == 'ъ' && !beforeIotatedVowel(text, i, n)) {
                        c.otherCyrillic++; // Bulgarian ъ is a vowel ("кметът"); Russian ъ only comes before е ё ю я
                    } else if (ch == 'ы' || ch == 'э' || ch == 'ъ' || ch == 'ё') {
                        c.russian++;
                    }
                } else if (ch == 'і' || ch == 'ї' || ch == 'є' || ch == 'ґ') {
                    c.cyrillic++;
                    c.ukrainian++;
                } else if (isCyrillicBlock(ch) && Character.isLetter(ch)) {
                    c.cyrillic++;
                    c.otherCyrillic++; // ў ј љ њ ђ ћ џ ѓ ќ ѕ ә ғ қ ң ө ұ ү һ ...
                } else if (ch > 0x7F && Character.isLetter(ch)
                        && Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN) {
                    c.latin++;
                    c.latinDiacritics++;
                }
            }
            return c;
        }

        private static boolean beforeIotatedVowel(String text, int i, int n) {
            if (i + 1 >= n) {
                return false;
            }
            char next = Character.toLowerCase(text.charAt(i + 1));
            return next == 'е' || next == 'ё' || next == 'ю' || next == 'я';
        }

        /** Both sets of telling letters in quantity: a mixed or a third language, let the dictionaries judge. */
        boolean mixed() {
            return ukrainian >= 3 && russian >= 3;
        }
    }
}
