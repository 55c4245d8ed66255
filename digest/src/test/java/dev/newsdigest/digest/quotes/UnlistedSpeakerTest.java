package dev.newsdigest.digest.quotes;

import static dev.newsdigest.digest.quotes.TestArticles.article;
import static dev.newsdigest.digest.quotes.TestArticles.people;
import static dev.newsdigest.digest.quotes.TestArticles.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Quote;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers the people engine did not list: taken for people only on a title or a full name elsewhere in the
 * article; organisations, media and sentence-initial words stay null.
 */
class UnlistedSpeakerTest {
    private static final RuleBasedQuoteFinder FINDER = new RuleBasedQuoteFinder();
    private static final TestArticles.P TRUMP = person("Donald Trump", "trump", Gender.MALE, "Donald Trump");

    private static Quote quote(AnalyzedText a, PeopleResult p, String textStart) {
        List<Quote> all = FINDER.find(a, p);
        return all.stream().filter(q -> q.kind() == Quote.Kind.DIRECT && q.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + textStart + " in " + all));
    }

    @Test
    void aSurnameWhoseFullNameTheArticleWritesIsThatPerson() {
        AnalyzedText a = article(Language.EN,
                "Donald Trump hired two data experts.",
                "But Bill Skelly, a longtime data operative, vouched for both.",
                "\"Having access to the file is valuable,\" said Skelly.");
        Quote q = quote(a, people(a, TRUMP), "Having access");
        assertThat(q.speaker()).isEqualTo("Bill Skelly");
        assertThat(q.speakerKey()).isEqualTo("skeli");
    }

    @Test
    void aTitleMakesTheWordAPerson() {
        AnalyzedText a = article(Language.EN,
                "The moderator asked who will win the game.",
                "\"Carolina is going to win that one,\" Gov. Kasich replied.");
        assertThat(quote(a, people(a, TRUMP), "Carolina is").speaker()).isEqualTo("Kasich");
    }

    @Test
    void theNameAfterATitleInsideTheGuessIsTheSpeaker() {
        AnalyzedText a = article(Language.EN,
                "\"The candidates left just don't understand the military,\" said Army Capt. Christian Pardo, who"
                        + " would not vote.");
        assertThat(quote(a, people(a, TRUMP), "The candidates").speaker()).isEqualTo("Christian Pardo");
    }

    @Test
    void organisationsMediaAndBareWordsStayNull() {
        AnalyzedText a = article(Language.EN,
                "Donald Trump spoke on Monday.",
                "\"We look forward to having our employees back,\" Verizon said in a statement.",
                "\"The emails were sent in 2012,\" CBS News reported.",
                "\"It was a fine speech,\" the Guardian wrote.",
                "\"Nobody expected it,\" Most Southern voters said.");
        PeopleResult p = people(a, TRUMP);
        assertThat(quote(a, p, "We look").speaker()).isNull();
        assertThat(quote(a, p, "The emails").speaker()).isNull();
        assertThat(quote(a, p, "It was").speaker()).isNull();
        assertThat(quote(a, p, "Nobody").speaker()).isNull();
    }

    @Test
    void aHeadlineInTitleCaseIsNoEvidenceOfAFullName() {
        AnalyzedText a = article(Language.EN,
                "Read More About EgyptAir Flight Records",
                "Little is known about the crash.",
                "\"The plane was lost at sea,\" EgyptAir said.");
        assertThat(quote(a, people(a, TRUMP), "The plane").speaker()).isNull();
    }
}
