package dev.newsdigest.digest.people;

import com.ibm.icu.text.Transliterator;
import dev.newsdigest.digest.people.morph.NameText;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Latin keys for names, equal for every spelling of one name: Песков, Пєсков and Peskov all give {@code peskov};
 * Зеленский, Зеленський, Zelensky and Zelenskyy give {@code zelenski}; Гордієнко and Gordienko give
 * {@code gordienko}.
 *
 * <p>How: Ukrainian letters are first written with their Russian counterparts (є → е, і/ї → и, ґ → г), so both
 * languages go through one transliteration, ICU's {@code Russian-Latin/BGN} (BGN/PCGN 1947); Ukrainian's own
 * BGN table writes г as h and и as y, which would part Гордієнко from the usual English spelling Gordienko.
 * The Latin result, like any Latin input, is then folded: accents dropped, {@code ye → e}, {@code y → i},
 * {@code kh → h}, doubled letters single, anything but a–z removed. The key is a matching key, not a spelling to
 * show: Zelenski is not how anyone writes the name.
 */
public final class NameKeys {
    private static final ThreadLocal<Transliterator> CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Keys of recently seen words, per thread: ICU transliteration is the costly step of the people stage. */
    private static final int CACHE_SIZE = 4096;
    private static final ThreadLocal<java.util.Map<String, String>> CACHE = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private NameKeys() {}

    /**
     * The key of a person's name as anyone may write it: its surname (the last word that is not an initial),
     * transliterated and folded. "Dmitry Peskov", "Дмитрий Песков" and "Д. Песков" all give {@code peskov}.
     * Returns "" for a blank name.
     */
    public static String key(String anySpelling) {
        if (anySpelling == null) {
            return "";
        }
        String[] words = anySpelling.strip().split("[\\s\\u00A0]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (w.length() > 1 && !(w.length() == 2 && w.endsWith("."))) {
                String k = wordKey(w);
                if (!k.isEmpty()) {
                    return k;
                }
            }
        }
        return "";
    }

    /** The key of one word (a surname or first name) in any script. */
    public static String wordKey(String word) {
        if (word == null || word.isBlank()) {
            return "";
        }
        java.util.Map<String, String> cache = CACHE.get();
        String cached = cache.get(word);
        if (cached == null) {
            cached = computeWordKey(word);
            cache.put(word, cached);
        }
        return cached;
    }

    private static String computeWordKey(String word) {
        String w = NameText.fold(word.strip()).replace("'", "");
        String latin;
        if (NameText.isCyrillic(w)) {
            latin = CYRILLIC.get().transliterate(ukrainianToRussianLetters(w));
        } else if (NameText.isLatin(w)) {
            latin = w;
        } else {
            latin = ANY.get().transliterate(w);
        }
        return foldLatin(latin);
    }

    /** The keys of every word of a name joined by spaces ("dmitri peskov"); for comparing full names. */
    public static String fullKey(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.strip().split("[\\s\\u00A0]+")) {
            String k = wordKey(w.replaceAll("[^\\p{L}'’ʼ-]", ""));
            if (!k.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(k);
            }
        }
        return b.toString();
    }

    static String ukrainianToRussianLetters(String w) {
        StringBuilder s = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            switch (c) {
                case 'є' -> s.append('е');
                case 'і', 'ї' -> s.append('и');
                case 'ґ' -> s.append('г');
                case 'ь', 'ъ' -> { } // soft and hard signs carry no letter in a key
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    static String foldLatin(String latin) {
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String k = letters.toString().replace("ye", "e").replace("kh", "h").replace('y', 'i');
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
