package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.MorphDictionaries;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the context right before each mention: a role phrase ("пресс-секретарь Кремля Дмитрий Песков",
 * "President Joe Biden") becomes the mention's role; a noun that usually governs a person's name
 * ("администрацией Байдена") marks a person cue.
 */
final class RoleFinder {
    /** How far before a name a role word may stand ("министр иностранных дел страны-агрессора России Сергей Лавров"). */
    private static final int MAX_ROLE_WORDS = 6;

    /** Prepositions and the cases they govern; a name right after one is in that case. */
    private static final Map<String, Set<GrammarCase>> PREPOSITIONS = Map.ofEntries(
            Map.entry("с", EnumSet.of(GrammarCase.INS, GrammarCase.GEN)), Map.entry("со", EnumSet.of(GrammarCase.INS)),
            Map.entry("з", EnumSet.of(GrammarCase.INS, GrammarCase.GEN)), Map.entry("із", EnumSet.of(GrammarCase.INS, GrammarCase.GEN)),
            Map.entry("о", EnumSet.of(GrammarCase.PREP)), Map.entry("об", EnumSet.of(GrammarCase.PREP)),
            Map.entry("при", EnumSet.of(GrammarCase.PREP)), Map.entry("про", EnumSet.of(GrammarCase.ACC)),
            Map.entry("к", EnumSet.of(GrammarCase.DAT)), Map.entry("ко", EnumSet.of(GrammarCase.DAT)),
            Map.entry("для", EnumSet.of(GrammarCase.GEN)), Map.entry("у", EnumSet.of(GrammarCase.GEN)),
            Map.entry("от", EnumSet.of(GrammarCase.GEN)), Map.entry("від", EnumSet.of(GrammarCase.GEN)),
            Map.entry("до", EnumSet.of(GrammarCase.GEN)), Map.entry("без", EnumSet.of(GrammarCase.GEN)),
            Map.entry("около", EnumSet.of(GrammarCase.GEN)), Map.entry("против", EnumSet.of(GrammarCase.GEN)),
            Map.entry("проти", EnumSet.of(GrammarCase.GEN)), Map.entry("після", EnumSet.of(GrammarCase.GEN)),
            Map.entry("после", EnumSet.of(GrammarCase.GEN)), Map.entry("между", EnumSet.of(GrammarCase.INS)),
            Map.entry("між", EnumSet.of(GrammarCase.INS)), Map.entry("над", EnumSet.of(GrammarCase.INS)),
            Map.entry("перед", EnumSet.of(GrammarCase.INS)), Map.entry("за", EnumSet.of(GrammarCase.INS, GrammarCase.ACC)));

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "на", "из", "под", "із",
            "до", "через", "по", "над");

    private final boolean english;
    private final MorphDictionaries dictionaries;

    RoleFinder(boolean english) {
        this.english = english;
        this.dictionaries = english ? null : MorphDictionaries.get();
    }

    void annotate(String text, List<Token> tokens, List<Mention> mentions) {
        int ti = 0;
        for (Mention m : mentions) {
            while (ti < tokens.size() && tokens.get(ti).start() < m.start) {
                ti++;
            }
            if (ti >= tokens.size() || tokens.get(ti).start() != m.start) {
                continue;
            }
            annotate(text, tokens, ti, m);
        }
    }

    private void annotate(String text, List<Token> tokens, int first, Mention m) {
        Token name = tokens.get(first);
        if (first > 0 && !english && InstitutionWords.isInstitutionNoun(tokens.get(first - 1).text())
                && onlySpacesAndQuotes(text, tokens.get(first - 1).end(), name.start())) {
            m.afterInstitutionNoun = true;
            m.afterEponymNoun = InstitutionWords.isEponymNoun(tokens.get(first - 1).text());
        }
        if (first > 0 && !english && InstitutionWords.isAbbreviatedPlace(tokens.get(first - 1).text())
                && text.substring(tokens.get(first - 1).end(), name.start()).strip().equals(".")) {
            m.afterInstitutionNoun = true; // "ул. Милютина": a street named after someone
            m.afterEponymNoun = true;
        }
        if (!name.joined() || first == 0 || name.sentenceStart()) {
            return;
        }
        Token before = tokens.get(first - 1);
        if (RoleWords.personCue(before.text())) {
            m.personCue = true;
        }
        boolean governedByPreposition = false;
        if (!english) {
            String preposition = before.text().toLowerCase(Locale.ROOT);
            m.afterPlacePreposition = PLACE_PREPOSITIONS.contains(preposition);
            Set<GrammarCase> governed = PREPOSITIONS.get(preposition);
            if (governed != null) {
                m.contextCases = governed;
                governedByPreposition = true;
            } else if (!before.capitalised()) {
                m.contextCases = afterNoun(before.text());
            }
        }
        if (m.afterPlacePreposition) {
            return; // "принцессы Марины в Габороне": the preposition's object is a place, no role holder
        }
        int k = first - 1;
        int words = 0;
        while (k >= 0 && words < MAX_ROLE_WORDS) {
            Token t = tokens.get(k);
            boolean role = english ? RoleWords.englishRole(t.text()) != null : RoleWords.slavicRole(t.text()) != null;
            if (role && !english && k == first - 1 && (dictionaries.pluralOnlyNoun(t.text())
                    || dictionaries.nominativePluralNoun(t.text())
                    && !dictionaries.analyze(t.text().toLowerCase(Locale.ROOT)).nounCases().contains(GrammarCase.GEN))) {
                return; // "Представители Гринпис", "активистам Гринпис": a plural role before a word names a body
            }
            if (role) {
                if (k > 0 && InstitutionWords.isEponymNoun(tokens.get(k - 1).text()) && tokens.get(k).joined()) {
                    // "Госпиталя принцессы Марины", "улицы академика Королёва": the institution's namesake
                    m.afterInstitutionNoun = true;
                    m.afterEponymNoun = true;
                    return;
                }
                int from = t.start();
                // adjectives before the role word belong to it: "официальный представитель", "головний тренер"
                for (int a = k - 1, n = 0; a >= 0 && n < 2 && !english; a--, n++) {
                    Token adj = tokens.get(a);
                    if (!tokens.get(a + 1).joined() || !dictionaries.analyze(adj.text().toLowerCase(Locale.ROOT)).adjective()) {
                        break;
                    }
                    from = adj.start();
                    if (adj.sentenceStart()) {
                        break;
                    }
                }
                m.role = roleText(text, from, name.start());
                m.roleAdjacent = true;
                for (int g = k + 1; g < first; g++) {
                    if (!tokens.get(g).capitalised()) {
                        m.roleAdjacent = false;
                    }
                }
                if (!english && !governedByPreposition) {
                    // the name stands in apposition to the role noun and shares its case, also after the role's own
                    // complement ("министр по делам регионов Ракеш Вара" is nominative, not the genitive of "регионов")
                    Set<GrammarCase> roleCases = dictionaries.analyze(t.text().toLowerCase(Locale.ROOT)).nounCases();
                    if (!roleCases.isEmpty() || m.contextCases.isEmpty()) {
                        m.contextCases = roleCases;
                    }
                }
                return;
            }
            if (!t.joined() || t.sentenceStart()) {
                return;
            }
            k--;
            words++;
        }
    }

    /**
     * A name right after a common noun is its genitive complement ("предложению Дмитрия Медведева", "смерть
     * Пушкина"), or, after a noun for a person, may also stand in apposition in the noun's case ("христианке Асии
     * Биби"). Empty when the word is no noun (a verb, an adjective, a role word, which {@link #annotate} reads).
     */
    private Set<GrammarCase> afterNoun(String word) {
        if (RoleWords.slavicRole(word) != null) {
            return Set.of();
        }
        dev.newsdigest.digest.people.morph.WordProfile p = dictionaries.analyze(word.toLowerCase(Locale.ROOT));
        if (p.nounCases().isEmpty() || p.adjective() || p.pastVerbGender() != dev.newsdigest.digest.Gender.UNKNOWN
                || !p.names().isEmpty()) {
            return Set.of();
        }
        Set<GrammarCase> cases = EnumSet.of(GrammarCase.GEN);
        cases.addAll(p.personNounCases());
        return cases;
    }

    private static boolean onlySpacesAndQuotes(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00A0' || c == '"' || c == '«' || c == '“' || c == '„')) {
                return false;
            }
        }
        return true;
    }

    private static String roleText(String text, int from, int to) {
        String role = text.substring(from, to).strip();
        while (!role.isEmpty() && !Character.isLetterOrDigit(role.charAt(role.length() - 1))) {
            role = role.substring(0, role.length() - 1).strip();
        }
        if (role.length() > 1 && Character.isUpperCase(role.charAt(0)) && Character.isLowerCase(role.charAt(1))) {
            role = role.substring(0, 1).toLowerCase(Locale.ROOT) + role.substring(1);
        }
        return role.isEmpty() ? null : role;
    }
}
