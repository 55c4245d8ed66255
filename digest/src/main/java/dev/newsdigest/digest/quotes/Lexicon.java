package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.lang.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The generic word lists of one language that quote attribution needs, read from {@code lexicon-xx.txt} beside
 * this class: speech-verb lemmas, impersonal verbs, personal pronouns, source introducers ("по словам",
 * "according to"), role nouns and title nouns (газета, the novel) that make the next quoted words a name.
 */
final class Lexicon {
    private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

    final Language language;
    final Set<String> speechVerbs;
    final Set<String> impersonalVerbs;
    final Set<String> malePronouns;
    final Set<String> femalePronouns;
    final Set<String> pluralPronouns;
    /** Each introducer as its lower-case words, longest first. */
    final List<String[]> sourceIntroducers;
    final Set<String> roleNouns;
    final Set<String> titleNouns;

    private Lexicon(Language language, Map<String, List<String>> sections) {
        this.language = language;
        this.speechVerbs = set(sections, "speech_verbs");
        this.impersonalVerbs = set(sections, "impersonal_verbs");
        this.malePronouns = set(sections, "pronouns_male");
        this.femalePronouns = set(sections, "pronouns_female");
        this.pluralPronouns = set(sections, "pronouns_plural");
        this.roleNouns = set(sections, "role_nouns");
        this.titleNouns = set(sections, "title_nouns");
        List<String[]> intro = new ArrayList<>();
        for (String s : sections.getOrDefault("source_introducers", List.of())) {
            intro.add(s.split(" "));
        }
        intro.sort((a, b) -> b.length - a.length);
        this.sourceIntroducers = Collections.unmodifiableList(intro);
    }

    /** The lexicon of a language; English serves for UNKNOWN (Latin-script text of no known language). */
    static synchronized Lexicon of(Language language) {
        Language l = language == Language.UNKNOWN ? Language.EN : language;
        return LOADED.computeIfAbsent(l, Lexicon::load);
    }

    private static Lexicon load(Language language) {
        String name = "lexicon-" + language.code() + ".txt";
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(normalise(t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(language, sections);
    }

    private static Set<String> set(Map<String, List<String>> sections, String name) {
        return Collections.unmodifiableSet(new HashSet<>(sections.getOrDefault(name, List.of())));
    }

    /** Lower case, ё as е, typographic apostrophes as ', so lookups need no variants. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (w.indexOf('’') >= 0 || w.indexOf('ʼ') >= 0) {
            w = w.replace('’', '\'').replace('ʼ', '\'');
        }
        return w;
    }
}
