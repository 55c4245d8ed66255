package dev.newsdigest.digest.people.morph;

import dev.newsdigest.digest.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Russian and Ukrainian morphological dictionaries of LanguageTool, read directly with morfologik.
 *
 * <ul>
 *   <li>{@code org/languagetool/resource/ru/russian.dict} (artifact {@code org.languagetool:language-ru}, LGPL,
 *       from aot.ru): lower-case entries, tags such as {@code NN:Fam:Masc:Sin:R}; a surname's lemma is its
 *       masculine nominative, so "Пескова" reads as {@code песков} female nominative or male genitive.</li>
 *   <li>{@code org/languagetool/resource/uk/ukrainian.dict} (artifact {@code ua.net.nlp:morfologik-ukrainian-lt},
 *       data from dict_uk, CC BY-NC-SA 4.0): proper nouns capitalised, tags such as
 *       {@code noun:anim:f:v_rod:prop:lname}; it also knows many foreign names in Cyrillic (Трамп, Байден,
 *       Ердоган) that the Russian dictionary lacks, which we reach by respelling Russian letters
 *       (э → е, ы → и, и → і).</li>
 * </ul>
 *
 * <p>The dictionaries are read once per process by {@link SlavicDictionaries}, which the quote stage shares: each
 * thread gets its own {@link DictionaryLookup} because a lookup reuses its buffers.
 */
public final class MorphDictionaries {
    private final ThreadLocal<DictionaryLookup> russian;
    private final ThreadLocal<DictionaryLookup> ukrainian;

    private MorphDictionaries(Dictionary ru, Dictionary uk) {
        this.russian = ThreadLocal.withInitial(() -> new DictionaryLookup(ru));
        this.ukrainian = ThreadLocal.withInitial(() -> new DictionaryLookup(uk));
    }

    private static final class Holder {
        static final MorphDictionaries INSTANCE = new MorphDictionaries(SlavicDictionaries.russian(),
                SlavicDictionaries.ukrainian());
    }

    /** The shared instance; the first call loads both dictionaries (see {@link SlavicDictionaries}). */
    public static MorphDictionaries get() {
        return Holder.INSTANCE;
    }

    /** Answers for recent words: most of an article's words were looked up for an earlier article. */
    private final BoundedCache<String, WordProfile> profiles = new BoundedCache<>(CACHED_WORDS);
    private static final int CACHED_WORDS = 50_000;

    /** Everything both dictionaries say about {@code word} as written (case matters for proper nouns). */
    public WordProfile analyze(String word) {
        return profiles.get(word, this::lookUp);
    }

    private WordProfile lookUp(String word) {
        String w = normaliseApostrophes(word);
        String lower = w.toLowerCase(Locale.ROOT);
        Builder b = new Builder();
        readRussian(lower, w, b);
        if (!lower.equals(w)) {
            readUkrainian(w, w, b, false);
        }
        readUkrainian(lower, w, b, true);
        if (!b.hasNameOrPlace() && isCapitalised(w)) {
            // Foreign names missing from the Russian dictionary are often in the Ukrainian one, spelt
            // Ukrainian-style: Эрдогана → Ердогана, Мэй → Мей, Кенни → Кенні.
            String respelt = respellRussianAsUkrainian(w, false);
            if (!respelt.equals(w)) {
                readUkrainianRespelt(respelt, w, b);
            }
            if (!b.hasNameOrPlace()) {
                String respelt2 = respellRussianAsUkrainian(w, true);
                if (!respelt2.equals(respelt)) {
                    readUkrainianRespelt(respelt2, w, b);
                }
            }
        }
        if (!b.place && isCapitalised(w) && !NameText.hasUkrainianLetters(w)) {
            // Places are tagged only in the Ukrainian dictionary, spelt the Ukrainian way (Берлин → Берлін) and
            // inflected the Ukrainian way, so a Russian case form is checked through its Russian lemma too
            // (Лондоне → Лондон).
            b.place = isUkrainianPlace(respellRussianAsUkrainian(w, false))
                    || isUkrainianPlace(respellRussianAsUkrainian(w, true));
            for (String lemma : b.russianLemmas) {
                if (b.place) {
                    break;
                }
                String cap = NameText.capitalise(lemma);
                b.place = !cap.equals(w) && (isUkrainianPlace(cap) || isUkrainianPlace(respellRussianAsUkrainian(cap, true)));
            }
        }
        return b.build();
    }

    private boolean isUkrainianPlace(String form) {
        for (WordData d : ukrainian.get().lookup(form)) {
            if (String.valueOf(d.getTag()).contains(":geo")) {
                return true;
            }
        }
        return false;
    }

    /** True when every Russian reading of the lower-cased word is a feminine singular participle (приговорённая). */
    public boolean feminineParticiple(String word) {
        boolean any = false;
        for (WordData d : russian.get().lookup(word.toLowerCase(Locale.ROOT))) {
            String tag = String.valueOf(d.getTag());
            if (!tag.startsWith("PT:") || !tag.contains(":Fem")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True when the Russian dictionary knows the lower-cased word as an inanimate common noun (власти, поток). */
    public boolean russianInanimateNoun(String word) {
        for (WordData d : russian.get().lookup(word.toLowerCase(Locale.ROOT))) {
            if (String.valueOf(d.getTag()).startsWith("NN:Inanim")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a common reading of the lower-cased word could itself open a sentence: a noun in the nominative
     * (война, листи, людина) or an adverb, conjunction, particle or pronoun (далі). A capitalised word with such a
     * reading at a sentence start is no evidence of a surname (Война, Далі), while one whose common readings are all
     * oblique cases (путин: of путина) is.
     */
    public boolean commonSentenceOpener(String word, boolean russianArticle) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (russianArticle) {
            for (WordData d : russian.get().lookup(lower)) {
                String tag = String.valueOf(d.getTag());
                if ((tag.startsWith("NN:Anim") || tag.startsWith("NN:Inanim")) && tag.contains(":Nom")
                        || RUSSIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith)) {
                    return true;
                }
            }
            return false;
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.contains(":prop")) {
                continue;
            }
            if (tag.startsWith("noun") && tag.contains("v_naz") || UKRAINIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** True when the lower-cased word is a singular form of a common noun whose lemma is one of {@code lemmas}. */
    public boolean commonNounOf(String word, java.util.Set<String> lemmas) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("NN:") && tag.contains(":Sin") && lemmas.contains(String.valueOf(d.getStem()))) {
                return true;
            }
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("noun") && !tag.contains(":prop") && !tag.contains(":p:")
                    && lemmas.contains(String.valueOf(d.getStem()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the lower-cased word is a noun in the nominative plural (представители, сотрудники, представники). */
    public boolean nominativePluralNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("NN:") && tag.contains(":PL") && tag.contains(":Nom")) {
                return true;
            }
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("noun") && tag.contains(":p:") && tag.contains("v_naz")) {
                return true;
            }
        }
        return false;
    }

    /** True when every noun reading of the lower-cased word is plural (активистам, представникам), and there is one. */
    public boolean pluralOnlyNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean noun = false;
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("NN:")) {
                if (!tag.contains(":PL")) {
                    return false;
                }
                noun = true;
            }
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("noun")) {
                if (!tag.contains(":p:")) {
                    return false;
                }
                noun = true;
            }
        }
        return noun;
    }

    /** True when some reading of the lower-cased word is a preposition, conjunction, particle or adverb (під, после). */
    public boolean hasFunctionReading(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (RUSSIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith)) {
                return true;
            }
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (UKRAINIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** True when a reading of the lower-cased word is a finite verb: past, present or future (заявил, подпишет, вважає). */
    public boolean finiteVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("VB:Past") || tag.startsWith("VB:Real") || tag.startsWith("VB:Fut")) {
                return true;
            }
        }
        for (WordData d : ukrainian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            if (tag.startsWith("verb") && (tag.contains(":past") || tag.contains(":pres") || tag.contains(":futr"))) {
                return true;
            }
        }
        return false;
    }

    /** Gender of a past-tense verb form (заявила, сказав), UNKNOWN for anything else. */
    public Gender pastVerbGender(String word) {
        return analyze(word.toLowerCase(Locale.ROOT)).pastVerbGender();
    }

    private void readRussian(String lower, String surface, Builder b) {
        for (WordData d : russian.get().lookup(lower)) {
            String tag = String.valueOf(d.getTag());
            String stem = String.valueOf(d.getStem());
            b.russianFunction.read(RUSSIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith));
            if (tag.startsWith("NN") && tag.contains(":Sin")) {
                b.russianLemmas.add(stem); // a place is named in the singular: лужков (of лужок) names no Лужок
            }
            if (tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr")) {
                NameKind kind = tag.startsWith("NN:Name") ? NameKind.FIRST
                        : tag.startsWith("NN:Fam") ? NameKind.SURNAME : NameKind.PATRONYMIC;
                Gender g = tag.contains(":Fem") ? Gender.FEMALE : tag.contains(":Masc") ? Gender.MALE : Gender.UNKNOWN;
                boolean plural = tag.contains(":PL");
                GrammarCase c = russianCase(tag);
                String lemma = switch (kind) {
                    case SURNAME -> g == Gender.FEMALE ? SurnameForms.feminine(stem) : stem;
                    case FIRST -> stem;
                    case PATRONYMIC -> SurnameForms.patronymicNominative(lower, g);
                };
                b.names.add(new NameReading(kind, NameText.capitaliseLike(lemma.replace('ё', 'е'), surface), g, c, plural,
                        false));
            } else {
                b.common = true;
                b.russianCommon = true;
                if ((tag.startsWith("ADJ") || tag.startsWith("PT:")) && !tag.startsWith("ADJ:Short")
                        && !tag.startsWith("ADJ:MPR")) {
                    // full adjectives only: short and possessive forms (лавров, петров) are surnames' shapes
                    b.adjective = true;
                }
                if (tag.startsWith("NN:")) {
                    b.nounCases.add(russianCase(tag));
                }
                boolean feminineSingular = tag.contains(":Fem") && !tag.contains(":PL");
                if (feminineSingular && (tag.startsWith("NN:Anim") || tag.startsWith("ADJ:Posit") || tag.startsWith("PT:"))) {
                    b.feminineCases.add(russianCase(tag));
                }
                if (tag.startsWith("NN:Anim") && !tag.contains(":PL")) {
                    b.personNounCases.add(russianCase(tag));
                }
                if (tag.startsWith("NN:Anim:Masc")) {
                    b.masculinePerson = true; // судья, коллега: either gender
                }
                if (tag.startsWith("VB:Past")) {
                    b.verbGender(tag.contains(":Fem") ? Gender.FEMALE : tag.contains(":Masc") ? Gender.MALE : Gender.UNKNOWN);
                }
            }
        }
    }

    private void readUkrainian(String lookupForm, String surface, Builder b, boolean lowerCaseForm) {
        for (WordData d : ukrainian.get().lookup(lookupForm)) {
            if (lowerCaseForm) {
                String tag = String.valueOf(d.getTag());
                b.ukrainianFunction.read(UKRAINIAN_FUNCTION_TAGS.stream().anyMatch(tag::startsWith) || tag.contains(":pron"));
            }
            addUkrainian(String.valueOf(d.getTag()), String.valueOf(d.getStem()), surface, b, lowerCaseForm, null);
        }
    }

    private void readUkrainianRespelt(String respelt, String surface, Builder b) {
        for (WordData d : ukrainian.get().lookup(respelt)) {
            String tag = String.valueOf(d.getTag());
            if (tag.contains(":lname") || tag.contains(":fname")) {
                addUkrainian(tag, String.valueOf(d.getStem()), surface, b, false, respelt);
            }
        }
    }

    private static void addUkrainian(String tag, String stem, String surface, Builder b, boolean lowerCaseForm,
                                     String respelt) {
        boolean prop = tag.contains(":prop");
        if (prop && (tag.contains(":fname") || tag.contains(":lname") || tag.contains(":patr"))) {
            if (lowerCaseForm) {
                return; // a lower-case word is never a name
            }
            NameKind kind = tag.contains(":fname") ? NameKind.FIRST : tag.contains(":lname") ? NameKind.SURNAME
                    : NameKind.PATRONYMIC;
            Gender g = tag.contains(":f:") ? Gender.FEMALE : tag.contains(":m:") ? Gender.MALE : Gender.UNKNOWN;
            boolean plural = tag.contains(":p:");
            GrammarCase c = tag.contains(":nv") ? GrammarCase.ANY : ukrainianCase(tag);
            String lemma = respelt == null ? stem : NameText.realign(surface, respelt, stem);
            if (kind == NameKind.PATRONYMIC && g == Gender.UNKNOWN) {
                return;
            }
            b.names.add(new NameReading(kind, lemma, g, c, plural, true));
        } else if (prop && tag.contains(":geo")) {
            if (!lowerCaseForm) {
                b.place = true;
            }
        } else if (prop) {
            if (!lowerCaseForm) {
                b.otherProper = true;
            }
        } else if (lowerCaseForm) {
            if (tag.contains("v_kly")) {
                return; // a vocative (гайко, from гайка) is no reason to doubt a capitalised name
            }
            b.common = true;
            if (tag.startsWith("adj")) {
                b.adjective = true;
            }
            if (tag.startsWith("noun")) {
                b.nounCases.add(ukrainianCase(tag));
            }
            boolean feminineSingular = tag.contains(":f:") && !tag.contains(":p:");
            if (feminineSingular && (tag.startsWith("noun:anim") || tag.startsWith("adj"))) {
                b.feminineCases.add(ukrainianCase(tag));
            }
            if (tag.startsWith("noun:anim") && !tag.contains(":p:")) {
                b.personNounCases.add(ukrainianCase(tag));
            }
            if (tag.startsWith("noun:anim:m:") || tag.startsWith("noun:anim:s:")) {
                b.masculinePerson = true;
            }
            if (tag.startsWith("verb") && tag.contains(":past")) {
                b.verbGender(tag.contains(":f") && !tag.contains(":m") ? Gender.FEMALE
                        : tag.contains(":m") ? Gender.MALE : Gender.UNKNOWN);
            }
        }
    }

    /**
     * Tags of words that never name anything: conjunctions, adverbs, prepositions, particles, pronouns (not
     * interjections: Хайль, Ху are names too).
     */
    private static final List<String> RUSSIAN_FUNCTION_TAGS = List.of("CONJ", "ADV", "PREP", "PARTICLE", "PRDC",
            "PNN");
    private static final List<String> UKRAINIAN_FUNCTION_TAGS = List.of("conj", "adv", "prep", "part");

    /**
     * True when the word as written is the nominative of a place the Ukrainian dictionary knows (Вара, Берлін), not
     * an oblique case of one (України, Пакистана): a place in the nominative does not govern the name before it.
     */
    public boolean nominativePlace(String word) {
        String w = normaliseApostrophes(word);
        for (String form : new String[] {w, respellRussianAsUkrainian(w, false), respellRussianAsUkrainian(w, true)}) {
            for (WordData d : ukrainian.get().lookup(form)) {
                String tag = String.valueOf(d.getTag());
                if (tag.contains(":geo") && tag.contains("v_naz")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static GrammarCase russianCase(String tag) {
        for (String part : tag.split(":")) {
            switch (part) {
                case "Nom": return GrammarCase.NOM;
                case "R", "2R": return GrammarCase.GEN;
                case "D": return GrammarCase.DAT;
                case "V": return GrammarCase.ACC;
                case "T": return GrammarCase.INS;
                case "P", "2P": return GrammarCase.PREP;
                case "Z": return GrammarCase.VOC;
                default: break;
            }
        }
        return GrammarCase.ANY;
    }

    private static GrammarCase ukrainianCase(String tag) {
        if (tag.contains("v_naz")) return GrammarCase.NOM;
        if (tag.contains("v_rod")) return GrammarCase.GEN;
        if (tag.contains("v_dav")) return GrammarCase.DAT;
        if (tag.contains("v_zna")) return GrammarCase.ACC;
        if (tag.contains("v_oru")) return GrammarCase.INS;
        if (tag.contains("v_mis")) return GrammarCase.PREP;
        if (tag.contains("v_kly")) return GrammarCase.VOC;
        return GrammarCase.ANY;
    }

    /** Russian spelling of a foreign name → Ukrainian spelling, letter for letter so offsets stay aligned. */
    static String respellRussianAsUkrainian(String w, boolean iToI) {
        StringBuilder s = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            s.append(switch (c) {
                case 'э' -> 'е';
                case 'Э' -> 'Е';
                case 'ы' -> 'и';
                case 'и' -> iToI ? 'і' : 'и';
                case 'И' -> iToI ? 'І' : 'И';
                case 'ё' -> 'е';
                default -> c;
            });
        }
        return s.toString();
    }

    static String normaliseApostrophes(String w) {
        if (w.indexOf('’') < 0 && w.indexOf('ʼ') < 0 && w.indexOf('`') < 0 && w.indexOf('‘') < 0) {
            return w;
        }
        return w.replace('’', '\'').replace('ʼ', '\'').replace('`', '\'').replace('‘', '\'');
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Whether a dictionary had readings of a word, and whether all of them had some property. */
    private static final class Tally {
        boolean seen;
        boolean all = true;

        void read(boolean has) {
            seen = true;
            all &= has;
        }
    }

    private static final class Builder {
        final List<NameReading> names = new ArrayList<>();
        boolean common;
        boolean russianCommon;
        boolean place;
        boolean otherProper;
        boolean adjective;
        final java.util.Set<String> russianLemmas = new java.util.LinkedHashSet<>();
        final java.util.Set<GrammarCase> nounCases = java.util.EnumSet.noneOf(GrammarCase.class);
        final java.util.Set<GrammarCase> feminineCases = java.util.EnumSet.noneOf(GrammarCase.class);
        Gender verbGender = null;
        boolean masculinePerson;
        final java.util.Set<GrammarCase> personNounCases = java.util.EnumSet.noneOf(GrammarCase.class);
        final Tally russianFunction = new Tally();
        final Tally ukrainianFunction = new Tally();

        void verbGender(Gender g) {
            if (verbGender == null) {
                verbGender = g;
            } else if (verbGender != g) {
                verbGender = Gender.UNKNOWN;
            }
        }

        boolean hasNameOrPlace() {
            return !names.isEmpty() || place;
        }

        WordProfile build() {
            // a function word in every dictionary that knows the word at all
            boolean functionWord = names.isEmpty() && (russianFunction.seen || ukrainianFunction.seen)
                    && (!russianFunction.seen || russianFunction.all) && (!ukrainianFunction.seen || ukrainianFunction.all);
            return new WordProfile(names, common, russianCommon, adjective, place, otherProper, nounCases, verbGender,
                    personNounCases, masculinePerson ? java.util.Set.of() : feminineCases, functionWord);
        }
    }
}
