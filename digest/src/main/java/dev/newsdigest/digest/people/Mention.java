package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.NameReading;
import java.util.List;

/**
 * One name found in the text, before mentions are merged into persons. Mutable while the finder resolves it:
 * {@link #surname}, {@link #gender} and {@link #person} are set by {@link PersonAssembler}.
 */
final class Mention {

    /** A possible nominative surname for this mention with the gender and case that reading implies. */
    record SurnameOption(String lemma, Gender gender, GrammarCase gramCase, boolean dictionary, String key) {
        SurnameOption(String lemma, Gender gender, GrammarCase gramCase, boolean dictionary) {
            this(lemma, gender, gramCase, dictionary, NameKeys.wordKey(lemma));
        }
    }

    final int start;
    final int end;
    final String surface;

    /** Nominative first name, or null. */
    String first;
    /** Every reading of the first-name word; the assembler picks the one that agrees with the surname. */
    List<NameReading> firstOptions = List.of();
    /** First-name options that come from ending rules, not from a dictionary. */
    final java.util.Set<NameReading> guessedFirsts = new java.util.HashSet<>();
    /** A regnal number written after the name ("Елизавета II", "Бенедикт XVI"), or null. */
    String regnal;
    Gender firstGender = Gender.UNKNOWN;
    /** Nominative patronymic, or null. */
    String patronymic;
    /** Initials as written without spaces ("А.А."), or null. */
    String initials;
    /** Readings of the surname word; empty when the mention has no surname. */
    List<SurnameOption> surnames = List.of();
    /** True when a dictionary knows the surname word as a surname. */
    boolean dictionarySurname;
    /** The surname word is also a common word or a place: alone, it needs more evidence. */
    boolean ambiguousWord;
    /** A lemma guessed for the unknown word is a common noun (Брекзита → брекзит). */
    boolean commonNounLemma;
    /** The surname word is also a place (Лондон) or another proper noun. */
    boolean placeWord;
    /** The surname word is also an adjective (Северный, Московский). */
    boolean adjectiveWord;
    boolean sentenceStart;
    /**
     * A word no dictionary knows, then a common noun as written ("Ассошиэйтед Пресс", "Юнипер Газ", but also
     * "Йохен Шарф"): a person only with a role or a verb agreeing with it.
     */
    boolean commonNounSurname;

    /** Role phrase before the name ("пресс-секретарь Кремля"), or null. */
    String role;
    /**
     * Only capitalised words stand between the role word and the name ("пресс-секретарь Кремля Песков"), so the
     * name is the role's holder; after "министр по делам X" the name is more likely the portfolio's.
     */
    boolean roleAdjacent;
    /** An English verb of saying stands right next to the name ("Maddow said", "said Maddow", "according to Hale"). */
    boolean speechCue;
    /** The first name is a dictionary first name (not a guess from an unknown word's shape). */
    boolean firstFromDictionary;
    /** A noun that usually governs a person stands right before the name ("администрацией Байдена"). */
    boolean personCue;
    /** Cases the context requires: a preposition before the name, or the role noun it stands in apposition to. */
    java.util.Set<GrammarCase> contextCases = java.util.Set.of();
    /** Right after a noun such as агентство, компании, газопровода (maybe across a quote mark): not a person. */
    boolean afterInstitutionNoun;
    /** That noun is one institutions are named after people with (центр, институт, закон): see {@link InstitutionWords}. */
    boolean afterEponymNoun;
    /** Right after в, на, из...: where a place is far likelier than a person (в Лондоне). */
    boolean afterPlacePreposition;
    /** A finite verb follows the name (past, present or future: "Путин также подпишет"): the name is a subject. */
    boolean finiteVerbFollows;
    /**
     * At a sentence start, the name's word has a common reading that may open a sentence (a nominative noun: Война,
     * Листи; an adverb: Далі) or the article writes it in lower case elsewhere (Вопросов ... вопросов): that common
     * word.
     */
    boolean commonOpener;
    /**
     * The surname is written with a lower-case Arabic article ("аль-Барадеи") or after "ибн": such a word names a
     * person even alone (places and organisations write "Аль-" with a capital).
     */
    boolean articleName;
    /** The word is a common noun or has an adjective's ending and a noun phrase goes on after it ("Лиги украинок"). */
    boolean headsNounPhrase;
    /** A comma and a lower-case noun for a person in the nominative follow the name ("Марк, рабочий из цеха"). */
    boolean personNounAfter;
    /** A dash and a lower-case noun in the nominative follow the name ("Ннека Угбома — руководитель проекта"). */
    boolean definedByDash;
    /** Gender of a past-tense verb agreeing with the name ("Захарова заявила"). */
    Gender agreement = Gender.UNKNOWN;
    /**
     * Cases of a feminine noun or adjective right before the name ("христианке Асии Биби", "осуждённой Асии"):
     * the person is a woman, and the name shares one of these cases. Empty when there is none.
     */
    java.util.Set<GrammarCase> feminineApposition = java.util.Set.of();
    /** A singular animate common noun stands right before the name ("христианке Биби", "гражданина Ахмеда"). */
    boolean afterPersonNoun;
    /** The cases of that noun: a name in apposition shares one ("апостола Павла" is genitive). */
    java.util.Set<GrammarCase> appositionCases = java.util.Set.of();

    /** A surname in brackets after a full name ("Екатерина Аталык (Половникова)"): another surname of that person. */
    Mention aliasOf;

    SurnameOption surname;
    Gender gender = Gender.UNKNOWN;
    int person = -1;

    Mention(int start, int end, String surface) {
        this.start = start;
        this.end = end;
        this.surface = surface;
    }

    boolean hasSurname() {
        return !surnames.isEmpty();
    }

    /** A first name or initials together with a surname. */
    boolean isFull() {
        return hasSurname() && (first != null || initials != null);
    }

    @Override
    public String toString() {
        return surface + "[" + start + "," + end + ") first=" + first + " patr=" + patronymic + " init=" + initials
                + " surnames=" + surnames + " role=" + role;
    }
}
