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
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleBasedQuoteFinderTest {
    private static final RuleBasedQuoteFinder FINDER = new RuleBasedQuoteFinder();

    private static final TestArticles.P PESKOV = person("Дмитрий Песков", "peskov", Gender.MALE,
            "Дмитрий Песков", "Песков", "Пескова", "Пескову", "Песковым");
    private static final TestArticles.P ZAKHAROVA = person("Мария Захарова", "zakharova", Gender.FEMALE,
            "Мария Захарова", "Захарова", "Захаровой");
    private static final TestArticles.P LAVROV = person("Сергей Лавров", "lavrov", Gender.MALE,
            "Сергей Лавров", "Лавров", "Лаврова");

    private static List<Quote> direct(AnalyzedText a, PeopleResult p) {
        List<Quote> all = FINDER.find(a, p);
        assertOffsets(a.text(), all);
        return all.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static void assertOffsets(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    private static String speakerOf(List<Quote> quotes, String textStart) {
        return quotes.stream().filter(q -> q.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + textStart + " in " + quotes)).speaker();
    }

    // ------------------------------------------------------------ Russian

    @Test
    void russianSpeechVerbAfterTheQuoteInEveryPunctuationStyle() {
        AnalyzedText a = article(Language.RU,
                "«Общение не исключается», — отметил Песков.",
                "\"Нет. А зачем нам связываться?\" – ответил Песков на вопрос.",
                "„Мы работаем“, — сказала Захарова журналистам.");
        List<Quote> q = direct(a, people(a, PESKOV, ZAKHAROVA));
        assertThat(q).extracting(Quote::text).containsExactly("Общение не исключается",
                "Нет. А зачем нам связываться?", "Мы работаем");
        assertThat(q).extracting(Quote::speaker).containsExactly("Дмитрий Песков", "Дмитрий Песков",
                "Мария Захарова");
    }

    @Test
    void russianSpeakerAndVerbBeforeAColon() {
        AnalyzedText a = article(Language.RU, "Лавров заявил в интервью ТАСС: «Переговоры возможны в любой момент».");
        List<Quote> q = direct(a, people(a, LAVROV));
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Переговоры возможны в любой момент");
            assertThat(x.speaker()).isEqualTo("Сергей Лавров");
            assertThat(x.partial()).isFalse();
        });
    }

    @Test
    void russianPoSlovamAndKakOtmetil() {
        AnalyzedText a = article(Language.RU,
                "По словам Пескова, «контакты пока не планируются».",
                "Как отметила Захарова, «ответ будет жёстким».");
        List<Quote> q = direct(a, people(a, PESKOV, ZAKHAROVA));
        assertThat(speakerOf(q, "контакты")).isEqualTo("Дмитрий Песков");
        assertThat(speakerOf(q, "ответ будет")).isEqualTo("Мария Захарова");
    }

    @Test
    void pronounResolvesToTheNearestEarlierPersonOfItsGender() {
        AnalyzedText a = article(Language.RU,
                "Захарова прокомментировала слова Лаврова на брифинге.",
                "«Это наша общая позиция», — сказала она.",
                "«Мы её не меняли», — добавил он.");
        List<Quote> q = direct(a, people(a, LAVROV, ZAKHAROVA));
        assertThat(speakerOf(q, "Это наша")).isEqualTo("Мария Захарова");
        assertThat(speakerOf(q, "Мы её")).isEqualTo("Сергей Лавров");
    }

    @Test
    void roleResolvesToTheNamedHolder() {
        AnalyzedText a = article(Language.RU,
                "Пресс-секретарь Кремля Дмитрий Песков провёл брифинг. Лавров в нём не участвовал.",
                "«Вопрос о встрече пока не обсуждается», — сказал пресс-секретарь Кремля.");
        List<Quote> q = direct(a, people(a, PESKOV, LAVROV));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("Дмитрий Песков");
    }

    @Test
    void nonPersonSourceHasNoSpeaker() {
        AnalyzedText a = article(Language.RU,
                "Песков ничего не сказал о пожаре.",
                "«Возгорание локализовано на площади 200 квадратных метров», — сообщили в пресс-службе МЧС.",
                "«Пострадавших нет», — говорится в сообщении ведомства.");
        List<Quote> q = direct(a, people(a, PESKOV));
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void interruptedQuoteGivesTwoPartsWithTheSameSpeaker() {
        AnalyzedText a = article(Language.RU,
                "«Общение не исключается, — сказал Песков. — Трамп заявлял, что собирается позвонить».");
        List<Quote> q = direct(a, people(a, PESKOV));
        assertThat(q).extracting(Quote::text).containsExactly("Общение не исключается",
                "Трамп заявлял, что собирается позвонить");
        assertThat(q).extracting(Quote::speaker).containsOnly("Дмитрий Песков");
    }

    @Test
    void dialogueDashLines() {
        AnalyzedText a = article(Language.RU,
                "Журналисты спросили Лаврова о переговорах.",
                "— Мы готовы к диалогу, — ответил Лавров. — Но не на таких условиях.",
                "— А сроки? — спросила Захарова.");
        List<Quote> q = direct(a, people(a, LAVROV, ZAKHAROVA));
        assertThat(q).extracting(Quote::text).containsExactly("Мы готовы к диалогу", "Но не на таких условиях.",
                "А сроки?");
        assertThat(q).extracting(Quote::speaker).containsExactly("Сергей Лавров", "Сергей Лавров",
                "Мария Захарова");
    }

    @Test
    void namesOfMediaCompaniesAndWorksAreNotQuotes() {
        AnalyzedText a = article(Language.RU,
                "Напомним, что \"Комментарии\" писали о переговорах. Газета «Вечерняя Лидия» сообщила об этом.",
                "Компания «Северный поток» и фильм «Брат 2» тоже упоминались, как и операция «Буря в пустыне».",
                "Так называемая «перезагрузка» провалилась.");
        assertThat(direct(a, PeopleResult.empty())).isEmpty();
    }

    @Test
    void partialQuoteInsideReportedSpeechIsMarkedPartialAndAttributed() {
        AnalyzedText a = article(Language.RU,
                "Песков ответил, что компания «выполнит все требования регулятора в срок».");
        List<Quote> q = direct(a, people(a, PESKOV));
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("выполнит все требования регулятора в срок");
            assertThat(x.partial()).isTrue();
            assertThat(x.speaker()).isEqualTo("Дмитрий Песков");
        });
    }

    @Test
    void reportedSpeechBecomesAnIndirectQuote() {
        AnalyzedText a = article(Language.RU, "Песков отметил, что контакт между лидерами возможен до инаугурации.");
        List<Quote> all = FINDER.find(a, people(a, PESKOV));
        assertThat(all).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
            assertThat(x.text()).isEqualTo("контакт между лидерами возможен до инаугурации");
            assertThat(x.speaker()).isEqualTo("Дмитрий Песков");
        });
    }

    // ------------------------------------------------------------ Ukrainian

    @Test
    void ukrainianPatterns() {
        TestArticles.P tkachuk = person("Олександр Ткачук", "tkachuk", Gender.MALE, "Олександр Ткачук", "Ткачук");
        TestArticles.P hordiienko = person("Ірина Гордієнко", "hordiienko", Gender.FEMALE, "Ірина Гордієнко",
                "Гордієнко");
        AnalyzedText a = article(Language.UK,
                "\"Ремонт мосту завершать до осені\", — сказав міський голова Олександр Ткачук.",
                "Гордієнко повідомила у Facebook: \"Ми не чекатимемо на рішення уряду\".",
                "За словами Ткачука, «кошти вже виділені».",
                "«Роботи тривають цілодобово», — додала вона.");
        List<Quote> q = direct(a, people(a, tkachuk, hordiienko));
        assertThat(speakerOf(q, "Ремонт")).isEqualTo("Олександр Ткачук");
        assertThat(speakerOf(q, "Ми не")).isEqualTo("Ірина Гордієнко");
        assertThat(speakerOf(q, "Роботи")).isEqualTo("Ірина Гордієнко");
    }

    // ------------------------------------------------------------ English

    private static final TestArticles.P RUIZ = person("Daniela Ruiz", "ruiz", Gender.FEMALE, "Daniela Ruiz", "Ruiz");
    private static final TestArticles.P BRANDT = person("Tom Brandt", "brandt", Gender.MALE, "Tom Brandt", "Brandt");

    @Test
    void englishAttributionOrders() {
        AnalyzedText a = article(Language.EN,
                "Mayor Daniela Ruiz opened the bridge on Monday, and Tom Brandt was there.",
                "“It took us three years,” said Ruiz.",
                "\"We never doubted it,\" Brandt said.",
                "Brandt told reporters: \"The city will pay less than planned.\"",
                "According to Ruiz, \"traffic will start next week\".");
        List<Quote> q = direct(a, people(a, RUIZ, BRANDT));
        assertThat(speakerOf(q, "It took")).isEqualTo("Daniela Ruiz");
        assertThat(speakerOf(q, "We never")).isEqualTo("Tom Brandt");
        assertThat(speakerOf(q, "The city")).isEqualTo("Tom Brandt");
        assertThat(speakerOf(q, "traffic")).isEqualTo("Daniela Ruiz");
    }

    @Test
    void englishInterruptedQuoteAndContinuationKeepTheSpeaker() {
        AnalyzedText a = article(Language.EN,
                "Brandt spoke after Ruiz left.",
                "\"We are done here,\" he said. \"Nothing else will change.\"",
                "\"It is a shame,\" she added.");
        List<Quote> q = direct(a, people(a, RUIZ, BRANDT));
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Brandt", "Tom Brandt", "Daniela Ruiz");
    }

    @Test
    void englishNonPersonSourcesAndTitles() {
        AnalyzedText a = article(Language.EN,
                "Ruiz did not comment.",
                "\"The company regrets the delay,\" a Northgate spokesperson said.",
                "She praised the novel \"The Last Orchard\" and the so-called \"reform\".");
        List<Quote> q = direct(a, people(a, RUIZ));
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The company regrets the delay");
            assertThat(x.speaker()).isNull();
        });
    }

    @Test
    void speakerUnknownToThePeopleEngineIsReportedAndNamedOnlyOnEvidence() {
        AnalyzedText a = article(Language.EN, "\"We will appeal,\" said Marta Quill.", "\"We lost,\" Quill said.",
                "\"Never,\" Vantor said.");
        RuleBasedQuoteFinder.Analysis r = FINDER.analyse(a, PeopleResult.empty());
        // a given name and a surname, and that surname alone later, are a person; a bare unknown word is not
        assertThat(r.quotes()).extracting(Quote::speaker).containsExactly("Marta Quill", "Marta Quill", null);
        assertThat(r.misses()).extracting(SpeakerMiss::surface).containsExactly("Marta Quill", "Quill", "Vantor");
    }

    @Test
    void rankPrefersSalientSpeakersAndLongerFullQuotes() {
        AnalyzedText a = article(Language.RU,
                "Песков провёл брифинг. Песков говорил долго. Лавров молчал.",
                "«Да», — сказал Лавров.",
                "«Организация каждой встречи требует большой подготовительной работы на экспертном уровне», — "
                        + "подчеркнул Песков.");
        List<Quote> q = direct(a, people(a, PESKOV, LAVROV));
        assertThat(q).filteredOn(x -> x.rank() == 0).singleElement().extracting(Quote::speaker)
                .isEqualTo("Дмитрий Песков");
    }

    // ------------------------------------------------------------ robustness

    @Test
    void offsetsHoldOnFuzzedInput() {
        Random random = new Random(42);
        String alphabet = "«»„“”\"'‘’—–-,.!?: \n абвгдПесковABCsaid сказал отметил по словам";
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Language lang : new Language[] {Language.RU, Language.EN, Language.UK}) {
                AnalyzedText a = article(lang, b.toString());
                assertOffsets(a.text(), FINDER.find(a, people(a, PESKOV)));
            }
        }
    }

    @Test
    void hostileInputFinishesWithBoundedOutput() {
        String unclosed = "«" + "слово, — сказал Песков. — ".repeat(40_000);
        AnalyzedText a = article(Language.RU, unclosed);
        assertThat(FINDER.find(a, PeopleResult.empty())).hasSizeLessThanOrEqualTo(QuoteScanner.MAX_QUOTES * 2);
        AnalyzedText many = article(Language.EN, "\"Yes,\" he said. ".repeat(20_000));
        assertThat(FINDER.find(many, PeopleResult.empty())).hasSizeLessThanOrEqualTo(QuoteScanner.MAX_QUOTES * 2);
    }
}
