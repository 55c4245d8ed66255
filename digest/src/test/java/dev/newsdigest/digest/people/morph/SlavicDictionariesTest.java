package dev.newsdigest.digest.people.morph;

import static org.assertj.core.api.Assertions.assertThat;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.junit.jupiter.api.Test;

/** The one copy of each dictionary that the people and quote stages share. */
class SlavicDictionariesTest {

    @Test
    void eachDictionaryIsReadOnce() {
        assertThat(SlavicDictionaries.russian()).isSameAs(SlavicDictionaries.russian());
        assertThat(SlavicDictionaries.ukrainian()).isSameAs(SlavicDictionaries.ukrainian());
    }

    @Test
    void theRussianDictionaryReadsASurnamesCaseForm() {
        boolean surname = false;
        for (WordData d : new DictionaryLookup(SlavicDictionaries.russian()).lookup("пескова")) {
            surname |= d.getStem().toString().equals("песков") && d.getTag().toString().startsWith("NN:Fam");
        }
        assertThat(surname).isTrue();
    }

    @Test
    void theUkrainianDictionaryReadsAPastVerb() {
        boolean verb = false;
        for (WordData d : new DictionaryLookup(SlavicDictionaries.ukrainian()).lookup("заявила")) {
            verb |= d.getTag().toString().contains("past");
        }
        assertThat(verb).isTrue();
    }
}
