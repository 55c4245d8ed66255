package dev.newsdigest.digest.people;

import static dev.newsdigest.digest.people.PeopleTestSupport.find;
import static dev.newsdigest.digest.people.PeopleTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Capitalised words next to people that are organisations, places or things, and how names stay whole around them. */
class NotAPersonRulesTest {

    @Test
    void aNameAfterAnInstitutionNounIsTheInstitutions() {
        PeopleResult r = find("Заголовок\n\nОб этом сообщило агентство Рейтер. Акции компании Норвел Стрим упали, "
                + "сообщил аналитик Иван Петров.");
        assertThat(names(r)).containsExactly("Иван Петров");
    }

    @Test
    void aPossessorInTheGenitiveAfterAnInstitutionNounIsAPerson() {
        PeopleResult r = find("Заголовок\n\nОн отказался от работы в компании Сечкина.");
        assertThat(names(r)).containsExactly("Сечкин");
    }

    @Test
    void aPlaceAfterARoleIsNotItsHolder() {
        PeopleResult r = find("Заголовок\n\nМэр Лондона заявил о новых мерах. Представители Лондона промолчали.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void anUnknownWordAfterARolesLowerCaseComplementIsThePortfolio() {
        PeopleResult r = find("Заголовок\n\nНовый министр по делам Карвании пока не назначен.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aCountryBeforeAFullNameIsNotPartOfIt() {
        PeopleResult r = find("Заголовок\n\nГлава МИД Дании Ларс Йенсен прибыл в Киев.");
        assertThat(names(r)).containsExactly("Ларс Йенсен");
    }

    @Test
    void particlesStayInsideTheSurname() {
        PeopleResult r = find("Заголовок\n\nГлава комиссии Урсула фон дер Ляйен выступила в парламенте. "
                + "Фон дер Ляйен также ответила на вопросы. Ранее Марин Ле Пен раскритиковала план.");
        assertThat(names(r)).containsExactlyInAnyOrder("Урсула фон дер Ляйен", "Марин Ле Пен");
        assertThat(PeopleTestSupport.person(r, "Урсула фон дер Ляйен").orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void theLastWordOfAParticleSurnameIsLemmatised() {
        PeopleResult r = find("Заголовок\n\nОперация по ликвидации Усамы бин Ладена длилась сорок минут.");
        assertThat(names(r)).containsExactly("Усама бин Ладен");
    }

    @Test
    void aGenitiveNameAfterAnEponymNounNamesTheInstitution() {
        PeopleResult r = find("Заголовок\n\nВакцину создали в центре Гамалеи и в институте Макса Планка. "
                + "Директор центра Александр Гинцбург рассказал о ней.");
        assertThat(names(r)).containsExactly("Александр Гинцбург");
    }

    @Test
    void hyphenatedWordsWithALowerCasePartAndEuroCompoundsAreNotNames() {
        PeopleResult r = find("Заголовок\n\nПресс-секретарь Даунинг-стрит ответил отказом. "
                + "Председатель Европарламента выступил с речью.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aPlaceAdjectiveAfterAReligiousTitleIsPartOfTheTitle() {
        PeopleResult r = find("Заголовок\n\nС обращением выступил патриарх Московский Кирилл.");
        assertThat(names(r)).containsExactly("Кирилл");
    }

    @Test
    void aDatelineIsNoFirstName() {
        PeopleResult r = find("Заголовок\n\n14:54, 2 Ноябрь, 2018 Власти Кении отложили решение суда.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aLongRunOfCapitalisedWordsWithoutAFirstNameIsAnOrganisation() {
        PeopleResult r = find("Заголовок\n\nАкции получила компания Норвел Газ Трейдинг Холдинг, сообщил Иван Петров.");
        assertThat(names(r)).containsExactly("Иван Петров");
    }

    @Test
    void theNameAfterImeniIsAnEponymButANominativeNameAfterItIsAPerson() {
        PeopleResult r = find("Заголовок\n\nКак заявил директор центра им. Н. Ф. Гамалеи Александр Гинцбург, "
                + "вакцина готова. Препарат разработан в институте имени Роберта Коха.");
        assertThat(names(r)).containsExactly("Александр Гинцбург");
    }

    @Test
    void aBodysNameAfterAProperAdjectiveIsNoFirstName() {
        PeopleResult r = find("Заголовок статті\n\nГолова комітету Верховної Ради заявив про нові правила.", "uk");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aCountryThatIsAlsoAFirstNameIsNoRoleHolder() {
        PeopleResult r = find("Заголовок\n\nЭто подтвердил глава МИД Дании на встрече.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aConjunctionThatIsAlsoASurnameStartsASentence() {
        PeopleResult r = find("Заголовок статті\n\nАле міністр заявив, що рішення ухвалять пізніше.", "uk");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aPlacesNameInsideARunDoesNotMakeTheRunAnOrganisation() {
        PeopleResult r = find("Заголовок статті\n\nЦе сказав міністр у справах Північної Ірландії Шейлеш Барва.", "uk");
        assertThat(names(r)).containsExactly("Шейлеш Барва");
    }

    @Test
    void aCommonNounOpeningTheHeadlineIsNoFirstNameOfTheSurnameAfterIt() {
        PeopleResult r = find("Беседа Трампа и Путина: подробности\n\nДональд Трамп рассказал о беседе.");
        assertThat(names(r)).containsExactlyInAnyOrder("Дональд Трамп", "Путин");
    }

    @Test
    void aFunctionWordAfterAFirstNameIsNoSurname() {
        // a lost full stop glues the next sentence's "Если" to the name
        PeopleResult r = find("Заголовок\n\nОн осуждён за оскорбление пророка Мухаммеда Если Вы заметите ошибку, напишите нам.");
        assertThat(names(r)).containsExactly("Мухаммед");
    }

    @Test
    void abbreviationsInMixedCaseAndLoneCapitalsAreNoNames() {
        PeopleResult r = find("Заголовок\n\nПри рассмотрении проекта нового КоАП Минюст отказался от идеи. "
                + "Иск Нафтогаза В компании подтвердили.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aCountryAfterAnUnknownWordIsItsComplementNotASurname() {
        PeopleResult r = find("Заголовок\n\nСторонники партии Тахрик-и-Инсаф Пакистан вышли на улицы.");
        assertThat(names(r)).noneMatch(n -> n.contains("Пакистан"));
    }

    @Test
    void aCommonNounInTheNominativeOpeningASentenceIsNoSurname() {
        // Война and Вопросов are surnames too; here they are the subject and a genitive the article uses in lower case
        PeopleResult r = find("Заголовок\n\nВойна лишила нас возможности работать. Вопросов возникает множество, "
                + "но на часть вопросов ответов нет.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aSurnameGluedToTheNextCapitalisedWordIsSplitFromIt() {
        PeopleResult r = find("Заголовок\n\nПремьер-министр Хаим Бенцари отказался от поездки. Вместо Бенцари Иерусалим "
                + "будет представлять министр Дан Левин.");
        assertThat(names(r)).containsExactlyInAnyOrder("Хаим Бенцари", "Дан Левин");
        assertThat(PeopleTestSupport.person(r, "Хаим Бенцари").orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void twoSurnamesOfPeopleNamedInFullAreNoOneName() {
        PeopleResult r = find("Заголовок\n\nПремьер Тереза Мэй приняла отставку Бориса Джексона. Причиной стало "
                + "несогласие с политикой Джексон Мэй. После встречи в Чекерс Мэй заявила о новом плане.");
        assertThat(names(r)).containsExactlyInAnyOrder("Тереза Мэй", "Борис Джексон");
    }

    @Test
    void aCountryThatIsAlsoAFirstNameIsNoPerson() {
        PeopleResult r = find("Заголовок\n\nПремьер-министр Израиля заявил, что не полетит в Вашингтон. Израиль уже "
                + "не первый раз меняет решение.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void assembliesWrittenWithACapitalAreNoNames() {
        PeopleResult r = find("Заголовок\n\nХотя Дума уже одобрила законопроект, комплекс зданий Сената и Синода пустует.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void compoundAgencyNamesAreNoNames() {
        PeopleResult r = find("Заголовок\n\nПо утверждению представителей Роскосмоса, это штатная ситуация.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void anUnknownWordBeforeACommonNounIsATitleUnlessAVerbOrARoleSaysOtherwise() {
        PeopleResult r = find("Заголовок\n\nСнимок сделал фотограф агентства Ассошиэйтед Пресс. Акции компании Юнипер "
                + "Газ выросли. Йорген Шлем заявил о поддержке.");
        assertThat(names(r)).containsExactly("Йорген Шлем");
    }

    @Test
    void aCommonWordBeforeAFirstNameIsNoSurnameWithoutAPatronymic() {
        PeopleResult r = find("Заголовок\n\nЗавод расположен в Ньюпорте, столице Острова Уайт.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void spanishPlaceNamesWrittenApartAreNoNames() {
        PeopleResult r = find("Заголовок\n\nТурнир прошёл в Сан Луисе (Аргентина).");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aNameAfterAPlacePrepositionHoldsNoRole() {
        PeopleResult r = find("Заголовок\n\nСотрудники госпиталя принцессы Алины в Сарандуге вынудили закрыть госпиталь.");
        assertThat(names(r)).noneMatch(n -> n.startsWith("Сарандуг"));
    }

    @Test
    void aTitledNameAfterAnInstitutionIsItsNamesake() {
        PeopleResult r = find("Заголовок\n\nОн живёт на улице академика Королькова. Понедельник выдался тяжёлым.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aCapitalisedNounOrPlaceAdjectiveBeforeALowerCaseNounIsNoName() {
        // Лига and Школа are surnames too; "Талдыкорганской" reads like a woman's surname
        PeopleResult r = find("Заголовок\n\nПредседатель Лиги учителей Оксана Дорош выступила. Аким Талдыкорганской "
                + "области Ерлан Нуртаев прибыл. Президента Трампа во время встречи не было.");
        assertThat(names(r)).containsExactlyInAnyOrder("Оксана Дорош", "Ерлан Нуртаев", "Трамп");
    }

    @Test
    void streetsAreNoPeople() {
        PeopleResult r = find("Заголовок\n\nНа Даунинг-Стрит состоялось совещание. Поликлиника работает по адресу "
                + "(ул. Гаврилова, 6).");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void unitsEffectsAndSocietiesNamedAfterPeopleAreNoPeople() {
        PeopleResult r = find("Заголовок\n\nВакцину хранят при минус 70 градусах Цельсия. Отмечены три случая паралича "
                + "Белла. Данные опубликовал Институт Роберта Коха, а также учёные Общества Макса Планка.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void aPluralRoleBeforeOneWordNamesABodyNotAHolder() {
        PeopleResult r = find("Заголовок\n\nПредставители Норвелстрим заявили о новых планах. Сотрудники Карвена "
                + "промолчали, а министр Иван Петров ответил.");
        assertThat(names(r)).containsExactly("Иван Петров");
    }

    @Test
    void aRoleInAnyPluralCaseBeforeOneWordNamesABody() {
        PeopleResult r = find("Заголовок\n\nОб этом активистам Норвелстрим сообщили жители посёлка.");
        assertThat(names(r)).isEmpty();
    }
}
