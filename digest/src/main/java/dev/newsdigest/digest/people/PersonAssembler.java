package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.Mention.SurnameOption;
import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.NameReading;
import dev.newsdigest.digest.people.morph.NameText;
import dev.newsdigest.digest.people.morph.SurnameForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one article into persons and names each person canonically.
 *
 * <ol>
 *   <li>Mentions with a first name (or initials) and a surname make persons: same surname key, compatible gender
 *       and compatible first names are one person (Дмитрий Песков = Дмитро Пєсков = Д. Песков).</li>
 *   <li>Surname-only mentions join the person whose surname one of their readings gives, respecting gender
 *       (Пескова joins Дмитрий Песков as a genitive; Захарова joins Мария Захарова, never Сергей Захаров).</li>
 *   <li>The remaining surname-only mentions are grouped by the reading most mentions support, and become persons
 *       when the evidence is good enough (a dictionary surname outside a sentence start, a role word, a cue).</li>
 *   <li>First-name-only mentions join the one person with that first name, or stand alone after a role word.</li>
 * </ol>
 */
final class PersonAssembler {

    private static final class Draft {
        final List<Mention> mentions = new ArrayList<>();
        Gender gender = Gender.UNKNOWN;
        String key;
        boolean accepted;

        int firstOffset() {
            return mentions.get(0).start;
        }
    }

    /** Folded words of the article: a lemma the article itself writes is a better lemma (Биби, not Биба). */
    private final Map<String, Integer> observed;

    PersonAssembler(Map<String, Integer> observed) {
        this.observed = observed;
    }

    /**
     * The article writes {@code form} as a word, and the form is not simply one of this mention's own words:
     * a lemma that differs from the written form and is confirmed elsewhere ("Масса" for "Массы").
     */
    private boolean seen(String form, Mention m) {
        if (form == null) {
            return false;
        }
        String f = NameText.fold(form);
        for (String w : m.surface.split("[\\s.]+")) {
            if (NameText.fold(w).equals(f)) {
                return false;
            }
        }
        return observed.getOrDefault(f, 0) > 0;
    }

    /** Past-tense verbs agreeing with each surname key across the article: [male, female] counts. */
    private final Map<String, int[]> agreementByKey = new HashMap<>();

    private Gender documentAgreement(String key) {
        int[] c = agreementByKey.get(key);
        if (c == null || c[0] == c[1]) {
            return Gender.UNKNOWN;
        }
        return c[0] > c[1] ? Gender.MALE : Gender.FEMALE;
    }

    PeopleResult assemble(List<Mention> mentions, Language language) {
        for (Mention m : mentions) {
            if (m.agreement == Gender.UNKNOWN) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            m.surnames.forEach(o -> keys.add(o.key()));
            for (String k : keys) {
                agreementByKey.computeIfAbsent(k, x -> new int[2])[m.agreement == Gender.MALE ? 0 : 1]++;
            }
        }
        List<Draft> drafts = new ArrayList<>();
        List<Mention> surnameOnly = new ArrayList<>();
        List<Mention> firstOnly = new ArrayList<>();
        readSeesOfBishops(mentions);
        readIndeclinableSurfaces(mentions);
        readCompoundSurnames(mentions);
        FullNameReadings.agree(mentions);
        preferGenderOfTheArticle(mentions);
        for (Mention m : mentions) {
            if (m.isFull() && !plausibleFullName(m)) {
                continue;
            }
            if (m.isFull()) {
                resolveFull(m);
                Draft d = findFullMatch(drafts, m);
                if (d == null) {
                    d = reconcile(drafts, m);
                }
                if (d == null) {
                    d = new Draft();
                    d.key = m.surname.key();
                    d.gender = m.gender;
                    d.accepted = true;
                    drafts.add(d);
                }
                add(d, m);
            } else if (m.hasSurname()) {
                surnameOnly.add(m);
            } else if (m.first != null) {
                firstOnly.add(m);
            }
        }
        mergeCaseForms(drafts);
        mergeSpellingVariants(drafts);
        List<Mention> unattached = new ArrayList<>();
        for (Mention m : surnameOnly) {
            if (m.aliasOf != null && attachAsAlias(drafts, m)) {
                continue;
            }
            if (!attachToExisting(drafts, m)) {
                unattached.add(m);
            }
        }
        groupUnattached(unattached, drafts);
        acceptFamilies(drafts);
        for (Mention m : firstOnly) {
            attachFirstOnly(drafts, m);
        }
        List<Draft> accepted = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.accepted) {
                d.mentions.sort(Comparator.comparingInt(x -> x.start));
                accepted.add(d);
            }
        }
        accepted.sort(Comparator.comparingInt((Draft d) -> -d.mentions.size()).thenComparingInt(Draft::firstOffset));
        return build(accepted, language);
    }

    private static void add(Draft d, Mention m) {
        d.mentions.add(m);
        if (d.gender == Gender.UNKNOWN && m.gender != Gender.UNKNOWN) {
            d.gender = m.gender;
        }
    }

    /**
     * A surname form the dictionaries read only in oblique cases (Ukrainian "Бібі": dative of Біба) that the article
     * uses as a subject ("Бібі заявила") and whose nominative it never writes is an indeclinable foreign name: every
     * mention of that form is read as written.
     */
    private void readIndeclinableSurfaces(List<Mention> mentions) {
        Map<String, List<Mention>> bySurface = new HashMap<>();
        for (Mention m : mentions) {
            if (m.hasSurname()) {
                bySurface.computeIfAbsent(surnameWord(m), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<Mention>> e : bySurface.entrySet()) {
            List<Mention> ms = e.getValue();
            boolean subject = ms.stream().anyMatch(m -> m.agreement != Gender.UNKNOWN && m.sentenceStart && !m.isFull());
            // the dictionary's readings: an indeclinable one added after a first name is what this rule decides on
            boolean nominativeReading = ms.get(0).surnames.stream().filter(SurnameOption::dictionary)
                    .anyMatch(o -> o.gramCase() == GrammarCase.NOM || o.gramCase() == GrammarCase.ANY);
            boolean lemmaWritten = ms.get(0).surnames.stream().filter(SurnameOption::dictionary)
                    .anyMatch(o -> observed.getOrDefault(NameText.fold(o.lemma()), 0) > 0);
            if (!subject || nominativeReading || lemmaWritten || ms.stream().anyMatch(m -> !m.dictionarySurname)) {
                continue;
            }
            for (Mention m : ms) {
                String written = m.surface.substring(m.surface.lastIndexOf(' ') + 1);
                m.surnames = List.of(new SurnameOption(written, Gender.UNKNOWN, GrammarCase.ANY, false));
            }
        }
    }

    /**
     * "архиепископ Лонгин Клинский", "митрополит Иларион Волоколамский": after a bishop's title the adjective after the
     * monastic name is the see, not a surname; the person is named by the first name alone.
     */
    private static void readSeesOfBishops(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.isFull() || m.initials != null || m.patronymic != null || m.role == null || m.surface.indexOf(' ') < 0) {
                continue;
            }
            boolean bishop = false;
            for (String w : m.role.split("\\s+")) {
                bishop |= RoleWords.slavicRole(w) == RoleWords.RoleClass.RELIGIOUS;
            }
            String last = NameText.fold(m.surface.substring(m.surface.lastIndexOf(' ') + 1));
            if (bishop && SEE_ENDINGS.stream().anyMatch(last::endsWith)) {
                m.surnames = List.of();
            }
        }
    }

    private static final List<String> SEE_ENDINGS = List.of("ский", "цкий", "ской", "ского", "скому", "ским", "ском",
            "цкого", "ський", "цький", "ського");

    /** The folded last word of a mention, its surname as written. */
    private static String surnameWord(Mention m) {
        return NameText.fold(m.surface.substring(m.surface.lastIndexOf(' ') + 1));
    }

    /** Per surname key, how many full mentions read on their own are [male, female]; see {@link #preferGenderOfTheArticle}. */
    private final Map<String, int[]> fullNameVotes = new HashMap<>();
    /** The vote each full mention cast, so that its own reading does not count as evidence for itself. */
    private final Map<Mention, Vote> ownVote = new java.util.IdentityHashMap<>();

    private record Vote(String key, Gender gender) {}

    /**
     * One reading per name in an article: full mentions are first read one by one, and the gender most of the
     * others show for a surname then tips the mentions that could go either way ("Асия Биби ожидала ..." makes the
     * verbless "Асия Биби" of the next paragraph a woman too, not the genitive of the man's name Асий).
     */
    private void preferGenderOfTheArticle(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.isFull()) {
                resolveFull(m);
                if (m.gender != Gender.UNKNOWN) {
                    fullNameVotes.computeIfAbsent(m.surname.key(), k -> new int[2])[m.gender == Gender.MALE ? 0 : 1]++;
                    ownVote.put(m, new Vote(m.surname.key(), m.gender));
                }
            }
        }
    }

    /** The gender the other full mentions with this surname key mostly show, or null. */
    private Gender usualGender(String key, Mention m) {
        int[] c = fullNameVotes.get(key);
        if (c == null) {
            return null;
        }
        int male = c[0];
        int female = c[1];
        Vote own = ownVote.get(m);
        if (own != null && own.key().equals(key)) {
            // a mention's own first reading is no evidence for itself
            male -= own.gender() == Gender.MALE ? 1 : 0;
            female -= own.gender() == Gender.FEMALE ? 1 : 0;
        }
        return male == female ? null : male > female ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * Chooses the readings of a full mention's first name and surname together: genders must agree, cases
     * should, dictionary readings beat guesses, and a lemma the article writes somewhere beats one it never
     * writes ("Асии Биби" is Асия Биби, not Асий Биба).
     */
    private void resolveFull(Mention m) {
        List<NameReading> firsts = m.firstOptions.isEmpty() ? java.util.Collections.singletonList(null) : m.firstOptions;
        SurnameOption best = null;
        NameReading bestFirst = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (NameReading f : firsts) {
            Gender gf = f == null ? m.firstGender : f.gender();
            for (SurnameOption o : m.surnames) {
                double score = 0;
                if (gf != Gender.UNKNOWN) {
                    // an ungendered reading (indeclinable, or the written form itself) agrees with either
                    score += o.gender() == Gender.UNKNOWN || gf == o.gender() ? 4 : -8;
                }
                Gender g = gf != Gender.UNKNOWN ? gf : o.gender();
                // an ungendered reading (an indeclinable name as written) agrees with a verb of either gender
                if (m.agreement != Gender.UNKNOWN) {
                    score += g == Gender.UNKNOWN || m.agreement == g ? 2 : -2;
                }
                Gender article = documentAgreement(o.key());
                if (article != Gender.UNKNOWN) {
                    score += g == Gender.UNKNOWN || article == g ? 2 : -2;
                }
                score += appositionScore(m, g, f != null && f.gramCase() != GrammarCase.ANY ? f.gramCase() : o.gramCase());
                Gender usual = usualGender(o.key(), m);
                if (usual != null && g != Gender.UNKNOWN) {
                    score += usual == g ? 3 : -3;
                }
                if (f != null && m.guessedFirsts.contains(f)) {
                    score -= 1.5;
                }
                if (f != null) {
                    if (f.gramCase() == o.gramCase() && f.gramCase() != GrammarCase.ANY) {
                        score += 2;
                    } else if (f.gramCase().agrees(o.gramCase())) {
                        score += 1;
                    } else {
                        score -= 2; // the words of one name share a case: "Иван Дуке" is not Иван Дук's prepositional
                    }
                    if (seen(f.lemma(), m)) {
                        score += 2;
                    }
                }
                if (o.dictionary()) {
                    score += 2;
                }
                if (seen(o.lemma(), m)) {
                    score += 3;
                }
                GrammarCase c = f != null && f.gramCase() != GrammarCase.ANY ? f.gramCase() : o.gramCase();
                if (m.definedByDash || m.agreement != Gender.UNKNOWN) {
                    // "Сэйдзи Маэхара отметил", "Ннека Угбома — руководитель": a subject, a nominative
                    score += c == GrammarCase.NOM || c == GrammarCase.ANY ? (m.definedByDash ? 6 : 2) : 0;
                }
                if (!m.contextCases.isEmpty()) {
                    if (c == GrammarCase.ANY || m.contextCases.contains(c)) {
                        score += 3;
                    } else {
                        // "пилот Яуке Шрале работал": not Яука Шрала's dative, and least of all Яук Шрал's
                        // prepositional, which only a preposition governs
                        score -= c == GrammarCase.PREP ? 4 : 2;
                    }
                } else if (c == GrammarCase.NOM || c == GrammarCase.ANY) {
                    score += 1;
                } else if (c == GrammarCase.PREP) {
                    score -= 3; // the prepositional case needs a preposition
                }
                if (f != null && f.gramCase() == GrammarCase.VOC) {
                    score -= 3; // news names people, it does not call them (Мариано is no vocative of Мариана)
                }
                if (score > bestScore) {
                    best = o;
                    bestFirst = f;
                    bestScore = score;
                }
            }
        }
        m.surname = best;
        if (bestFirst != null) {
            m.first = bestFirst.lemma();
            m.firstGender = bestFirst.gender();
        }
        Gender g = m.firstGender != Gender.UNKNOWN ? m.firstGender : best.gender();
        m.gender = g != Gender.UNKNOWN ? g : m.agreement;
    }

    /** A feminine noun or adjective before the name favours a woman's reading in the same case. */
    private static double appositionScore(Mention m, Gender g, GrammarCase c) {
        if (m.feminineApposition.isEmpty() || g == Gender.UNKNOWN) {
            return 0;
        }
        if (g == Gender.MALE) {
            return -3;
        }
        return c == GrammarCase.ANY || m.feminineApposition.contains(c) ? 3 : 1;
    }

    private static Draft findFullMatch(List<Draft> drafts, Mention m) {
        for (Draft d : drafts) {
            if (!d.key.equals(m.surname.key()) || !d.gender.compatibleWith(m.gender)) {
                continue;
            }
            boolean firstsAgree = true;
            for (Mention other : d.mentions) {
                if (!firstNamesCompatible(other, m)) {
                    firstsAgree = false;
                    break;
                }
            }
            if (firstsAgree) {
                return d;
            }
        }
        return null;
    }

    /**
     * A full mention whose first name reads either way ("Асии": Асий's or Асия's) next to an ungendered surname
     * (Биби) joins the person already named with the other reading, taking that reading.
     */
    private static Draft reconcile(List<Draft> drafts, Mention m) {
        if (m.surname.gender() != Gender.UNKNOWN) {
            return null;
        }
        for (Draft d : drafts) {
            if (!d.key.equals(m.surname.key()) || d.gender == Gender.UNKNOWN || d.gender == m.gender) {
                continue;
            }
            for (NameReading f : m.firstOptions) {
                if (f.gender() != d.gender) {
                    continue;
                }
                String saved = m.first;
                Gender savedGender = m.firstGender;
                m.first = f.lemma();
                m.firstGender = f.gender();
                if (d.mentions.stream().allMatch(x -> firstNamesCompatible(x, m))) {
                    m.gender = d.gender;
                    return d;
                }
                m.first = saved;
                m.firstGender = savedGender;
            }
        }
        return null;
    }

    /**
     * Two-word mentions whose "first name" is the first word of another mention's two-word surname ("Гарсии Фресно"
     * beside "Мариано Гарсия Фресно") are that Spanish double surname alone: read as a surname, they join the person
     * named in full.
     */
    private static void readCompoundSurnames(List<Mention> mentions) {
        for (Mention x : mentions) {
            if (!x.isFull() || x.surnames.isEmpty()) {
                continue;
            }
            String lemma = x.surnames.get(0).lemma();
            int space = lemma.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String firstWord = NameText.fold(lemma.substring(0, space));
            String key = x.surnames.get(0).key();
            for (Mention m : mentions) {
                if (m == x || !m.isFull() || m.initials != null || m.patronymic != null
                        || m.surnames.stream().noneMatch(o -> o.key().equals(key))
                        || m.firstOptions.stream().noneMatch(f -> NameText.fold(f.lemma()).equals(firstWord))) {
                    continue;
                }
                m.first = null;
                m.firstOptions = List.of();
                m.firstGender = Gender.UNKNOWN;
                m.surnames = List.of(new SurnameOption(lemma, Gender.UNKNOWN, GrammarCase.ANY, false, key));
            }
        }
    }

    /**
     * A person named only in forms that are an oblique case of another person's name is that person: "Веселина
     * Топалова (Болгария)" read alone is a woman in the nominative, but beside "Веселин Топалов" it is his genitive;
     * "Бесселя Кока" read alone has the surname Кока, but beside "Бессель Кок" it is his genitive. The same words
     * read with another gender are the same person too. A verb agreeing with the other reading keeps the two apart
     * ("Веселина Топалова заявила").
     */
    private static void mergeCaseForms(List<Draft> drafts) {
        for (Draft small : new ArrayList<>(drafts)) {
            for (Draft big : drafts) {
                if (big == small || !drafts.contains(small) || big.mentions.size() < 1) {
                    continue;
                }
                String[] lemmas = fullNameLemmas(big);
                if (big.gender == Gender.UNKNOWN || lemmas[0] == null || lemmas[1] == null) {
                    continue;
                }
                boolean all = true;
                for (Mention x : small.mentions) {
                    String[] words = x.surface.split("[\\s.]+");
                    if (!x.isFull() || x.first == null || words.length != 2
                            || (x.agreement != Gender.UNKNOWN && x.agreement != big.gender)
                            || !(sameName(words, lemmas)
                                    || SurnameForms.obliqueFormOf(lemmas[0], lemmas[1], big.gender, words[0], words[1]))) {
                        all = false;
                        break;
                    }
                }
                if (!all) {
                    continue;
                }
                for (Mention x : small.mentions) {
                    x.first = lemmas[0];
                    x.firstGender = big.gender;
                    x.surname = new SurnameOption(lemmas[1], big.gender, GrammarCase.ANY, false, big.key);
                    x.gender = big.gender;
                    big.mentions.add(x);
                }
                drafts.remove(small);
                break;
            }
        }
    }

    /**
     * One person spelt two ways in one article: the same first name and surnames one letter apart ("Тереза Мэй" and
     * "Тереза Май", "Стелла Кириакидес" and "Стелла Кириакидис").
     */
    private static void mergeSpellingVariants(List<Draft> drafts) {
        for (Draft small : new ArrayList<>(drafts)) {
            String[] sl = fullNameLemmas(small);
            if (sl[0] == null || !drafts.contains(small)) {
                continue;
            }
            for (Draft big : drafts) {
                String[] bl = fullNameLemmas(big);
                if (big == small || bl[0] == null || big.mentions.size() < small.mentions.size()
                        || !big.gender.compatibleWith(small.gender)
                        || !NameKeys.wordKey(sl[0]).equals(NameKeys.wordKey(bl[0]))
                        || big.key.length() < 3 || !oneEditApart(big.key, small.key)) {
                    continue;
                }
                for (Mention x : small.mentions) {
                    add(big, x);
                }
                drafts.remove(small);
                break;
            }
        }
    }

    /** Two different keys one substitution, insertion or deletion apart. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The written words are the first name and surname themselves ("Бессель Кок" read as a woman's first name). */
    private static boolean sameName(String[] words, String[] lemmas) {
        return NameText.fold(words[0]).equals(NameText.fold(lemmas[0])) && NameText.fold(words[1]).equals(NameText.fold(lemmas[1]));
    }

    /** The first name and surname most of the draft's full mentions read (either null when there is none). */
    private static String[] fullNameLemmas(Draft d) {
        Map<String, Integer> firsts = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        for (Mention m : d.mentions) {
            if (m.isFull() && m.first != null && m.surname != null) {
                firsts.merge(m.first, 1, Integer::sum);
                surnames.merge(m.surname.lemma(), 1, Integer::sum);
            }
        }
        return new String[] {mostCommon(firsts), mostCommon(surnames)};
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Дмитрий ~ Дмитро ~ Д.; Виталий is not Владимир. */
    static boolean firstNamesCompatible(Mention a, Mention b) {
        String fa = firstKey(a);
        String fb = firstKey(b);
        if (fa == null || fb == null) {
            return true;
        }
        if (fa.length() == 1 || fb.length() == 1) {
            return fa.charAt(0) == fb.charAt(0);
        }
        int common = 0;
        while (common < Math.min(fa.length(), fb.length()) && fa.charAt(common) == fb.charAt(common)) {
            common++;
        }
        return fa.equals(fb) || common >= Math.min(4, Math.min(fa.length(), fb.length()))
                || withoutFinalVowels(fa).equals(withoutFinalVowels(fb));
    }

    /** "asie" and "asiia" (Асие, Асия), "dmitrii" and "dmitro": one stem, different endings. */
    private static String withoutFinalVowels(String key) {
        int end = key.length();
        while (end > 2 && "aeiouy".indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        return key.substring(0, end);
    }

    private static String firstKey(Mention m) {
        if (m.first != null) {
            return NameKeys.wordKey(m.first);
        }
        if (m.initials != null) {
            String k = NameKeys.wordKey(m.initials.substring(0, 1));
            return k.isEmpty() ? null : k.substring(0, 1);
        }
        return null;
    }

    /** Attaches a surname-only mention to an existing person one of its readings names. */
    private static boolean attachToExisting(List<Draft> drafts, Mention m) {
        Draft best = null;
        SurnameOption bestOption = null;
        int bestScore = Integer.MIN_VALUE;
        for (Draft d : drafts) {
            for (SurnameOption o : m.surnames) {
                if (!o.key().equals(d.key) || !d.gender.compatibleWith(o.gender())) {
                    continue;
                }
                int score = 0;
                if (m.agreement != Gender.UNKNOWN) {
                    score += m.agreement == d.gender ? 4 : -4;
                }
                // the nearest person before the mention wins among namesakes
                int last = -1;
                for (Mention x : d.mentions) {
                    if (x.start < m.start) {
                        last = Math.max(last, x.start);
                    }
                }
                score += last >= 0 ? 1 : 0;
                if (score > bestScore) {
                    best = d;
                    bestOption = o;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return attachAsCaseForm(drafts, m) || attachAsFirstName(drafts, m);
        }
        m.surname = bestOption;
        m.gender = best.gender != Gender.UNKNOWN ? best.gender : bestOption.gender();
        add(best, m);
        return true;
    }

    /** A maiden name in brackets joins the person it follows, read in that person's gender and not naming them. */
    private static boolean attachAsAlias(List<Draft> drafts, Mention m) {
        for (Draft d : drafts) {
            if (!d.mentions.contains(m.aliasOf)) {
                continue;
            }
            SurnameOption chosen = m.surnames.stream().filter(o -> d.gender.compatibleWith(o.gender()))
                    .findFirst().orElse(m.surnames.get(0));
            // as written, the alias does not vote for the canonical surname against the full name's
            m.surname = new SurnameOption(chosen.lemma(), chosen.gender(), chosen.gramCase(), false, d.key);
            m.gender = d.gender;
            add(d, m);
            return true;
        }
        return false;
    }

    /**
     * A lone word none of whose surname readings names a person of the article, read as the first name of exactly one
     * person named in full ("по делу Сулима", "братом Сулимы" beside "Сулим Ямадаев").
     */
    private static boolean attachAsFirstName(List<Draft> drafts, Mention m) {
        if (m.surface.indexOf(' ') >= 0 || m.role != null) {
            return false; // "пророка Мухаммеда": a role introduces a person of its own
        }
        Draft found = null;
        NameReading reading = null;
        for (Draft d : drafts) {
            if (!d.accepted) {
                continue;
            }
            List<NameReading> readings = new ArrayList<>(m.firstOptions);
            String[] lemmas = fullNameLemmas(d);
            if (lemmas[0] != null && d.gender != Gender.UNKNOWN
                    && SurnameForms.firstNameForms(lemmas[0], d.gender).stream().anyMatch(m.surface::equalsIgnoreCase)) {
                // a first name the dictionaries do not know, declined (Сулима of Сулим)
                readings.add(new NameReading(dev.newsdigest.digest.people.morph.NameKind.FIRST, lemmas[0], d.gender,
                        GrammarCase.ANY, false, false));
            }
            for (NameReading f : readings) {
                String fk = NameKeys.wordKey(f.lemma());
                boolean named = d.mentions.stream().anyMatch(x -> x.isFull() && x.first != null
                        && NameKeys.wordKey(x.first).equals(fk) && d.gender.compatibleWith(f.gender()));
                if (named) {
                    if (found != null && found != d) {
                        return false; // two people with that first name
                    }
                    found = d;
                    reading = f;
                }
            }
        }
        if (found == null) {
            return false;
        }
        m.first = reading.lemma();
        m.firstGender = reading.gender();
        m.surnames = List.of();
        m.surname = null;
        m.gender = found.gender;
        add(found, m);
        return true;
    }

    /**
     * A lone surname none of whose readings names a person of the article, written as an oblique case of one
     * person's surname ("Брода" beside "Александр Брод": the dictionary reads Брода, not Брод's genitive).
     */
    private static boolean attachAsCaseForm(List<Draft> drafts, Mention m) {
        if (m.isFull() || m.surface.indexOf(' ') >= 0) {
            return false;
        }
        Draft found = null;
        for (Draft d : drafts) {
            if (!d.accepted || d.gender == Gender.UNKNOWN || (m.agreement != Gender.UNKNOWN && m.agreement != d.gender)) {
                continue;
            }
            String lemma = fullNameLemmas(d)[1];
            if (lemma != null && SurnameForms.caseForms(lemma, d.gender).stream().anyMatch(m.surface::equalsIgnoreCase)) {
                if (found != null) {
                    return false; // two people it could be
                }
                found = d;
            }
        }
        if (found == null) {
            return false;
        }
        m.surname = new SurnameOption(fullNameLemmas(found)[1], found.gender, GrammarCase.ANY, false, found.key);
        m.gender = found.gender;
        add(found, m);
        return true;
    }

    /** Groups surname-only mentions of people never named in full, choosing the reading most mentions share. */
    private void groupUnattached(List<Mention> unattached, List<Draft> drafts) {
        Map<String, Integer> support = new HashMap<>();
        for (Mention m : unattached) {
            Set<String> seen = new LinkedHashSet<>();
            for (SurnameOption o : m.surnames) {
                seen.add(o.key() + "|" + o.gender());
            }
            for (String s : seen) {
                support.merge(s, 1, Integer::sum);
            }
        }
        // one reading per written form: the evidence of every mention of "Меркель" decides for all of them, so
        // that a verb agreeing with one mention does not split her from the others
        Map<String, Map<String, Double>> bySurface = new HashMap<>();
        for (Mention m : unattached) {
            Map<String, Double> votes = bySurface.computeIfAbsent(NameText.fold(m.surface), k -> new HashMap<>());
            for (SurnameOption o : m.surnames) {
                if (m.agreement != Gender.UNKNOWN && o.gender() != Gender.UNKNOWN) {
                    votes.merge(o.key() + "|" + o.gender(), m.agreement == o.gender() ? 1.0 : -1.0, Double::sum);
                }
            }
        }
        Map<String, Draft> byKey = new HashMap<>();
        for (Mention m : unattached) {
            SurnameOption best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            Map<String, Double> surfaceVotes = bySurface.get(NameText.fold(m.surface));
            for (SurnameOption o : m.surnames) {
                double score = support.getOrDefault(o.key() + "|" + o.gender(), 0);
                score += 3 * Math.signum(surfaceVotes.getOrDefault(o.key() + "|" + o.gender(), 0.0));
                if (m.agreement != Gender.UNKNOWN) {
                    score += o.gender() == Gender.UNKNOWN || m.agreement == o.gender() ? 3 : -3;
                }
                if (!m.feminineApposition.isEmpty() && o.gender() != Gender.UNKNOWN) {
                    // "всемирно известная Ванга": a feminine word before the name says a woman
                    score += o.gender() == Gender.FEMALE ? 2 : -2;
                }
                if ((m.agreement != Gender.UNKNOWN || m.definedByDash)
                        && (o.gramCase() == GrammarCase.NOM || o.gramCase() == GrammarCase.ANY)) {
                    score += 1; // a subject: the nominative
                }
                if (o.dictionary()) {
                    score += 0.5;
                }
                if (seen(o.lemma(), m)) {
                    score += 1.5;
                }
                if (o.gender() == Gender.MALE) {
                    score += 0.2; // without other evidence, "Байдена" is more often a man's genitive
                }
                if (o.gramCase() == GrammarCase.NOM || o.gramCase() == GrammarCase.ANY) {
                    score += 0.1;
                }
                if (o.gramCase() == GrammarCase.PREP && m.contextCases.isEmpty()) {
                    score -= 1;
                }
                if (score > bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            m.surname = best;
            m.gender = best.gender() != Gender.UNKNOWN ? best.gender() : m.agreement;
            String k = best.key() + "|" + (m.gender == Gender.UNKNOWN ? "" : m.gender);
            Draft d = byKey.get(k);
            if (d == null) {
                // an UNKNOWN-gender group may still join a gendered one with the same key
                for (Map.Entry<String, Draft> e : byKey.entrySet()) {
                    if (e.getValue().key.equals(best.key()) && e.getValue().gender.compatibleWith(m.gender)) {
                        d = e.getValue();
                        break;
                    }
                }
            }
            if (d == null) {
                d = new Draft();
                d.key = best.key();
                d.gender = m.gender;
                byKey.put(k, d);
                drafts.add(d);
            }
            add(d, m);
            if (strongAlone(m)) {
                d.accepted = true;
            }
        }
        for (Draft d : byKey.values()) {
            if (!d.accepted && recurringSubject(d)) {
                d.accepted = true;
            }
        }
    }

    /**
     * A first name and a surname that may still be something else: two foreign-looking words right after
     * "компании", "газопровода" are a company or a pipeline ("компании Юнипер Газ"), unless the first name is one the
     * dictionaries know ("фонд Билла Гейтса").
     */
    private static boolean plausibleFullName(Mention m) {
        if (m.commonNounSurname && m.role == null && m.agreement == Gender.UNKNOWN) {
            return false; // "фотограф Ассошиэйтед Пресс", "Юнипер Газ"; "Йохен Шарф заявил" is a person
        }
        if (m.afterEponymNoun && (genitiveOnly(m) || (m.role == null && genitivePair(m)))) {
            return false; // "институт Макса Планка", "университета Джонса Хопкинса"
        }
        return !(namesAnInstitution(m) && m.role == null && m.initials == null && !m.firstFromDictionary
                && m.first != null && NameText.isCyrillic(m.first));
    }

    /**
     * The first name and the surname can both be read as genitives of one gender ("Інституті Роберта Коха": Роберт's
     * and Кох's): after an institution named after someone, that is its namesake.
     */
    private static boolean genitivePair(Mention m) {
        for (NameReading f : m.firstOptions) {
            for (SurnameOption o : m.surnames) {
                if (f.gramCase() == GrammarCase.GEN && o.gramCase() == GrammarCase.GEN
                        && (f.gender() == o.gender() || o.gender() == Gender.UNKNOWN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every reading of the mention's first word is a genitive (Макса, Гамалеи), none a nominative. */
    private static boolean genitiveOnly(Mention m) {
        if (!m.firstOptions.isEmpty()) {
            return m.firstOptions.stream().anyMatch(f -> f.gramCase() == GrammarCase.GEN)
                    && m.firstOptions.stream().noneMatch(f -> f.gramCase() == GrammarCase.NOM || f.gramCase() == GrammarCase.ANY);
        }
        return m.surnames.stream().anyMatch(o -> o.gramCase() == GrammarCase.GEN)
                && m.surnames.stream().noneMatch(o -> o.gramCase() == GrammarCase.NOM);
    }

    /**
     * The name right after "компании", "агентство", "закон" is the institution's own name ("агентство Рейтер",
     * "компании Юнипер Газ": nominative or indeclinable), unless it stands in the genitive of a possessor
     * ("компании Сечина", "закон Гука"), which is a person.
     */
    private static boolean namesAnInstitution(Mention m) {
        if (!m.afterInstitutionNoun) {
            return false;
        }
        if (m.afterEponymNoun) {
            return true; // a genitive after "центр", "закон" is the eponym
        }
        for (SurnameOption o : m.surnames) {
            if (o.gramCase() == GrammarCase.GEN && o.dictionary()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A surname in the plural ("Скрипали", "Скрипалей", "Ивановых") of a person the article names is that person's
     * family: one entry named in the plural nominative, apart from each member.
     */
    private static void acceptFamilies(List<Draft> drafts) {
        List<Draft> named = drafts.stream().filter(d -> d.accepted).toList();
        for (Draft d : drafts) {
            if (d.accepted || d.mentions.stream().anyMatch(Mention::isFull)) {
                continue;
            }
            for (Draft person : named) {
                String singular = person.mentions.stream().filter(x -> x.surname != null && x.surname.dictionary())
                        .map(x -> x.surname.lemma()).findFirst()
                        .orElse(person.mentions.get(0).surname == null ? null : person.mentions.get(0).surname.lemma());
                if (singular == null) {
                    continue;
                }
                List<String> plural = SurnameForms.pluralForms(SurnameForms.masculine(singular));
                if (plural.isEmpty() || !d.mentions.stream().allMatch(x -> plural.contains(NameText.fold(x.surface)))) {
                    continue;
                }
                String nominative = NameText.capitalise(plural.get(0));
                for (Mention x : d.mentions) {
                    x.surname = new SurnameOption(nominative, Gender.UNKNOWN, GrammarCase.ANY, false);
                    x.gender = Gender.UNKNOWN;
                }
                d.gender = Gender.UNKNOWN;
                d.accepted = true;
                break;
            }
        }
    }

    /**
     * A name no dictionary knows that the article keeps using as a subject: three or more mentions, at least
     * two inside sentences, with a past-tense verb agreeing with it ("Биби ожидала", "Биби стала").
     */
    private static boolean recurringSubject(Draft d) {
        if (d.mentions.size() < 3) {
            return false;
        }
        int inside = 0;
        int agreeing = 0;
        for (Mention m : d.mentions) {
            if (m.placeWord || m.adjectiveWord || m.afterPlacePreposition || m.surface.indexOf('-') >= 0) {
                return false;
            }
            if (!m.sentenceStart) {
                inside++;
            }
            if (m.agreement != Gender.UNKNOWN) {
                agreeing++;
            }
        }
        return inside >= 2 && agreeing >= 1;
    }

    /**
     * Evidence that a surname standing alone is a person: a role before it; or a dictionary surname that is
     * not also a place, an organisation or an adjective (Лондон, Северный) and, at a sentence start, is not
     * also a common word unless a verb agrees with it; or, for a word no dictionary knows, a noun that usually
     * governs a person ("администрацией Байдена").
     */
    private static boolean strongAlone(Mention m) {
        if (m.speechCue) {
            return true; // "Maddow said", "said Hale": only English mentions carry this cue
        }
        if (m.headsNounPhrase) {
            return false; // "председатель Лиги украинок", "аким Жамбылской области"
        }
        if (m.articleName && !m.afterInstitutionNoun) {
            return true; // "в игре аль-Барадеи", "в работах ибн Эзра"
        }
        if (namesAnInstitution(m) && (m.afterEponymNoun || !(m.role != null && m.dictionarySurname && !m.placeWord))) {
            return false; // "агентство Рейтер", "лидер группировки Техрик"; but "мэр города Лужков"
        }
        // a role makes a person of the name it stands next to, not of the place it governs ("мэра Лондона",
        // "патриарх Московский"); a name no dictionary knows must follow the role word or its capitalised
        // complement ("министр по делам Брекзита" names a portfolio)
        if (m.role != null && !m.placeWord && !m.adjectiveWord
                && (m.dictionarySurname || m.roleAdjacent || NameText.isLatin(m.surface))) {
            return true;
        }
        if (m.afterPlacePreposition) {
            return false;
        }
        if (m.dictionarySurname) {
            if (m.placeWord || m.adjectiveWord) {
                return m.personCue && !m.sentenceStart;
            }
            if (m.sentenceStart && m.ambiguousWord) {
                // "Война лишила нас ...": a common noun in the nominative is the subject itself; "Путин также
                // подпишет": a word whose common readings are all oblique (путин, of путина), read as a surname in
                // the nominative before a verb, is the subject's surname
                return !m.commonOpener && m.finiteVerbFollows
                        && (m.surname.gramCase() == GrammarCase.NOM || m.surname.gramCase() == GrammarCase.ANY);
            }
            return true;
        }
        return (m.personCue || m.afterPersonNoun) && !m.sentenceStart && !m.commonNounLemma;
    }

    private static void attachFirstOnly(List<Draft> drafts, Mention m) {
        String fk = NameKeys.wordKey(m.first);
        Draft match = null;
        int matches = 0;
        for (Draft d : drafts) {
            if (!d.accepted) {
                continue;
            }
            boolean hit = false;
            for (Mention x : d.mentions) {
                if (x.first != null && firstNamesCompatible(x, m) && NameKeys.wordKey(x.first).equals(fk)
                        && (m.patronymic == null || x.patronymic == null || x.patronymic.equals(m.patronymic))) {
                    hit = true;
                }
            }
            if (!hit && d.key.equals(fk)) {
                hit = true; // "Дэвис" read as a first name is the surname of Дэвис Дэвис
            }
            if (hit && d.gender.compatibleWith(m.firstGender)) {
                match = d;
                matches++;
            }
        }
        if (matches == 1) {
            m.gender = match.gender;
            add(match, m);
            return;
        }
        if (matches == 0 && m.patronymic != null) {
            // "Наина Иосифовна", "Роман Абрамович": a first name and patronymic alone name someone the article
            // knows well; the patronymic stands where the surname would (Абрамович is often the surname itself)
            m.surname = new SurnameOption(m.patronymic, m.firstGender, GrammarCase.ANY, true);
            Draft d = new Draft();
            d.key = m.surname.key();
            d.gender = m.firstGender;
            d.accepted = true;
            m.gender = m.firstGender;
            add(d, m);
            drafts.add(d);
            return;
        }
        // "его 16-летняя дочь Лиза", "мать Раиса": a word for a person before a first name makes it one too
        boolean introduced = m.role != null || (m.afterPersonNoun && !m.sentenceStart) || m.personNounAfter;
        if (matches == 0 && introduced && m.patronymic == null && !m.placeWord && !m.afterInstitutionNoun) {
            Draft d = new Draft();
            d.key = fk;
            d.gender = m.firstGender;
            d.accepted = true;
            m.gender = m.firstGender;
            add(d, m);
            drafts.add(d);
        }
    }

    private static PeopleResult build(List<Draft> drafts, Language language) {
        List<Person> people = new ArrayList<>();
        List<PersonMention> mentions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Person p = CanonicalName.person(d.mentions, d.gender, language);
            people.add(p);
            for (Mention m : d.mentions) {
                Gender g = d.gender != Gender.UNKNOWN ? d.gender : m.gender;
                mentions.add(new PersonMention(m.start, m.end, m.surface, g, i));
            }
        }
        return new PeopleResult(people, mentions);
    }

    static boolean sameScript(String word, Language language) {
        if (language == Language.UK) {
            return !NameText.hasRussianLetters(word);
        }
        if (language == Language.RU) {
            return !NameText.hasUkrainianLetters(word);
        }
        return true;
    }
}
