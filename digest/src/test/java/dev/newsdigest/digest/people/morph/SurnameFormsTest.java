package dev.newsdigest.digest.people.morph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import org.junit.jupiter.api.Test;

class SurnameFormsTest {

    @Test
    void feminineAndMasculineFormsOfSlavicSurnames() {
        assertThat(SurnameForms.feminine("Песков")).isEqualTo("Пескова");
        assertThat(SurnameForms.feminine("Ковальский")).isEqualTo("Ковальская");
        assertThat(SurnameForms.feminine("Ковальський")).isEqualTo("Ковальська");
        assertThat(SurnameForms.feminine("Скрипаль")).isEqualTo("Скрипаль");
        assertThat(SurnameForms.masculine("Захарова")).isEqualTo("Захаров");
        assertThat(SurnameForms.masculine("Ковальська")).isEqualTo("Ковальський");
    }

    @Test
    void patronymicsInTheNominative() {
        assertThat(SurnameForms.patronymicNominative("Владимировича", Gender.MALE)).isEqualTo("Владимирович");
        assertThat(SurnameForms.patronymicNominative("Петровной", Gender.FEMALE)).isEqualTo("Петровна");
    }

    @Test
    void unknownSurnameFormsGetLemmasThatReinflectToThem() {
        assertThat(SurnameForms.guesses("Байдена")).extracting(SurnameForms.Guess::lemma).contains("Байден");
        assertThat(SurnameForms.guesses("Байденом")).extracting(SurnameForms.Guess::lemma).contains("Байден");
        assertThat(SurnameForms.guesses("Ветровой")).extracting(SurnameForms.Guess::lemma).contains("Ветрова");
        assertThat(SurnameForms.guesses("Мэй")).extracting(SurnameForms.Guess::lemma).containsExactly("Мэй");
    }

    @Test
    void russianInflectionCheck() {
        assertThat(SurnameForms.russianFormOf("Трамп", Gender.MALE, GrammarCase.GEN, "Трампа")).isTrue();
        assertThat(SurnameForms.russianFormOf("Биба", Gender.FEMALE, GrammarCase.GEN, "Биби")).isFalse();
    }

    @Test
    void guessedLemmasKeepCyrillicSpellingRules() {
        assertThat(SurnameForms.plausibleSpelling("Барнье")).isTrue();
        assertThat(SurnameForms.plausibleSpelling("Барньа")).isFalse();
        assertThat(SurnameForms.plausibleSpelling("Рузіь")).isFalse();
        assertThat(SurnameForms.plausibleSpelling("Монтойа")).isFalse();
        assertThat(SurnameForms.plausibleSpelling("Монтойя")).isTrue();
        assertThat(SurnameForms.guesses("Барнье")).extracting(SurnameForms.Guess::lemma).doesNotContain("Барньа");
    }

    @Test
    void pluralFormsOfSurnamesNominativeFirst() {
        assertThat(SurnameForms.pluralForms("Иванов")).startsWith("ивановы").contains("ивановых");
        assertThat(SurnameForms.pluralForms("Ковальский")).startsWith("ковальские");
        assertThat(SurnameForms.pluralForms("Скрипаль")).startsWith("скрипали").contains("скрипалей");
        assertThat(SurnameForms.pluralForms("Джонсон")).startsWith("джонсоны").contains("джонсонов");
        assertThat(SurnameForms.pluralForms("Шевченко")).isEmpty();
    }

    @Test
    void aGuessedLemmaIsReadInEveryCaseItsFormTakes() {
        assertThat(SurnameForms.guesses("Ветровой")).filteredOn(g -> g.lemma().equals("Ветрова"))
                .extracting(SurnameForms.Guess::gramCase)
                .contains(GrammarCase.GEN, GrammarCase.DAT, GrammarCase.INS, GrammarCase.PREP);
        // a man's accusative is his genitive: one reading stands for both
        assertThat(SurnameForms.guesses("Байдена")).filteredOn(g -> g.lemma().equals("Байден"))
                .extracting(SurnameForms.Guess::gramCase).containsExactly(GrammarCase.GEN);
    }
}
