package dev.newsdigest.digest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void russianByLetters() {
        assertThat(detector.detect("Мы не взаимодействуем.")).isEqualTo(Language.RU);
    }

    @Test
    void ukrainianByLetters() {
        assertThat(detector.detect("Міський голова заявив про це.")).isEqualTo(Language.UK);
    }

    @Test
    void cyrillicWithoutTellingLettersFallsBackToWords() {
        assertThat(detector.detect("Он сказал, что это так")).isEqualTo(Language.RU);
        assertThat(detector.detect("Вона сказала, що це так")).isEqualTo(Language.UK);
    }

    @Test
    void english() {
        assertThat(detector.detect("The mayor said the talks were over.")).isEqualTo(Language.EN);
    }

    @Test
    void otherLanguagesAreUnknownNotGuessed() {
        assertThat(detector.detect("Der Bürgermeister sagte, die Gespräche seien beendet.")).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("市长说会谈已经结束")).isEqualTo(Language.UNKNOWN);
    }
}
