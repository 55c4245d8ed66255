package dev.newsdigest.digest.lang;

import java.util.Set;

/**
 * Tells Russian, Ukrainian and English apart, also on short texts. Letters decide first (і ї є ґ are Ukrainian
 * only; ы э ъ ё are Russian only); when a Cyrillic text has neither, frequent function words decide. A text that
 * is neither Cyrillic nor mostly Latin, or Latin without English function words, is UNKNOWN.
 */
public final class LanguageDetector {
    private static final Set<String> RU_WORDS = Set.of("и", "что", "это", "как", "он", "она", "не", "по", "его",
            "из", "для", "от", "при", "также", "был", "была", "были", "который", "которые", "или", "уже", "если");
    private static final Set<String> UK_WORDS = Set.of("і", "й", "що", "це", "як", "він", "вона", "не", "його",
            "з", "для", "від", "під", "також", "був", "була", "були", "який", "які", "або", "вже", "якщо", "та");
    private static final Set<String> EN_WORDS = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
            "was", "with", "he", "she", "it", "as", "said", "by", "at", "from", "has", "have", "are", "be", "this");

    public Language detect(String text) {
        int ukLetters = 0;
        int ruLetters = 0;
        int cyrillic = 0;
        int latin = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'а' && c <= 'я' || c == 'ё' || c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                cyrillic++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    ukLetters++;
                } else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                    ruLetters++;
                }
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return Language.UNKNOWN;
        }
        if (cyrillic > latin) {
            // A Russian text quoting a Ukrainian caption has a few і; weigh letters against the text length.
            if (ukLetters > 0 && ukLetters >= ruLetters * 2) {
                return Language.UK;
            }
            if (ruLetters > 0 && ruLetters >= ukLetters * 2) {
                return Language.RU;
            }
            return byWords(text, n);
        }
        int en = 0;
        int words = 0;
        for (String w : text.substring(0, n).toLowerCase().split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (EN_WORDS.contains(w)) {
                en++;
            }
        }
        return words > 0 && (en >= 2 || en * 10 >= words) ? Language.EN : Language.UNKNOWN;
    }

    private static Language byWords(String text, int n) {
        int ru = 0;
        int uk = 0;
        for (String w : text.substring(0, n).toLowerCase().split("[^\\p{L}']+")) {
            if (RU_WORDS.contains(w)) {
                ru++;
            }
            if (UK_WORDS.contains(w)) {
                uk++;
            }
        }
        if (ru == uk) {
            return ru == 0 ? Language.UNKNOWN : Language.RU;
        }
        return ru > uk ? Language.RU : Language.UK;
    }
}
