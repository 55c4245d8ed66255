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
    void dialogueDashWithAttributionContinuesTheSentence() {
        assertThat(split("«Нет. А зачем нам связываться?» — ответил Песков. Он ушёл."))
                .containsExactly("«Нет.", "А зачем нам связываться?» — ответил Песков.", "Он ушёл.");
    }

    @Test
    void lineBreakEndsASentence() {
        assertThat(split("Заголовок без точки\nПервый абзац.")).containsExactly("Заголовок без точки", "Первый абзац.");
    }
}
