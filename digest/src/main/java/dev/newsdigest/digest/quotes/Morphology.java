package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.morph.SlavicDictionaries;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas and grammatical tags of a word. Russian and Ukrainian read the morfologik dictionaries shipped in
 * LanguageTool's {@code language-ru} ({@code russian.dict}, tags like {@code VB:Past:TRANS:PFV:Fem}) and in
 * {@code morfologik-ukrainian-lt} ({@code ukrainian.dict}, tags like {@code verb:perf:past:f}); English verbs
 * are lemmatised by {@link EnglishVerbForms}.
 *
 * <p>The dictionaries are the process's one copy in {@link SlavicDictionaries}, shared with the people stage; a
 * {@link DictionaryLookup} keeps buffers and is not thread-safe, so every article gets its own {@code Morphology}.
 */
final class Morphology {
    /** A reading of a word: its lemma and what the tag says about gender and number. */
    record Reading(String lemma, String tag, Gender gender, boolean plural) {}

    private final Language language;
    private final DictionaryLookup lookup;

    Morphology(Language language) {
        this.language = language;
        this.lookup = switch (language) {
            case RU -> new DictionaryLookup(SlavicDictionaries.russian());
            case UK -> new DictionaryLookup(SlavicDictionaries.ukrainian());
            default -> null;
        };
    }

    /** Loads the dictionaries now rather than on the first article. */
    static void preload() {
        SlavicDictionaries.russian();
        SlavicDictionaries.ukrainian();
    }

    /** Every reading of a lower-case word; English gives verb lemmas only. */
    List<Reading> readings(String lowerWord) {
        List<Reading> out = new ArrayList<>(2);
        if (lookup == null) {
            for (String lemma : EnglishVerbForms.lemmaCandidates(lowerWord)) {
                out.add(new Reading(lemma, "", Gender.UNKNOWN, false));
            }
            return out;
        }
        for (WordData d : lookup.lookup(lowerWord)) {
            CharSequence stem = d.getStem();
            CharSequence tag = d.getTag();
            if (stem == null) {
                continue;
            }
            String t = tag == null ? "" : tag.toString();
            out.add(new Reading(Lexicon.normalise(stem.toString()), t, genderOf(t), isPlural(t)));
        }
        return out;
    }

    private Gender genderOf(String tag) {
        if (language == Language.RU) {
            if (tag.contains(":Masc")) {
                return Gender.MALE;
            }
            return tag.contains(":Fem") ? Gender.FEMALE : Gender.UNKNOWN;
        }
        if (tag.contains(":m:") || tag.endsWith(":m")) {
            return Gender.MALE;
        }
        return tag.contains(":f:") || tag.endsWith(":f") ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private boolean isPlural(String tag) {
        if (language == Language.RU) {
            return tag.contains(":PL");
        }
        return tag.contains(":p:") || tag.endsWith(":p");
    }
}
