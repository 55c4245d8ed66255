package dev.newsdigest.digest.people;

import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.morph.MorphDictionaries;
import dev.newsdigest.digest.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.List;

/**
 * The people stage: finds the names of an article (Russian and Ukrainian with the morphological dictionaries,
 * English by capitalisation, titles and given-name evidence), merges the mentions of each person and names
 * them canonically.
 *
 * <p>Thread-safe: every call works on its own state; the dictionaries are loaded once, on first use, and shared.
 */
public final class DictionaryPeopleFinder implements PeopleFinder {
    private final NameTokenizer tokenizer = new NameTokenizer();

    @Override
    public PeopleResult find(AnalyzedText text) {
        String s = text.text();
        if (s.isEmpty()) {
            return PeopleResult.empty();
        }
        List<Token> tokens = tokenizer.tokenize(s, text.sentences());
        Language language = text.language();
        List<Mention> mentions = new ArrayList<>();
        if (language != Language.EN) {
            SlavicNameSpotter slavic = new SlavicNameSpotter(MorphDictionaries.get(), language != Language.UK);
            List<Mention> found = slavic.spot(s, tokens);
            new RoleFinder(false).annotate(s, tokens, found);
            mentions.addAll(found);
        }
        if (language == Language.EN || language == Language.UNKNOWN) {
            List<Mention> found = new EnglishNameSpotter().spot(s, tokens);
            new RoleFinder(true).annotate(s, tokens, found);
            mentions.addAll(found);
        }
        mentions.sort(Comparator.comparingInt(m -> m.start));
        shareCaseInLists(s, mentions);
        return new PersonAssembler(observedWords(tokens)).assemble(mentions, language);
    }

    /** Only a comma or a conjunction between two names makes them members of one list. */
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile(
            "\\s*(,|,?\\s+(и|і|й|та|или|або))\\s+");

    /**
     * Names listed together share their case: "в работах ибн Эзра, Авраама и Абу Машара" puts Абу Машара in the
     * genitive that "работах" gives the first of them. A member whose context says nothing takes its neighbour's.
     */
    private static void shareCaseInLists(String text, List<Mention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention a = mentions.get(k - 1);
            Mention b = mentions.get(k);
            if (a.end <= b.start && b.contextCases.isEmpty() && !a.contextCases.isEmpty()
                    && LIST_SEPARATOR.matcher(text.substring(a.end, b.start)).matches()) {
                b.contextCases = a.contextCases;
            }
        }
    }

    private static Map<String, Integer> observedWords(List<Token> tokens) {
        Map<String, Integer> words = new HashMap<>();
        for (Token t : tokens) {
            if (t.capitalised()) {
                words.merge(NameText.fold(t.text()), 1, Integer::sum);
            }
        }
        return words;
    }
}
