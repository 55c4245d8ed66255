package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.people.PeopleDirectory.Nearby;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.PersonMatcher.Match;
import dev.newsdigest.digest.people.PersonMatcher.MatchKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PeopleDirectory#rank} must equal {@link PersonMatcher#rank} over the directory's people for every query:
 * the same people, kinds, scores and order. Checked on the issue's examples and on generated people and queries
 * (Russian, Ukrainian and English names, inflected, transliterated, misspelt), for directories built at once and
 * grown batch by batch.
 */
class PeopleDirectoryTest {
    private static final PersonMatcher MATCHER = new PersonMatcher();

    // The examples of issue 3 and PersonMatcherTest.
    private static final KnownPerson PESKOV = new KnownPerson("Дмитрий Песков", "peskov", List.of("Пескова", "Дмитро Пєсков"));
    private static final KnownPerson PESKOVA = new KnownPerson("Елизавета Пескова", "peskova", List.of());
    private static final KnownPerson ZELENSKY = new KnownPerson("Володимир Зеленський", null, List.of("Зеленського"));
    private static final KnownPerson GORDIENKO = new KnownPerson("Олена Гордієнко", null, List.of());
    private static final KnownPerson TRUMP = new KnownPerson("Дональд Трамп", null, List.of("Трампа"));
    private static final KnownPerson MASK = new KnownPerson("Jonathan Mask", null, List.of());
    private static final KnownPerson ZAKHAROV = new KnownPerson("Сергей Захаров", null, List.of());
    private static final KnownPerson ZAKHAROVA = new KnownPerson("Мария Захарова", null, List.of("Захаровой"));
    private static final List<KnownPerson> EXAMPLES =
            List.of(PESKOV, PESKOVA, ZELENSKY, GORDIENKO, TRUMP, MASK, ZAKHAROV, ZAKHAROVA);

    private static void assertSameRanking(PeopleDirectory directory, String query, String context) {
        List<Match> expected = MATCHER.rank(query, directory.people());
        assertThat(directory.rank(query)).as("%s: query \"%s\"", context, query).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Peskov", "Песков", "пескова", "Пескова", "Dmitry Peskov", "Дмитрий Песков", "Пєсков",
            "Peskow", "Дмитро Пєсков", "Елизавета Пескова", "Zelensky", "Zelenskyy", "Зеленский", "Зеленський",
            "зеленского", "Gordienko", "Гордиенко", "Trump", "Трамп", "Трампа", "Musk", "Mask", "Маск", "Smith", "  ",
            "Захарова", "Захаровой", "Zakharov", "Zaharova", "Сергей  Захаров", "Мария Захаров", "Д. Песков", "П"})
    void theIssuesExamplesRankAsPersonMatcherRanksThem(String query) {
        assertSameRanking(PeopleDirectory.of(EXAMPLES), query, "examples");
    }

    @Test
    void theExamplesGiveTheExpectedPeople() {
        PeopleDirectory directory = PeopleDirectory.of(EXAMPLES);
        for (String q : List.of("Peskov", "Песков", "пескова", "Peskow", "Пєсков", "Dmitry Peskov")) {
            assertThat(directory.rank(q).get(0).person()).as(q).isEqualTo(PESKOV);
        }
        assertThat(directory.rank("Peskow").get(0).kind()).isEqualTo(MatchKind.TYPO);
        assertThat(directory.rank("Trump").get(0)).extracting(Match::person, Match::kind)
                .containsExactly(TRUMP, MatchKind.SOUNDS_ALIKE);
        assertThat(directory.rank("Gordienko").get(0).person()).isEqualTo(GORDIENKO);
        assertThat(directory.rank("Musk")).isEmpty();
        assertThat(directory.rank("Mask")).extracting(Match::person).containsExactly(MASK);
        assertThat(directory.rank(null)).isEmpty();
        assertThat(PeopleDirectory.empty().rank("Peskov")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void generatedPeopleAndQueriesRankAsPersonMatcherRanksThem(long seed) {
        GeneratedPeople gen = new GeneratedPeople(seed);
        List<KnownPerson> people = new ArrayList<>(gen.people(350));
        people.addAll(EXAMPLES);
        PeopleDirectory directory = PeopleDirectory.of(people);
        assertThat(directory.people()).containsExactlyElementsOf(people);
        Set<MatchKind> kindsSeen = new LinkedHashSet<>();
        for (int i = 0; i < 500; i++) {
            String query = gen.query(people);
            assertSameRanking(directory, query, "seed " + seed);
            directory.rank(query).forEach(m -> kindsSeen.add(m.kind()));
        }
        // The generator must exercise every way of matching, or the comparison proves less than it claims.
        assertThat(kindsSeen).containsExactlyInAnyOrder(MatchKind.values());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void aDirectoryGrownBatchByBatchRanksAsPersonMatcherOverItsPeople(long seed) {
        GeneratedPeople gen = new GeneratedPeople(seed);
        Random random = new Random(seed);
        List<KnownPerson> all = gen.people(300);
        PeopleDirectory directory = PeopleDirectory.of(all.subList(0, 40));
        int next = 40;
        int maxSegments = 0;
        while (next < all.size()) {
            int n = Math.min(all.size() - next, 1 + random.nextInt(30));
            List<KnownPerson> batch = new ArrayList<>(all.subList(next, next + n));
            next += n;
            // Some people already known come back with more aliases (a new article spelt them differently).
            for (int i = random.nextInt(4); i > 0; i--) {
                KnownPerson old = directory.people().get(random.nextInt(directory.size()));
                List<String> aliases = new ArrayList<>(old.aliases());
                List<String> spelt = gen.person().aliases();
                aliases.add(spelt.isEmpty() ? old.name() + "а" : spelt.get(0));
                batch.add(new KnownPerson(old.name(), old.key(), aliases));
            }
            PeopleDirectory before = directory;
            directory = directory.withPeople(batch);
            assertThat(directory.size()).isGreaterThanOrEqualTo(before.size());
            maxSegments = Math.max(maxSegments, directory.segmentCount());
            for (int i = 0; i < 25; i++) {
                String query = gen.query(directory.people());
                assertSameRanking(directory, query, "seed " + seed + " after " + next + " people");
                assertSameRanking(before, query, "the directory before the batch, unchanged");
            }
        }
        assertThat(maxSegments).as("segments stay few (merged like a binary counter)").isLessThanOrEqualTo(10);
    }

    @Test
    void aPersonAddedLaterIsFoundAndAReplacedPersonKeepsItsPlace() {
        PeopleDirectory directory = PeopleDirectory.of(List.of(ZAKHAROV, TRUMP));
        assertThat(directory.rank("Peskov")).isEmpty();

        PeopleDirectory grown = directory.withPeople(List.of(PESKOV));
        assertThat(grown.rank("Peskov")).extracting(Match::person).containsExactly(PESKOV);
        assertThat(grown.people()).containsExactly(ZAKHAROV, TRUMP, PESKOV);
        assertThat(directory.rank("Peskov")).as("the old directory is unchanged").isEmpty();

        KnownPerson trumpWithMore = new KnownPerson(TRUMP.name(), TRUMP.key(), List.of("Трампа", "Donald Trump"));
        PeopleDirectory replaced = grown.withPeople(List.of(trumpWithMore));
        assertThat(replaced.people()).containsExactly(ZAKHAROV, trumpWithMore, PESKOV);
        assertThat(replaced.rank("Donald Trump")).extracting(Match::person, Match::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(trumpWithMore, MatchKind.EXACT));
        assertThat(replaced.byKey(TRUMP.key())).isEqualTo(trumpWithMore);
        assertThat(replaced.byKey("nobody")).isNull();
    }

    @Test
    void aReplacedPersonNoLongerMatchesByWhatItLost() {
        KnownPerson before = new KnownPerson("Иван Кузнецов", "kuznecov", List.of("Кузнецова"));
        KnownPerson after = new KnownPerson("Иван Кузнецов", "kuznecov", List.of());
        PeopleDirectory directory = PeopleDirectory.of(List.of(before, PESKOV)).withPeople(List.of(after));
        assertSameRanking(directory, "Кузнецова", "stale entries");
        assertThat(directory.rank("Кузнецова")).noneMatch(m -> m.kind() == MatchKind.EXACT);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void nearKeyFindsExactlyThePeopleWithinTheEdits(long seed) {
        GeneratedPeople gen = new GeneratedPeople(seed);
        List<KnownPerson> people = gen.people(400);
        PeopleDirectory directory = PeopleDirectory.of(people);
        for (int i = 0; i < 200; i++) {
            String key = NameKeys.key(gen.query(people));
            int max = Math.max(2, key.length() / 3);
            LevenshteinDistance distance = new LevenshteinDistance(max);
            List<Nearby> expected = new ArrayList<>();
            for (KnownPerson p : people) {
                int d = key.isEmpty() ? -1 : distance.apply(key, p.key());
                if (d >= 0) {
                    expected.add(new Nearby(p, d));
                }
            }
            assertThat(directory.nearKey(key, max)).as(key).isEqualTo(expected);
        }
    }

    @Test
    void theTypoIndexTakesFewEntriesPerPerson() {
        List<KnownPerson> people = new GeneratedPeople(5).people(2000);
        PeopleDirectory directory = PeopleDirectory.of(people);
        long keys = people.stream().mapToLong(p -> PersonProfile.of(p).keys().length).sum();
        // Per key: the key, a skeleton and the key itself among the typo keys; per person: name, aliases, own key.
        long names = people.stream().mapToLong(p -> 2 + p.aliases().size()).sum();
        assertThat(directory.indexEntries()).isLessThanOrEqualTo(names + 3 * keys);
        assertThat(people.stream().map(KnownPerson::key).collect(Collectors.toSet())).hasSizeGreaterThan(500);
    }
}
