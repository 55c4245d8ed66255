package dev.newsdigest.digest.people;

import static dev.newsdigest.digest.people.PeopleTestSupport.find;
import static dev.newsdigest.digest.people.PeopleTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import org.junit.jupiter.api.Test;

/** English names: given-name knowledge, speech-verb evidence, and the junk that page furniture glues to names. */
class EnglishPeopleRulesTest {

    @Test
    void givenNamesComeFromTheDatafakerListsWithTheirGender() {
        EnglishGivenNames names = EnglishGivenNames.get();
        assertThat(names.size()).isGreaterThan(4000);
        assertThat(names.isGivenName("Margaret")).isTrue();
        assertThat(names.gender("Margaret")).isEqualTo(Gender.FEMALE);
        assertThat(names.gender("Howard")).isEqualTo(Gender.MALE);
        assertThat(names.gender("David")).as("on both lists").isEqualTo(Gender.UNKNOWN);
        assertThat(names.isGivenName("Breitbart")).isFalse();
    }

    @Test
    void aGivenNameGivesTheGender() {
        PeopleResult r = find("Budget vote delayed\n\nCouncil member Margaret Holloway said the vote would wait.", "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aCapitalisedWordGluedBeforeAGivenNameAndSurnameIsDropped() {
        PeopleResult r = find("Budget vote delayed\n\nThe plan was drafted quickly. Follow Margaret Holloway on Twitter. "
                + "Unlike Gregory Stanton, she voted yes.", "en");
        assertThat(names(r)).containsExactlyInAnyOrder("Margaret Holloway", "Gregory Stanton");
    }

    @Test
    void aTimestampGluedToAGivenNameIsCut() {
        PeopleResult r = find("Live updates\n\n9:02 PMGregory Stanton takes the stage. Stanton said the vote was close.", "en");
        assertThat(names(r)).containsExactly("Gregory Stanton");
    }

    @Test
    void aLoneSurnameNextToASpeechVerbIsAPerson() {
        PeopleResult r = find("Budget vote delayed\n\nThe council met on Monday. \"We will wait,\" Holloway said. "
                + "The delay was welcome, according to Okafor.", "en");
        assertThat(names(r)).containsExactlyInAnyOrder("Holloway", "Okafor");
    }

    @Test
    void aPlaceAfterAPrepositionOrAClauseAfterSaidIsNoSpeaker() {
        PeopleResult r = find("Budget vote delayed\n\nVoters in Nevada said the plan was late. He said Denver would follow.",
                "en");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void contractionsAndCommonSubjectsAreNoNames() {
        PeopleResult r = find("Budget vote delayed\n\nI’m sure, the mayor said. Aides said the vote would wait.", "en");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aStopListWordThatIsAGivenNameBeforeASurnameIsAName() {
        PeopleResult r = find("Debate night\n\nBut Bill Skelly, a longtime data operative, disagreed. The bill passed.", "en");
        assertThat(names(r)).containsExactly("Bill Skelly");
    }

    @Test
    void aQuoteAfterASpeechVerbAndAColonIsNoSpeaker() {
        PeopleResult r = find("Debate night\n\nThe senator waved and boomed: “Wow.” The crowd cheered.", "en");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void placeNamesOpeningWithSanOrFortAreNoPeople() {
        PeopleResult r = find("Debate night\n\nThe San Diego Union-Tribune and Fort Worth papers covered it, "
                + "said Margaret Holloway.", "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
    }

    @Test
    void aRunWithoutAGivenNameHoldingAWordTheArticleWritesInLowerCaseIsNoPerson() {
        PeopleResult r = find("Trade talks resume\n\nThe Free Trade Agreement was signed in May. Critics say free trade "
                + "hurts workers and an agreement like this one needs a vote. Margaret Holloway said the vote would wait.",
                "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
    }

    @Test
    void aGivenNameAfterSuchAWordStartsTheName() {
        PeopleResult r = find("Budget vote delayed\n\nVice Chair Margaret Holloway said the vote would wait. The chair "
                + "of the panel agreed.", "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
    }

    @Test
    void aParticipleOrAnAdverbOpeningASentenceBeforeANameIsNoPartOfIt() {
        PeopleResult r = find("Campaign notes\n\nMargaret Holloway spoke first. Chasing Holloway, the rivals spent "
                + "heavily. Interestingly Holloway said nothing.", "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
    }

    @Test
    void oneCapitalisedWordTheArticleAlsoWritesInLowerCaseIsNoPersonEvenBeforeASpeechVerb() {
        PeopleResult r = find("Strike vote\n\nThe union said labor costs rose. “The deal is fair,” Labor said. "
                + "Margaret Holloway agreed.", "en");
        assertThat(names(r)).containsExactly("Margaret Holloway");
    }
}
