package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnSentenceEnds() {
        assertThat(split("Первое предложение. Второе! Третье? Четвёртое…"))
                .containsExactly("Первое предложение.", "Второе!", "Третье?", "Четвёртое…");
    }

    @Test
    void initialsAndAbbreviationsDoNotEndSentences() {
        assertThat(split("Об этом сказал А. Смирнов, т. е. глава ведомства. Потом John F. Keller left the U.S. embassy."))
                .containsExactly("Об этом сказал А. Смирнов, т. е. глава ведомства.",
                        "Потом John F. Keller left the U.S. embassy.");
    }

    @Test
    void russianAndUkrainianAbbreviations() {
        assertThat(split("Выставка открыта до 1 марта 2025 г. в здании на ул. Ленина, д. 5. Вход свободный."))
                .containsExactly("Выставка открыта до 1 марта 2025 г. в здании на ул. Ленина, д. 5.", "Вход свободный.");
        assertThat(split("Бюджет склав 480 млн грн. Роботи тривали два роки."))
                .containsExactly("Бюджет склав 480 млн грн.", "Роботи тривали два роки.");
        assertThat(split("Директорка О. В. Тимченко розповіла про зиму. Тварини лишаються."))
                .containsExactly("Директорка О. В. Тимченко розповіла про зиму.", "Тварини лишаються.");
    }

    @Test
    void englishTitlesAndDottedAcronyms() {
        assertThat(split("Dr. Ben Carson met Gov. Paulo Teixeira and Sen. Ted Cruz at 8:30 a.m. on Monday. They talked."))
                .containsExactly("Dr. Ben Carson met Gov. Paulo Teixeira and Sen. Ted Cruz at 8:30 a.m. on Monday.",
                        "They talked.");
        assertThat(split("Trump will reverse Roe v. Wade, she said. The U.N. agreed."))
                .containsExactly("Trump will reverse Roe v. Wade, she said.", "The U.N. agreed.");
    }

    @Test
    void aQuoteOfSeveralSentencesStaysWithItsAttribution() {
        assertThat(split("«Нет. А зачем нам связываться?» — ответил Песков. Он ушёл."))
                .containsExactly("«Нет.", "А зачем нам связываться?» — ответил Песков.", "Он ушёл.");
        assertThat(split("“We have never seen the water this high,” said the governor. “This is the worst disaster.”"))
                .containsExactly("“We have never seen the water this high,” said the governor.",
                        "“This is the worst disaster.”");
    }

    @Test
    void dialogueDashWithAttributionContinuesTheSentence() {
        assertThat(split("— Вы уходите? — спросил он. — Да, — ответила она."))
                .containsExactly("— Вы уходите? — спросил он.", "— Да, — ответила она.");
    }

    @Test
    void dialogueDashWithNewSpeechStartsANewSentence() {
        assertThat(split("Он помолчал. — Мы готовы. — Когда?"))
                .containsExactly("Он помолчал.", "— Мы готовы.", "— Когда?");
    }

    @Test
    void lineBreakEndsASentence() {
        assertThat(split("Заголовок без точки\nПервый абзац.")).containsExactly("Заголовок без точки", "Первый абзац.");
    }

    @Test
    void numbersAndDecimalsDoNotEndSentences() {
        assertThat(split("Курс вырос до 92.5 рубля. Это рекорд.")).containsExactly("Курс вырос до 92.5 рубля.", "Это рекорд.");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Первое.   Второе.  ";
        List<Span> spans = splitter.split(text);
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("Первое.", "Второе.");
        assertThat(spans.get(1).start()).isEqualTo(text.indexOf("Второе"));
    }
}
