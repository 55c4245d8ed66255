package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.PersonMatcher.Match;
import dev.newsdigest.digest.people.PersonMatcher.MatchKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonMatcherTest {
    private static final KnownPerson PESKOV = new KnownPerson("Дмитрий Песков", "peskov", List.of("Пескова", "Дмитро Пєсков"));
    private static final KnownPerson PESKOVA = new KnownPerson("Елизавета Пескова", "peskova", List.of());
    private static final KnownPerson ZELENSKY = new KnownPerson("Володимир Зеленський", null, List.of("Зеленського"));
    private static final KnownPerson GORDIENKO = new KnownPerson("Олена Гордієнко", null, List.of());
    private static final KnownPerson TRUMP = new KnownPerson("Дональд Трамп", null, List.of("Трампа"));
    private static final KnownPerson MASK = new KnownPerson("Jonathan Mask", null, List.of());
    private static final KnownPerson ZAKHAROV = new KnownPerson("Сергей Захаров", null, List.of());
    private static final List<KnownPerson> PEOPLE = List.of(PESKOV, PESKOVA, ZELENSKY, GORDIENKO, TRUMP, MASK, ZAKHAROV);

    private final PersonMatcher matcher = new PersonMatcher();

    private Match top(String query) {
        List<Match> ranked = matcher.rank(query, PEOPLE);
        assertThat(ranked).as("matches for %s", query).isNotEmpty();
        return ranked.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Peskov", "Песков", "пескова", "Dmitry Peskov", "Дмитрий Песков", "Пєсков", "Peskow"})
    void everySpellingOfPeskovFindsHim(String query) {
        assertThat(top(query).person()).isEqualTo(PESKOV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zelensky", "Zelenskyy", "Зеленский", "Зеленський", "зеленского"})
    void everySpellingOfZelenskyFindsHim(String query) {
        assertThat(top(query).person()).isEqualTo(ZELENSKY);
    }

    @Test
    void latinSpellingFindsAUkrainianSurname() {
        assertThat(top("Gordienko").person()).isEqualTo(GORDIENKO);
    }

    @Test
    void exactAndTransliteratedMatchesRankAboveTypos() {
        assertThat(top("Дмитрий Песков").kind()).isEqualTo(MatchKind.EXACT);
        assertThat(top("Peskov").kind()).isEqualTo(MatchKind.SAME_KEY);
        assertThat(top("пескова").kind()).isIn(MatchKind.EXACT, MatchKind.SAME_KEY, MatchKind.INFLECTED);
        Match typo = top("Peskow");
        assertThat(typo.kind()).isEqualTo(MatchKind.TYPO);
        assertThat(typo.score()).isLessThan(top("Peskov").score());
    }

    @Test
    void theWomanWithTheFeminineSurnameIsFoundByHerOwnName() {
        assertThat(top("Елизавета Пескова").person()).isEqualTo(PESKOVA);
    }

    @Test
    void crossScriptSoundAlikeFindsForeignNames() {
        assertThat(top("Trump").person()).isEqualTo(TRUMP);
    }

    @Test
    void aShortSurnameNeverFuzzilyMatchesAnother() {
        assertThat(matcher.rank("Musk", PEOPLE)).isEmpty();
        assertThat(matcher.rank("Mask", PEOPLE)).extracting(Match::person).containsExactly(MASK);
    }

    @Test
    void unrelatedOrBlankQueriesMatchNobody() {
        assertThat(matcher.rank("Smith", PEOPLE)).isEmpty();
        assertThat(matcher.rank("  ", PEOPLE)).isEmpty();
    }
}
