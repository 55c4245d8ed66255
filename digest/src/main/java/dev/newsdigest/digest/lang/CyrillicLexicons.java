package dev.newsdigest.digest.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * Is a word Russian, Ukrainian, both or neither? Answered from the morfologik word-form dictionaries that
 * LanguageTool publishes on Maven Central ({@code org.languagetool:language-ru}, {@code ua.net.nlp:morfologik-ukrainian-lt}),
 * loaded once, on first use. Decides the Cyrillic texts whose letters do not (no і ї є ґ, no ы э ъ ё).
 */
final class CyrillicLexicons {
    private static final String RUSSIAN = "/org/languagetool/resource/ru/russian.dict";
    private static final String UKRAINIAN = "/org/languagetool/resource/uk/ukrainian.dict";

    private CyrillicLexicons() {}

    private static final class Loaded {
        static final Dictionary RU = load(RUSSIAN);
        static final Dictionary UK = load(UKRAINIAN);

        private static Dictionary load(String resource) {
            URL url = CyrillicLexicons.class.getResource(resource);
            if (url == null) {
                throw new IllegalStateException("dictionary " + resource + " is not on the classpath");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /** Lookups for one text; not thread-safe (morfologik lookups keep buffers), so make one per use. */
    static final class Lookup {
        private final DictionaryLookup ru = new DictionaryLookup(Loaded.RU);
        private final DictionaryLookup uk = new DictionaryLookup(Loaded.UK);

        boolean russian(String word) {
            return known(ru, word);
        }

        boolean ukrainian(String word) {
            return known(uk, word.replace('’', '\'').replace('ʼ', '\''));
        }

        private static boolean known(DictionaryLookup lookup, String word) {
            try {
                String lower = word.toLowerCase(Locale.ROOT);
                return !lookup.lookup(lower).isEmpty() || !lookup.lookup(word).isEmpty();
            } catch (RuntimeException e) {
                return false; // a letter the dictionary's charset cannot encode: not a word of that language
            }
        }
    }
}
