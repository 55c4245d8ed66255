package dev.newsdigest.digest.headline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryBuilderTest {
    private final SummaryBuilder builder = new SummaryBuilder(new SentenceSplitter());

    private String summary(String... paragraphs) {
        return builder.summary(new ArticleText("Title", List.of(paragraphs), false));
    }

    @Test
    void twoShortLeadSentences() {
        assertThat(summary("Мэр города открыл новый мост через реку. Движение начнётся завтра. Стоимость — 2 млрд руб."))
                .isEqualTo("Мэр города открыл новый мост через реку. Движение начнётся завтра.");
    }

    @Test
    void oneLongLeadSentence() {
        String first = "The city council of Harbor Point voted 5 to 2 on Tuesday night to rebuild the century-old wooden pier "
                + "that storms closed two winters ago, ending a long dispute.";
        assertThat(summary(first + " Work starts in spring.")).isEqualTo(first);
    }

    @Test
    void backgroundAndShortParagraphsAreSkipped() {
        assertThat(summary("Напомним, что в прошлом году ремонт моста перенесли из-за нехватки денег.",
                "Обновлено в 14:00",
                "Аэропорт Сочи закрыли из-за тумана, восемь рейсов ушли на запасные аэродромы."))
                .isEqualTo("Аэропорт Сочи закрыли из-за тумана, восемь рейсов ушли на запасные аэродромы.");
    }

    @Test
    void aShortArticleStillGetsItsFirstParagraph() {
        assertThat(summary("Мост открыт.")).isEqualTo("Мост открыт.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            МОСКВА, 12 ноября — РИА Новости. Аэропорт закрыли из-за тумана.          | Аэропорт закрыли из-за тумана.
            КИЕВ, 5 марта. /ТАСС/. Аэропорт закрыли из-за тумана.                    | Аэропорт закрыли из-за тумана.
            WASHINGTON (AP) — The Senate passed the bill on Friday.                  | The Senate passed the bill on Friday.
            DECATUR, Ill. — The Senate passed the bill on Friday.                    | The Senate passed the bill on Friday.
            MEXICO CITY, Feb. 8 (UPI) — The Senate passed the bill on Friday.        | The Senate passed the bill on Friday.
            PORTO ALEGRE, Brazil (AP) — The Senate passed the bill on Friday.        | The Senate passed the bill on Friday.
            Dec 29 (Reuters) - The Senate passed the bill on Friday.                 | The Senate passed the bill on Friday.
            Москва, как сообщалось, готовит ответ на санкции.                        | Москва, как сообщалось, готовит ответ на санкции.
            NATO — the alliance — met on Friday to discuss the plan.                 | NATO — the alliance — met on Friday to discuss the plan.
            """)
    void datelinesAreStrippedAndOnlyThem(String paragraph, String expected) {
        assertThat(Dateline.strip(paragraph)).isEqualTo(expected);
    }
}
