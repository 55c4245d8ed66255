package dev.newsdigest.digest.people.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/**
 * The one copy of LanguageTool's Russian and Ukrainian morfologik dictionaries in the process, shared by the people
 * stage ({@link MorphDictionaries}) and the quote stage ({@code quotes.Morphology}): each takes about 8 MB of heap
 * and 50–90 ms to read, so reading them twice cost both.
 *
 * <ul>
 *   <li>{@code org/languagetool/resource/ru/russian.dict}: artifact {@code org.languagetool:language-ru}, LGPL.</li>
 *   <li>{@code org/languagetool/resource/uk/ukrainian.dict}: artifact {@code ua.net.nlp:morfologik-ukrainian-lt},
 *       data from dict_uk, CC BY-NC-SA 4.0.</li>
 * </ul>
 *
 * <p>A {@link Dictionary} is immutable and thread-safe; a {@code DictionaryLookup} over it is not, so every user
 * makes its own lookups. Each dictionary is read on first use.
 */
public final class SlavicDictionaries {
    static final String RUSSIAN = "/org/languagetool/resource/ru/russian.dict";
    static final String UKRAINIAN = "/org/languagetool/resource/uk/ukrainian.dict";

    private SlavicDictionaries() {}

    private static final class Russian {
        static final Dictionary DICTIONARY = read(RUSSIAN);
    }

    private static final class Ukrainian {
        static final Dictionary DICTIONARY = read(UKRAINIAN);
    }

    /** The Russian dictionary (tags such as {@code NN:Fam:Masc:Sin:R}, {@code VB:Past:TRANS:PFV:Fem}). */
    public static Dictionary russian() {
        return Russian.DICTIONARY;
    }

    /** The Ukrainian dictionary (tags such as {@code noun:anim:f:v_rod:prop:lname}, {@code verb:perf:past:f}). */
    public static Dictionary ukrainian() {
        return Ukrainian.DICTIONARY;
    }

    private static Dictionary read(String resource) {
        URL url = SlavicDictionaries.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("dictionary " + resource + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + resource, e);
        }
    }
}
