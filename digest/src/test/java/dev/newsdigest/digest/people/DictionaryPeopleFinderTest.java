package dev.newsdigest.digest.people;

import static dev.newsdigest.digest.people.PeopleTestSupport.find;
import static dev.newsdigest.digest.people.PeopleTestSupport.names;
import static dev.newsdigest.digest.people.PeopleTestSupport.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import org.junit.jupiter.api.Test;

class DictionaryPeopleFinderTest {

    @Test
    void mergesGrammaticalCasesOfOneSurname() {
        PeopleResult r = find("Заголовок новости\n\nПресс-секретарь Кремля Дмитрий Песков ответил журналистам. "
                + "По словам Пескова, встреча возможна. Журналисты спросили Пескова ещё раз. "
                + "С Песковым согласились не все, но Песков настаивал.");
        assertThat(names(r)).containsExactly("Дмитрий Песков");
        Person p = r.people().get(0);
        assertThat(p.key()).isEqualTo("peskov");
        assertThat(p.mentions()).isEqualTo(5);
        assertThat(p.aliases()).contains("Пескова", "Песковым", "Песков");
        assertThat(p.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void namesTheRoleStatedBeforeTheName() {
        PeopleResult r = find("Заголовок\n\nПресс-секретарь Кремля Дмитрий Песков заявил, что встреча не планируется.");
        assertThat(r.people().get(0).role()).isEqualTo("пресс-секретарь Кремля");
        assertThat(r.byRole("пресс-секретарь Кремля")).map(Person::name).contains("Дмитрий Песков");
        assertThat(r.byRole("спикер Кремля")).map(Person::name).contains("Дмитрий Песков");
        assertThat(r.byRole("министр обороны")).isEmpty();
    }

    @Test
    void canonicalNameIsNominativeEvenWhenOnlyObliqueCasesAreWritten() {
        PeopleResult r = find("Заголовок\n\nВстреча с Марией Захаровой прошла в МИД. Позже Захаровой позвонили.");
        assertThat(names(r)).containsExactly("Мария Захарова");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void ukrainianFeminineFormsAreNamedInTheNominative() {
        PeopleResult r = find("Заголовок статті\n\nЗустріч із Софії Ковальської перенесли. "
                + "Депутатка Ковальська пояснила причину.", "uk");
        assertThat(names(r)).containsExactly("Софія Ковальська");
    }

    @Test
    void keepsAManAndAWomanWithTheSameSurnameApart() {
        PeopleResult r = find("Заголовок\n\nМария Захарова прокомментировала заявление. Сергей Захаров, её однофамилец, "
                + "промолчал. Захарова добавила, что ответ последует.");
        assertThat(names(r)).containsExactlyInAnyOrder("Мария Захарова", "Сергей Захаров");
        Person maria = person(r, "Мария Захарова").orElseThrow();
        assertThat(maria.mentions()).isEqualTo(2);
        assertThat(person(r, "Сергей Захаров").orElseThrow().gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void mergesTheUkrainianSpellingIntoTheRussianName() {
        PeopleResult r = find("Заголовок\n\nДмитрий Песков выступил утром. Дмитро Пєсков, як пишуть українські ЗМІ, "
                + "повторил тезис. Песков также ответил на вопросы.");
        assertThat(names(r)).containsExactly("Дмитрий Песков");
        assertThat(r.people().get(0).aliases()).contains("Дмитро Пєсков");
    }

    @Test
    void foldsYoIntoYe() {
        PeopleResult r = find("Заголовок\n\nАлексей Воробьёв приехал в город. Воробьев встретился с жителями.");
        assertThat(names(r)).hasSize(1);
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void readsInitialsBeforeOrAfterTheSurname() {
        PeopleResult r = find("Заголовок\n\nДоклад подготовил А. Смирнов. Позже Смирнов А. А. ответил на вопросы.");
        assertThat(names(r)).containsExactly("А. Смирнов");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void keepsThePatronymicAsAnAlias() {
        PeopleResult r = find("Заголовок\n\nВладимир Владимирович Путин провёл совещание. Путин поручил подготовить доклад.");
        Person p = r.people().get(0);
        assertThat(p.name()).isEqualTo("Владимир Путин");
        assertThat(p.aliases()).contains("Владимир Владимирович Путин");
    }

    @Test
    void findsForeignNamesMissingFromTheRussianDictionary() {
        PeopleResult r = find("Заголовок\n\nПрезидент Турции Реджеп Эрдоган прибыл в Москву. Эрдогана встретили в аэропорту. "
                + "С администрацией Байдена контактов нет. Трампа ждут в январе, сказал Дональд Трамп.");
        assertThat(names(r)).contains("Реджеп Эрдоган", "Байден", "Дональд Трамп");
        assertThat(person(r, "Реджеп Эрдоган").orElseThrow().mentions()).isEqualTo(2);
        assertThat(person(r, "Реджеп Эрдоган").orElseThrow().role()).isEqualTo("президент Турции");
    }

    @Test
    void findsANameThatStartsASentence() {
        PeopleResult r = find("Заголовок\n\nЛавров заявил о готовности к переговорам. Встреча пройдёт в Женеве.");
        assertThat(names(r)).containsExactly("Лавров");
    }

    @Test
    void doesNotTakeOrganisationsMediaPlacesMonthsOrSentenceStartsForPeople() {
        PeopleResult r = find("Заголовок\n\nСогласно сообщению агентства Интерфакс, в Москве и Берлине прошли встречи. "
                + "Однако РИА Новости сообщили другое. В мае Россия и Германия подписали соглашение. "
                + "Американцы и россияне обсудили Лондон.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void ignoresNamesInsideShortQuotedTitles() {
        PeopleResult r = find("Заголовок\n\nНапомним, что «Комментарии» писали об этом. Фильм «Иван Грозный» вышел снова.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void ignoresPeopleAnInstitutionIsNamedAfter() {
        PeopleResult r = find("Заголовок\n\nВакцину создали в центре имени Н. Ф. Гамалеи.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void reportsEveryMentionWithExactOffsetsAndGender() {
        String article = "Заголовок\n\nМария Захарова заявила, что Песков прав. Захаровой ответили.";
        PeopleResult r = find(article);
        String text = PeopleTestSupport.analyzed(article, null).text();
        assertThat(r.mentions()).hasSize(3);
        for (PersonMention m : r.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        assertThat(r.mentions().get(0).surface()).isEqualTo("Мария Захарова");
        assertThat(r.mentions().get(0).gender()).isEqualTo(Gender.FEMALE);
        assertThat(r.person(r.mentions().get(1)).name()).isEqualTo("Песков");
        assertThat(r.mentions().get(1).gender()).isEqualTo(Gender.MALE);
        assertThat(r.personAt(r.mentions().get(2).start())).map(Person::name).contains("Мария Захарова");
    }

    @Test
    void findsRegnalNamesAfterATitle() {
        PeopleResult r = find("Заголовок\n\nКоролева Елизавета II обратилась к нации.");
        assertThat(names(r)).containsExactly("Елизавета II");
    }

    @Test
    void findsEnglishNamesAfterTitlesAndMergesSurnameMentions() {
        PeopleResult r = find("Council approves budget\n\nMayor Daniela Ruiz said the budget was balanced. "
                + "John F. Keller, the treasurer, disagreed. Ruiz said she would veto any change. "
                + "The White House did not comment.", "en");
        assertThat(names(r)).containsExactlyInAnyOrder("Daniela Ruiz", "John F. Keller");
        Person ruiz = person(r, "Daniela Ruiz").orElseThrow();
        assertThat(ruiz.mentions()).isEqualTo(2);
        assertThat(ruiz.key()).isEqualTo("ruiz");
        assertThat(ruiz.role()).isEqualTo("mayor");
    }

    @Test
    void emptyTextHasNoPeople() {
        assertThat(find("Заголовок").people()).isEmpty();
    }
}
