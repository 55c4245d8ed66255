package dev.newsdigest.digest.people.morph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import org.junit.jupiter.api.Test;

class MorphDictionariesTest {
    private final MorphDictionaries dictionaries = MorphDictionaries.get();

    @Test
    void russianSurnameFormReadsAsMaleGenitiveOrFemaleNominative() {
        WordProfile p = dictionaries.analyze("Пескова");
        assertThat(p.readings(NameKind.SURNAME)).extracting(NameReading::lemma, NameReading::gender, NameReading::gramCase)
                .contains(org.assertj.core.groups.Tuple.tuple("Песков", Gender.MALE, GrammarCase.GEN),
                        org.assertj.core.groups.Tuple.tuple("Пескова", Gender.FEMALE, GrammarCase.NOM));
    }

    @Test
    void ukrainianDictionaryReadsFirstNamesAndSurnames() {
        assertThat(dictionaries.analyze("Дмитро").readings(NameKind.FIRST)).extracting(NameReading::lemma).contains("Дмитро");
        assertThat(dictionaries.analyze("Ковальської").readings(NameKind.SURNAME)).extracting(NameReading::lemma)
                .contains("Ковальська");
    }

    @Test
    void foreignNamesAreFoundThroughTheirUkrainianSpelling() {
        assertThat(dictionaries.analyze("Эрдогана").readings(NameKind.SURNAME)).extracting(NameReading::lemma)
                .contains("Эрдоган");
    }

    @Test
    void placesAndCommonWordsAreMarked() {
        assertThat(dictionaries.analyze("Берлин").place()).isTrue();
        assertThat(dictionaries.analyze("Однако").common()).isTrue();
        assertThat(dictionaries.analyze("Северный").adjective()).isTrue();
        assertThat(dictionaries.analyze("Лавров").adjective()).isFalse();
    }

    @Test
    void pastVerbsTellTheGenderOfTheirSubject() {
        assertThat(dictionaries.pastVerbGender("заявила")).isEqualTo(Gender.FEMALE);
        assertThat(dictionaries.pastVerbGender("заявил")).isEqualTo(Gender.MALE);
        assertThat(dictionaries.pastVerbGender("Кремль")).isEqualTo(Gender.UNKNOWN);
    }
}
