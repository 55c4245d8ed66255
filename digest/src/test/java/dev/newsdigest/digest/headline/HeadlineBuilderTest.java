package dev.newsdigest.digest.headline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineBuilderTest {
    private final HeadlineBuilder builder = new HeadlineBuilder(new SentenceSplitter());

    @Test
    void titleIsTheHeadlineWithoutAFinalPeriod() {
        assertThat(builder.headline(new ArticleText("Talks resume in Geneva.", List.of("Body."), false)))
                .isEqualTo("Talks resume in Geneva");
    }

    @Test
    void withoutTitleTheLeadSentenceIsCutOnAWordBoundary() {
        String lead = "The city council voted on Tuesday to approve a new budget that raises spending on public transport, "
                + "schools and housing by a third. Other news follows.";
        String headline = builder.headline(new ArticleText(null, List.of(lead), false));
        assertThat(headline).hasSizeLessThanOrEqualTo(HeadlineBuilder.MAX_LENGTH)
                .startsWith("The city council voted").endsWith("…");
        assertThat(lead).contains(headline.substring(0, headline.length() - 1));
    }
}
