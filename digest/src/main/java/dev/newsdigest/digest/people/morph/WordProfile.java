package dev.newsdigest.digest.people.morph;

import dev.newsdigest.digest.Gender;
import java.util.List;

/**
 * What the dictionaries say about one written word: its readings as part of a name, and whether it is also
 * something else (a common word, a place, another proper noun). Names that are also common words
 * ("Лев", "Орел", "Трамп" in the Russian dictionary) need more evidence than pure names before they count.
 *
 * @param names       readings as first name, patronymic or surname
 * @param common      the lower-cased word is a common word of Russian or Ukrainian (noun, adjective, verb, ...)
 * @param russianCommon the lower-cased word is a common word of Russian (Ukrainian "кадри", "вара" are not)
 * @param adjective   the lower-cased word is an adjective or participle (Северный, Московский)
 * @param place       the word is a place name (Ukrainian dictionary's {@code prop:geo})
 * @param otherProper a proper noun that is neither a name nor a place (organisations, brands)
 * @param nounCases   cases of the word's common-noun readings (президента: genitive or accusative)
 * @param pastVerbGender when the word is a past-tense verb form, the gender it agrees with (заявила → FEMALE)
 * @param personNounCases cases in which the lower-cased word is a singular animate common noun (христианке,
 *                        гражданина, матери): before a capitalised word, a sign that a person's name follows
 * @param feminineCases cases in which the lower-cased word is a feminine singular animate noun or a feminine
 *                      singular adjective or participle (христианке, осуждённой): before a name, it says the
 *                      person is a woman and in which case the name stands
 * @param functionWord  every reading of the lower-cased word is a conjunction, adverb, preposition, particle,
 *                      interjection or pronoun (если, почему, за): capitalised, it is never part of a name
 */
public record WordProfile(List<NameReading> names, boolean common, boolean russianCommon, boolean adjective, boolean place, boolean otherProper,
                          java.util.Set<GrammarCase> nounCases, Gender pastVerbGender, java.util.Set<GrammarCase> personNounCases,
                          java.util.Set<GrammarCase> feminineCases, boolean functionWord) {

    public static final WordProfile UNKNOWN = new WordProfile(List.of(), false, false, false, false, false, java.util.Set.of(),
            Gender.UNKNOWN, java.util.Set.of(), java.util.Set.of(), false);

    public WordProfile {
        names = List.copyOf(names);
        nounCases = nounCases == null ? java.util.Set.of() : java.util.Set.copyOf(nounCases);
        pastVerbGender = pastVerbGender == null ? Gender.UNKNOWN : pastVerbGender;
        feminineCases = feminineCases == null ? java.util.Set.of() : java.util.Set.copyOf(feminineCases);
        personNounCases = personNounCases == null ? java.util.Set.of() : java.util.Set.copyOf(personNounCases);
    }

    /** The same profile with other name readings. */
    public WordProfile withNames(List<NameReading> other) {
        return new WordProfile(other, common, russianCommon, adjective, place, otherProper, nounCases, pastVerbGender, personNounCases,
                feminineCases, functionWord);
    }

    /** The profile a Russian article reads: common words only Ukrainian knows are no common words. */
    public WordProfile forRussian() {
        if (!common || russianCommon) {
            return this;
        }
        return new WordProfile(names, false, false, adjective, place, otherProper, nounCases, pastVerbGender,
                personNounCases, feminineCases, functionWord);
    }

    /** Neither dictionary knows the word in any sense. */
    public boolean unknown() {
        return names.isEmpty() && !common && !place && !otherProper;
    }

    public boolean has(NameKind kind) {
        for (NameReading r : names) {
            if (r.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    public List<NameReading> readings(NameKind kind) {
        return names.stream().filter(r -> r.kind() == kind).toList();
    }
}
