package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentKindTest {

    @Test
    void aWholeDocumentIsHtml() {
        assertThat(ContentKind.of("<!DOCTYPE html><html><body><p>Hi</p></body></html>")).isEqualTo(ContentKind.HTML);
    }

    @Test
    void aFeedItemBodyWithOneParagraphIsHtml() {
        // An RSS description or JSON Feed content_html: one element, opened and closed.
        assertThat(ContentKind.of("<p>The bridge reopens on Monday, the city said.</p>")).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.of("Read <a href=\"https://example.org/x\">the report</a> in full."))
                .isEqualTo(ContentKind.HTML);
    }

    @Test
    void textThatMentionsATagIsStillText() {
        assertThat(ContentKind.of("Use the <p> element for paragraphs, the tutorial says.")).isEqualTo(ContentKind.PLAIN_TEXT);
        assertThat(ContentKind.of("Prices rose 3% <in May> and fell </p> later.")).isEqualTo(ContentKind.PLAIN_TEXT);
        assertThat(ContentKind.of("Песков заявил, что переговоры продолжатся.")).isEqualTo(ContentKind.PLAIN_TEXT);
    }

    @Test
    void aFragmentsTagsNeverReachTheArticleText() throws Exception {
        ArticleText article = new ArticleExtractor().extract(dev.newsdigest.digest.ArticleInput.ofText("feed-item",
                "<p>The minister said the bridge would reopen on Monday.</p><p>Work began in May.</p>"));
        assertThat(article.fullText()).contains("the bridge would reopen on Monday").doesNotContain("<p>", "</p>");
    }
}
