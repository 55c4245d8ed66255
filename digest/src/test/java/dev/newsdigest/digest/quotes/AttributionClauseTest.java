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

/** How the clause around a quote names its speaker: participles, subordinate clauses, appositions, run-ons. */
class AttributionClauseTest {
    private static final RuleBasedQuoteFinder FINDER = new RuleBasedQuoteFinder();

    private static final TestArticles.P SPICER = person("Sean Spicer", "spicer", Gender.MALE, "Sean Spicer", "Spicer");
    private static final TestArticles.P RYAN = person("Paul Ryan", "ryan", Gender.MALE, "Paul Ryan", "Ryan");
    private static final TestArticles.P TRUMP = person("Donald Trump", "trump", Gender.MALE, "Donald Trump", "Trump");
    private static final TestArticles.P CLINTON = person("Bill Clinton", "clinton", Gender.MALE, "Bill Clinton",
            "Clinton");
    private static final TestArticles.P WALLACE = person("George Wallace", "wallace", Gender.MALE,
            "George Wallace", "Wallace");
    private static final TestArticles.P MILLS = person("Cheryl Mills", "mills", Gender.FEMALE, "Cheryl Mills",
            "Mills");
    private static final TestArticles.P HILLARY = person("Hillary Clinton", "clinton", Gender.FEMALE,
            "Hillary Clinton", "Clinton");

    private static List<Quote> direct(AnalyzedText a, PeopleResult p) {
        List<Quote> all = FINDER.find(a, p);
        for (Quote q : all) {
            assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return all.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static String speakerOf(List<Quote> quotes, String textStart) {
        return quotes.stream().filter(q -> q.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + textStart + " in " + quotes)).speaker();
    }

    @Test
    void participleAfterASpeechVerbSharesItsSubjectNotTheSentenceSubject() {
        AnalyzedText a = article(Language.EN,
                "Paul Ryan and Donald Trump will meet next week, Spicer said, adding, \"They need a good talk.\"");
        assertThat(speakerOf(direct(a, people(a, SPICER, RYAN, TRUMP)), "They need")).isEqualTo("Sean Spicer");
    }

    @Test
    void leadingSubordinateClauseDoesNotGiveTheSubject() {
        AnalyzedText a = article(Language.EN,
                "When Wallace died in 1998, President Clinton released the following statement:",
                "\"Hillary and I offer our condolences to the family.\"");
        assertThat(speakerOf(direct(a, people(a, CLINTON, WALLACE)), "Hillary and I")).isEqualTo("Bill Clinton");
    }

    @Test
    void nameAfterWithIsTheSubjectOfItsParticiple() {
        AnalyzedText a = article(Language.EN,
                "Protesters were punched at a rally in Alabama, with Trump reportedly yelling: \"Get him out!\"");
        assertThat(speakerOf(direct(a, people(a, TRUMP)), "Get him")).isEqualTo("Donald Trump");
    }

    @Test
    void gerundAfterAPrepositionTakesTheSentenceSubject() {
        AnalyzedText a = article(Language.EN,
                "Hillary Clinton, a Trump critic, drew boos upon saying, \"We heard the people.\"");
        assertThat(speakerOf(direct(a, people(a, HILLARY, TRUMP)), "We heard")).isEqualTo("Hillary Clinton");
    }

    @Test
    void longAppositionClosedByACommaKeepsTheNameBeforeIt() {
        AnalyzedText a = article(Language.EN,
                "\"Very good reporter,\" Trump, the 2016 GOP frontrunner and current polling leader in South Carolina"
                        + " by a wide margin after winning the New Hampshire primary last week, said on Monday.");
        assertThat(speakerOf(direct(a, people(a, TRUMP)), "Very good")).isEqualTo("Donald Trump");
    }

    @Test
    void sentenceRunningOnAfterTheQuoteEndsWithItsAttribution() {
        AnalyzedText a = article(Language.EN,
                "\"Let me thank the volunteers who worked so hard\" for the victory, Trump said.");
        assertThat(speakerOf(direct(a, people(a, TRUMP)), "Let me")).isEqualTo("Donald Trump");
    }

    @Test
    void wordsAfterAQuoteThatIntroduceTheNextQuoteAreNotItsAttribution() {
        AnalyzedText a = article(Language.EN,
                "Clinton responds to Mills with, \"Why now? That was on my way to Libya?\" Mills then writes back, "
                        + "\"You look cute.\"");
        List<Quote> q = direct(a, people(a, HILLARY, MILLS));
        assertThat(speakerOf(q, "Why now")).isEqualTo("Hillary Clinton");
        assertThat(speakerOf(q, "You look")).isEqualTo("Cheryl Mills");
    }

    @Test
    void aNameBeforeTheColonOfTheNextQuoteEndsTheInterruption() {
        AnalyzedText a = article(Language.EN,
                "Bill Clinton and Donald Trump reject containment.",
                "Clinton: \"Our goal is to defeat them.\" Trump: \"The mission is to destroy them.\"");
        List<Quote> q = direct(a, people(a, CLINTON, TRUMP));
        assertThat(speakerOf(q, "Our goal")).isEqualTo("Bill Clinton");
        assertThat(speakerOf(q, "The mission")).isEqualTo("Donald Trump");
    }

    @Test
    void aParagraphOfQuoteContinuesTheSpeakerWhoseAttributionEndedTheParagraphBefore() {
        TestArticles.P bbc = person("Radio Four", "four", Gender.UNKNOWN, "Radio Four");
        AnalyzedText a = article(Language.EN,
                "\"No American would ever say queue,\" Spicer told BBC Radio Four on Friday.",
                "\"Therefore he was doing the bidding of someone else, and I think that is shameful.\"");
        List<Quote> q = direct(a, people(a, SPICER, bbc));
        assertThat(speakerOf(q, "Therefore")).isEqualTo("Sean Spicer");
    }

    @Test
    void aSentenceOfNothingButAttributionAfterAClosedQuoteAttributesIt() {
        AnalyzedText a = article(Language.EN,
                "\"Russia, I hope you find the emails that are missing.\" Trump said.");
        assertThat(speakerOf(direct(a, people(a, TRUMP)), "Russia")).isEqualTo("Donald Trump");
        AnalyzedText b = article(Language.EN, "\"We won.\" Ryan said the deal was off.");
        assertThat(speakerOf(direct(b, people(b, RYAN)), "We won")).isNull();
    }

    @Test
    void aShortQuoteStandingAsItsOwnSentenceContinuesTheSpeaker() {
        AnalyzedText a = article(Language.EN,
                "\"It is taxing on campaign resources,\" Spicer said. \"Big time.\" For instance, the bus tour was long.",
                "Critics called it a \"farce\" on Monday.");
        List<Quote> q = direct(a, people(a, SPICER));
        assertThat(speakerOf(q, "Big time")).isEqualTo("Sean Spicer");
        assertThat(q).extracting(Quote::text).doesNotContain("farce");
    }

    @Test
    void phrasalVerbsOfSpeech() {
        AnalyzedText a = article(Language.EN,
                "\"You know, it happens, right?\" Trump went on, as if he did not hear her.",
                "As Ryan pointed out in December, \"the delegates may change the rule.\"",
                "Spicer went on to the next town, and \"Nothing changed\" was the slogan.");
        List<Quote> q = direct(a, people(a, TRUMP, RYAN, SPICER));
        assertThat(speakerOf(q, "You know")).isEqualTo("Donald Trump");
        assertThat(speakerOf(q, "the delegates")).isEqualTo("Paul Ryan");
    }

    @Test
    void theOwnerOfTheWordsBeforeAColonSpeaks() {
        AnalyzedText a = article(Language.EN,
                "The critics of Paul Ryan rely on a blind faith in Trump’s word:",
                "\"The only figure close to that is an announcement in September.\"");
        assertThat(speakerOf(direct(a, people(a, RYAN, TRUMP)), "The only")).isEqualTo("Donald Trump");
    }

    @Test
    void pronounsReadGenderFromHonorificsAndPreferSubjectsWhenTheEngineGivesNoGender() {
        TestArticles.P hensley = person("Maria Hensley", "hensley", Gender.UNKNOWN, "Maria Hensley", "Hensley");
        TestArticles.P crane = person("Peter Crane", "crane", Gender.UNKNOWN, "Peter Crane", "Crane");
        TestArticles.P church = person("Mother Emanuel", "emanuel", Gender.UNKNOWN, "Mother Emanuel");
        AnalyzedText a = article(Language.EN,
                "Maria Hensley attacked a plan drafted by Peter Crane.",
                "\"It taxes the people who can least afford it,\" she said.");
        assertThat(speakerOf(direct(a, people(a, hensley, crane)), "It taxes")).isEqualTo("Maria Hensley");
        AnalyzedText b = article(Language.EN,
                "Peter Crane met Councilwoman Hensley on Monday.",
                "\"It taxes the poor,\" she said.");
        assertThat(speakerOf(direct(b, people(b, hensley, crane)), "It taxes")).isEqualTo("Maria Hensley");
        AnalyzedText c = article(Language.EN,
                "Hensley spoke at Mother Emanuel on Sunday.",
                "\"Hate destroys those who harbor it,\" she said.");
        assertThat(speakerOf(direct(c, people(c, hensley, church)), "Hate")).isEqualTo("Maria Hensley");
    }

    @Test
    void aQuoteSetIntoTheSentenceByDashesBelongsToItsSubject() {
        AnalyzedText a = article(Language.EN,
                "After a town hall, Trump boasted to reporters of his team - \"the best in the state\" - and left.");
        assertThat(speakerOf(direct(a, people(a, TRUMP)), "the best")).isEqualTo("Donald Trump");
    }

    @Test
    void aSentenceOpeningWithANameAndAnAppositionHasThatNameForSubject() {
        AnalyzedText a = article(Language.EN,
                "Marty West, a professor who worked for Sen. Paul Ryan, one of the architects, called it "
                        + "\"a significant development.\"",
                "\"This is the first rollback since the 1980s,\" West said.");
        List<Quote> q = direct(a, people(a, RYAN));
        assertThat(speakerOf(q, "a significant")).isEqualTo("Marty West");
        assertThat(speakerOf(q, "This is")).isEqualTo("Marty West");
    }

    @Test
    void aParticipleHangsOnTheNearerClauseAndQuotedTitlesNeitherSpeakNorEndTheSentence() {
        AnalyzedText a = article(Language.EN,
                "\"Too forced?\" He tweeted when Clinton ended the debate with a reference to the \"Star Wars\" "
                        + "sequel, remarking, \"May the Force be with you.\"",
                "\"He has no chance,\" Spicer said on MSNBC's \"Morning Joe,\" adding, \"Nobody wants that.\"");
        TestArticles.P show = person("Morning Joe", "joe", Gender.UNKNOWN, "Morning Joe");
        List<Quote> q = direct(a, people(a, HILLARY, SPICER, show));
        assertThat(speakerOf(q, "May the Force")).isEqualTo("Hillary Clinton");
        assertThat(speakerOf(q, "Nobody wants")).isEqualTo("Sean Spicer");
    }

    @Test
    void puttingThingsSomewhereIsNoSpeech() {
        AnalyzedText a = article(Language.EN,
                "\"It is valuable,\" said Spicer, explaining that Ryan was cleaning up data and putting it into the"
                        + " national file: \"Vito is outstanding with data.\"",
                "As Trump put it, \"The data are a mess.\"");
        List<Quote> q = direct(a, people(a, SPICER, RYAN, TRUMP));
        assertThat(speakerOf(q, "Vito")).isEqualTo("Sean Spicer");
        assertThat(speakerOf(q, "The data")).isEqualTo("Donald Trump");
    }
}
