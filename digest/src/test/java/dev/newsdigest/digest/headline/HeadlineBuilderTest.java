package dev.newsdigest.digest.headline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineBuilderTest {
    private final HeadlineBuilder builder = new HeadlineBuilder(new SentenceSplitter());

    private String headline(String title) {
        return builder.headline(new ArticleText(title, List.of("Body."), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Talks resume in Geneva.                                      | Talks resume in Geneva
            В Пакистане протестуют против отмены приговора.              | В Пакистане протестуют против отмены приговора
            Trump: ‘I’m the Worst Thing That Ever Happened.’             | Trump: ‘I’m the Worst Thing That Ever Happened’
            Путин: «Мы готовы к переговорам.»                            | Путин: «Мы готовы к переговорам»
            Hillary Clinton calls on U.S. to lead the fight.             | Hillary Clinton calls on U.S. to lead the fight
            Clinton to Planned Parenthood: Trump will reverse Roe v. Wade. | Clinton to Planned Parenthood: Trump will reverse Roe v. Wade
            """)
    void aOneSentenceTitleLosesItsFinalPeriod(String title, String expected) {
        assertThat(headline(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Bernie Sanders Suffered A Big Blow. Here’s His Plan Going Forward.
            Отставка министра. Противоречия в партии.
            Sanders and Clinton see black votes as key in S.C.
            Wait for it...
            Что дальше?
            Стоит ли ждать снижения ставки!
            """)
    void otherTitlesKeepTheirPunctuation(String title) {
        assertThat(headline(title)).isEqualTo(title);
    }

    @Test
    void withoutTitleTheLeadSentenceIsCutOnAWordBoundary() {
        String lead = "The city council voted on Tuesday to approve a new budget that raises spending on public transport, "
                + "schools and housing by a third. Other news follows.";
        String headline = builder.headline(new ArticleText(null, List.of(lead), false));
        assertThat(headline).hasSizeLessThanOrEqualTo(HeadlineBuilder.MAX_LENGTH)
                .isEqualTo("The city council voted on Tuesday to approve a new budget that raises spending on public "
                        + "transport, schools and housing…");
    }

    @Test
    void withoutTitleAShortLeadSentenceIsTheHeadlineWithoutItsPeriod() {
        assertThat(builder.headline(new ArticleText(null, List.of("Мэр открыл мост. Движение начнётся завтра."), false)))
                .isEqualTo("Мэр открыл мост");
    }

    @Test
    void withoutTitleTheDatelineIsSkipped() {
        String lead = "МОСКВА, 12 ноября — РИА Новости. Аэропорт Внуково закрыли из-за тумана.";
        assertThat(builder.headline(new ArticleText(null, List.of(lead), false)))
                .isEqualTo("Аэропорт Внуково закрыли из-за тумана");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "😀".repeat(200);
        String cut = HeadlineBuilder.cut(emoji, HeadlineBuilder.MAX_LENGTH);
        assertThat(cut.length()).isLessThanOrEqualTo(HeadlineBuilder.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
