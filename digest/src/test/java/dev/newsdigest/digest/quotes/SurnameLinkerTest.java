package dev.newsdigest.digest.quotes;

import static dev.newsdigest.digest.quotes.TestArticles.article;
import static dev.newsdigest.digest.quotes.TestArticles.people;
import static dev.newsdigest.digest.quotes.TestArticles.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Quote;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.people.PersonMention;
import dev.newsdigest.digest.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people engine marks full names but may leave a lone surname unmarked where capitals mean little (a
 * sentence start, right after a closing quote). Here people are given by their full names only, as such an
 * engine would report them; the surname alone must still find its speaker.
 */
class SurnameLinkerTest {
    private static final RuleBasedQuoteFinder FINDER = new RuleBasedQuoteFinder();

    private static List<Quote> direct(AnalyzedText a, PeopleResult p) {
        return FINDER.find(a, p).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static String speakerOf(List<Quote> quotes, String textStart) {
        return quotes.stream().filter(q -> q.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + textStart + " in " + quotes)).speaker();
    }

    @Test
    void unmarkedSurnameAfterAQuoteAndAtASentenceStartIsTheKnownPerson() {
        AnalyzedText a = article(Language.EN,
                "Chris Christie and John Kasich met voters in Iowa.",
                "\"You bet I would,\" Christie said when asked about a quarantine.",
                "Kasich resisted: \"Governors do not have that power.\"");
        PeopleResult p = people(a, person("Chris Christie", "christie", Gender.MALE, "Chris Christie"),
                person("John Kasich", "kasich", Gender.MALE, "John Kasich"));
        assertThat(p.mentions()).extracting(PersonMention::surface).containsExactly("Chris Christie", "John Kasich");
        List<Quote> q = direct(a, p);
        assertThat(speakerOf(q, "You bet")).isEqualTo("Chris Christie");
        assertThat(speakerOf(q, "Governors")).isEqualTo("John Kasich");
    }

    @Test
    void sharedSurnameGoesToThePersonNamedLastBeforeIt() {
        AnalyzedText a = article(Language.EN,
                "Bill Clinton spoke first in the morning.",
                "Later Hillary Clinton took the stage.",
                "\"We will win this state,\" Clinton said.");
        PeopleResult p = people(a, person("Bill Clinton", "clinton", Gender.MALE, "Bill Clinton"),
                person("Hillary Clinton", "clinton", Gender.FEMALE, "Hillary Clinton"));
        assertThat(speakerOf(direct(a, p), "We will")).isEqualTo("Hillary Clinton");
    }

    @Test
    void aSurnameHeadingAnotherNameIsNotThePersonAndNobodyIsMadeUp() {
        AnalyzedText a = article(Language.EN,
                "Bill Clinton did not attend.",
                "\"We support the plan,\" the Clinton Foundation said.",
                "\"It is valuable,\" Skelly said.");
        PeopleResult p = people(a, person("Bill Clinton", "clinton", Gender.MALE, "Bill Clinton"));
        List<Quote> q = direct(a, p);
        assertThat(speakerOf(q, "We support")).isNull();
        assertThat(speakerOf(q, "It is valuable")).isNull();
    }

    @Test
    void aPronounGluedToANameByThePeopleEngineStaysAPronoun() {
        AnalyzedText a = article(Language.RU,
                "«Эта программа дополнит легальные пути», – сказал Байден. Он заявил, что это будет «дополнительный"
                        + " канал для легальной миграции».");
        PeopleResult p = people(a, person("Джо Байден", "baiden", Gender.MALE, "Байден"),
                person("Байден Он", "on", Gender.MALE, "Байдена Он"));
        List<Quote> q = direct(a, p);
        assertThat(speakerOf(q, "дополнительный")).isEqualTo("Джо Байден");
    }

    @Test
    void possessiveSurnameCountsAsTheOwner() {
        AnalyzedText a = article(Language.EN,
                "Huma Abedin emailed Hillary Clinton in December.",
                "Clinton’s response was: \"Is the store open?\"");
        PeopleResult p = people(a, person("Hillary Clinton", "clinton", Gender.FEMALE, "Hillary Clinton"),
                person("Huma Abedin", "abedin", Gender.FEMALE, "Huma Abedin"));
        assertThat(speakerOf(direct(a, p), "Is the store")).isEqualTo("Hillary Clinton");
    }
}
