package dev.newsdigest.digest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private final QuoteScanner scanner = new QuoteScanner();

    private List<String> contents(String text) {
        return scanner.scan(text).stream().map(s -> s.content(text)).toList();
    }

    @Test
    void readsEveryQuotationStyle() {
        assertThat(contents("Он сказал: «Мы готовы». Потом ушёл.")).containsExactly("Мы готовы");
        assertThat(contents("Вона сказала: „Ми готові“.")).containsExactly("Ми готові");
        assertThat(contents("She said: “We are ready.” Then left.")).containsExactly("We are ready.");
        assertThat(contents("She said: \"We are ready.\" Then \"we left,\" she added."))
                .containsExactly("We are ready.", "we left");
        assertThat(contents("He said: ‘We are ready.’ Then left.")).containsExactly("We are ready.");
        assertThat(contents("He said: 'We are ready.' Then left.")).containsExactly("We are ready.");
        assertThat(contents("Он сказал: ”Мы готовы”.")).containsExactly("Мы готовы");
    }

    @Test
    void innerQuotesOfAnotherKindStayInsideTheOuterQuote() {
        String text = "«Газета „Известия“ пишет неправду, а «Вести» — тоже», — сказал он.";
        assertThat(contents(text)).containsExactly("Газета „Известия“ пишет неправду, а «Вести» — тоже");
        assertThat(contents("“He called it ‘a farce’ — and left?” she asked."))
                .containsExactly("He called it ‘a farce’ — and left?");
    }

    @Test
    void aQuoteLeftUnclosedEndsWhereTheNextOpensASentence() {
        String text = "“One is a casual hate,” he said. “Trump events are outlets — they revel in it. "
                + "“There’s another side,” he said. “I don’t know.”";
        assertThat(contents(text)).containsExactly("One is a casual hate", "Trump events are outlets — they revel in it.",
                "There’s another side", "I don’t know.");
        assertThat(scanner.scan(text).get(1).openEnded()).isTrue();
    }

    @Test
    void aQuoteIntroducedAsSpeechEndsWithItsParagraphWhenTheClosingMarkIsLost() {
        String text = "“It was great,” said Baron. “His candidacy has defied all conventions.\nHe continued, "
                + "“That is what we do.”\nShe called it “a deal\nwith no end";
        assertThat(contents(text)).containsExactly("It was great", "His candidacy has defied all conventions.",
                "That is what we do.");
        // straight marks nest in Russian and Ukrainian copy ("…в формате "7/24", - добавил он): left alone
        assertThat(contents("\"Начиная со следующей недели, мы готовы работать в формате \"7/24\", - добавил он."))
                .isEmpty();
    }

    @Test
    void inchMarksFormatCharactersAndQuotedTweets() {
        assertThat(contents("“He’s like 6’2”,” Rubio said.")).containsExactly("He’s like 6’2”");
        assertThat(contents("\u202A”Thanks Sarah!!” posted Pete.")).containsExactly("Thanks Sarah!!");
        assertThat(contents("\".@BernieSanders put gun makers first,\" Clinton tweeted."))
                .containsExactly(".@BernieSanders put gun makers first");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(contents("Sanders’ campaign and O'Brien's don’t count. Прем'єр і Пєсков’s.")).isEmpty();
        assertThat(contents("In the '90s 'em rock 'n roll")).isEmpty();
    }

    @Test
    void unclosedQuoteIsDroppedAtParagraphEnd() {
        assertThat(contents("Он сказал: «Мы готовы.\n\nДругой абзац «тут».")).containsExactly("тут");
    }

    @Test
    void multiParagraphEnglishQuoteContinuesWhereTheNextParagraphOpensWithAMark() {
        String text = "He said: “First paragraph of the speech.\n\n“Second one,” he added.";
        List<QuotedSpan> spans = scanner.scan(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).openEnded()).isTrue();
        assertThat(spans.get(0).content(text)).isEqualTo("First paragraph of the speech.");
        assertThat(spans.get(1).content(text)).isEqualTo("Second one");
    }

    @Test
    void megabyteWithoutClosingMarkIsOnePassAndYieldsNothing() {
        StringBuilder b = new StringBuilder("«");
        while (b.length() < 1_000_000) {
            b.append("слово \"ещё “ и „ снова ");
        }
        assertThat(scanner.scan(b.toString())).isEmpty();
    }

    @Test
    void numberOfQuotesIsCapped() {
        String text = "«да» ".repeat(5_000);
        assertThat(scanner.scan(text)).hasSize(QuoteScanner.MAX_QUOTES);
    }

    @Test
    void offsetsPointAtTheWordsExactly() {
        String text = "A «  spaced quote, » said B.";
        QuotedSpan s = scanner.scan(text).get(0);
        assertThat(text.substring(s.contentStart(), s.contentEnd())).isEqualTo("spaced quote");
        assertThat(text.charAt(s.open())).isEqualTo('«');
        assertThat(text.charAt(s.close())).isEqualTo('»');
    }
}
