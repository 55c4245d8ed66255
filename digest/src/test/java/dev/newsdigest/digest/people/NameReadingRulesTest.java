package dev.newsdigest.digest.people;

import static dev.newsdigest.digest.people.PeopleTestSupport.find;
import static dev.newsdigest.digest.people.PeopleTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.Gender;
import org.junit.jupiter.api.Test;

/** How the readings of a name's words are chosen: gender, case and lemma from the context and the article. */
class NameReadingRulesTest {

    @Test
    void aWomansFirstNameInIyaIsReadInTheNominative() {
        PeopleResult r = find("Заголовок\n\nРузия Камали вернулась домой. Соседи встретили Рузию Камали цветами.");
        assertThat(names(r)).containsExactly("Рузия Камали");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void ukrainianFormsOfAWomansFirstNameInIya() {
        PeopleResult r = find("Заголовок статті\n\nАдвокат Рузії Камалі подав скаргу. Рузія Камалі чекає рішення.", "uk");
        assertThat(names(r)).containsExactly("Рузія Камалі");
    }

    @Test
    void aFeminineNounBeforeTheNameMakesItAWoman() {
        // "Алии" is also the genitive of the man's name Алий; "журналистке" says who is meant
        PeopleResult r = find("Заголовок\n\nПремию вручили журналистке Алии Сафиной.");
        assertThat(names(r)).containsExactly("Алия Сафина");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aNounOfEitherGenderSaysNothingAboutTheName() {
        PeopleResult r = find("Заголовок\n\nДело передали судье Сакибу Нуриеву.");
        assertThat(names(r)).containsExactly("Сакиб Нуриев");
    }

    @Test
    void theArticlesUsualReadingOfAFullNameDecidesTheAmbiguousMentions() {
        // "Рузии Камали" alone could be a man's (Рузий) or a woman's name; the article's other mentions agree on a woman
        PeopleResult r = find("Заголовок\n\nРузия Камали заявила о победе. Рузия Камали поблагодарила тренера. "
                + "Болельщики поздравили Рузию Камали.");
        assertThat(names(r)).containsExactly("Рузия Камали");
        assertThat(r.people().get(0).mentions()).isEqualTo(3);
    }

    @Test
    void aSurnameTheDictionariesKnowOnlyAsAFirstNameKeepsItsLemma() {
        PeopleResult r = find("Заголовок\n\nНа концерте звучали песни Джорджа Майкла.");
        assertThat(names(r)).containsExactly("Джордж Майкл");
    }

    @Test
    void latinLookAlikeLettersInACyrillicNameAreReadAsCyrillic() {
        // the first "С" of the second mention is a Latin C
        PeopleResult r = find("Заголовок\n\nСергей Скрипкин дал интервью. Позже \u0043ергей Скрипкин уточнил детали.");
        assertThat(names(r)).containsExactly("Сергей Скрипкин");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void twoUnknownCapitalisedWordsAfterAWordForAPersonAreAName() {
        // "Зарии" is a place-like word no dictionary reads as a first name; "христианке" says a woman is named
        PeopleResult r = find("Заголовок\n\nСуд оправдал христианку Зарию Бхатави. Позже Бхатави покинула страну.");
        assertThat(names(r)).containsExactly("Зария Бхатави");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void aCapitalisedCommonNounAfterAWordForAPersonIsNoName() {
        PeopleResult r = find("Заголовок\n\nЭто заявил убеждённый сторонник Брекзита.");
        assertThat(names(r)).isEmpty();
    }

    @Test
    void firstNamesWithTheSameStemAndDifferentEndingsAreOnePerson() {
        PeopleResult r = find("Заголовок\n\nСуд освободил Рузию Камали. Рузие Камали предложили убежище.");
        assertThat(names(r)).hasSize(1);
    }

    @Test
    void threeWordForeignNamesKeepTheMiddleWord() {
        PeopleResult r = find("Заголовок\n\nЛидер партии Мухаммад Афзал Кадри выступил перед сторонниками. "
                + "Позже Кадри призвал к спокойствию.");
        assertThat(names(r)).containsExactly("Мухаммад Афзал Кадри");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void aNameAfterACommonNounIsItsGenitive() {
        // "Дмитрия" is also listed as a woman's name and "Медведева" as a woman's surname; after a noun the name is
        // the genitive of Дмитрий Медведев
        PeopleResult r = find("Заголовок\n\nСледуя предложению Дмитрия Медведева, депутаты изменили закон.");
        assertThat(names(r)).containsExactly("Дмитрий Медведев");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void aFirstNameAndPatronymicAloneNameAPerson() {
        PeopleResult r = find("Заголовок\n\nНа церемонию пришла Наина Иосифовна. Её встретил Романа Абрамовича сын.");
        assertThat(names(r)).containsExactlyInAnyOrder("Наина Иосифовна", "Роман Абрамович");
    }

    @Test
    void aFormOnlyReadAsAnObliqueCaseThatStartsASentenceAsSubjectIsIndeclinable() {
        // the Ukrainian dictionary reads "Кобі" only as a case form of Коба; the article uses it as a subject
        PeopleResult r = find("Заголовок статті\n\nСуд виправдав Марію Кобі. Кобі заявила, що залишить країну.", "uk");
        assertThat(names(r)).containsExactly("Марія Кобі");
    }

    @Test
    void anArabicArticleJoinedByAHyphenBelongsToTheSurname() {
        PeopleResult r = find("Заголовок\n\nАдвокат Саиф уль-Малук подал апелляцию. Также выступил Халед эль-Масри.");
        assertThat(names(r)).containsExactlyInAnyOrder("Саиф уль-Малук", "Халед эль-Масри");
    }

    @Test
    void aSurnameInThePluralIsAFamily() {
        PeopleResult r = find("Заголовок\n\nСледствие по делу Скрипалей продолжается.");
        assertThat(names(r)).containsExactly("Скрипали");
    }

    @Test
    void aFirstNameAloneAfterAWordForAPersonIsThatPersonInTheRightGender() {
        PeopleResult r = find("Заголовок\n\nВместе с ним приедут его дочь Юлию и мать Раиса.");
        assertThat(names(r)).containsExactlyInAnyOrder("Юлия", "Раиса");
        assertThat(PeopleTestSupport.person(r, "Юлия").orElseThrow().gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aFeminineParticipleAfterTheNameSaysAWoman() {
        PeopleResult r = find("Заголовок\n\nАлия Бхатави, приговорённая к смерти, подала апелляцию.");
        assertThat(names(r)).containsExactly("Алия Бхатави");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void everyMentionOfOneWrittenFormTakesTheSameReading() {
        // "Шульц" reads as a man's or a woman's surname; one agreeing verb decides for all three mentions
        PeopleResult r = find("Заголовок\n\nШульц выступила в парламенте. Позже Шульц ответила на вопросы. "
                + "Депутаты поддержали Шульц.");
        assertThat(names(r)).containsExactly("Шульц");
        assertThat(r.people().get(0).mentions()).isEqualTo(3);
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aTownsNameAfterAForeignFirstNameIsTheSurname() {
        PeopleResult r = find("Заголовок\n\nВ отставку подал министр по делам регионов Ракеш Вара.");
        assertThat(names(r)).containsExactly("Ракеш Вара");
    }

    @Test
    void aSpanishDoubleSurnameAloneIsThePersonNamedInFull() {
        PeopleResult r = find("Заголовок\n\nЭдуардо Гарсия Ортега, глава отдела, рассказал о проверке. "
                + "По словам Гарсии Ортеги, компании уже продали доли. Позже Гарсия Ортега уточнил детали.");
        assertThat(names(r)).containsExactly("Эдуардо Гарсия Ортега");
        assertThat(r.people().get(0).mentions()).isEqualTo(3);
    }

    @Test
    void aSurnameInCapitalsAfterAFirstNameIsRead() {
        PeopleResult r = find("Заголовок\n\nСнимки для материала сделал Никита ГОЛОВАНОВ.");
        assertThat(names(r)).containsExactly("Никита Голованов");
    }

    @Test
    void thePopeIsARole() {
        PeopleResult r = find("Заголовок\n\nС призывом выступил папа римский Франциск. Ранее Римский Папа Бенедикт XVI "
                + "говорил о том же.");
        assertThat(names(r)).containsExactlyInAnyOrder("Франциск", "Бенедикт XVI");
    }

    @Test
    void aVerbAgreeingWithTheNameMakesItANominative() {
        // "Аокара" could be the genitive of a man's "Аокар"; the verb after it says it is the subject
        PeopleResult r = find("Заголовок\n\nГлава агентства Кэндзи Аокара отметил, что всё в порядке.");
        assertThat(names(r)).containsExactly("Кэндзи Аокара");
    }

    @Test
    void aDashAndANounAfterTheNameMakeItANominative() {
        PeopleResult r = find("Заголовок\n\nВ жюри вошли эксперты: Оньека Нвабома - руководитель проекта, и другие.");
        assertThat(names(r)).containsExactly("Оньека Нвабома");
    }

    @Test
    void aSurnameWhoseCommonReadingIsObliqueStartsASentenceAsItsSubject() {
        // жуков is the genitive plural of жук: a sentence does not open with it before a verb
        PeopleResult r = find("Заголовок\n\nВ пятницу начнутся переговоры. Жуков также подпишет договор.");
        assertThat(names(r)).containsExactly("Жуков");
    }

    @Test
    void aFirstNameIsNotReadAsAVocative() {
        PeopleResult r = find("Заголовок\n\nМариано Ортега, глава отдела, рассказал о проверке.");
        assertThat(names(r)).containsExactly("Мариано Ортега");
    }

    @Test
    void anObliqueCaseOfAPersonsFullNameIsThatPersonNotAWoman() {
        // "Веселина Тодорова" alone reads as a woman in the nominative; beside Веселин Тодоров it is his genitive
        PeopleResult r = find("Заголовок\n\nМатч между чемпионом мира Веселином Тодоровым и претендентом начнётся "
                + "завтра. Тодоров уверен в победе. Шансы Веселина Тодорова (Болгария) высоки.");
        assertThat(names(r)).containsExactly("Веселин Тодоров");
        assertThat(r.people().get(0).mentions()).isEqualTo(3);
    }

    @Test
    void aLoneSurnameWrittenAsACaseOfAPersonsSurnameJoinsThem() {
        // the dictionary reads "Брода" as the surname Брода, not as Брод's genitive
        PeopleResult r = find("Заголовок\n\nПравозащитник Семён Брод выступил на конференции. Позже позицию Брода "
                + "поддержали коллеги.");
        assertThat(names(r)).containsExactly("Семен Брод");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void aForeignSurnameDeclinesWithoutAFleetingVowel() {
        // petrovich4j declines Кок like Сурок (Кка); a foreign Кок is Кока
        PeopleResult r = find("Заголовок\n\nПредприниматель Мартин Кок проводит кампанию. Сторонники Мартина Кока "
                + "собрались у офиса.");
        assertThat(names(r)).containsExactly("Мартин Кок");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void aFirstNameTheDictionaryKnowsOnlyAsAVocativeIsReadAsWritten() {
        PeopleResult r = find("Заголовок\n\nПремьер-министр Сильвио Берлускони и его соперник Романо Бельтрами "
                + "встретились. Бельтрами победил.");
        assertThat(names(r)).contains("Романо Бельтрами");
    }

    @Test
    void aFirstNameThatIsAlsoAPluralOfAnotherIsReadAsWritten() {
        // Веселин is also the genitive plural of the woman's name Веселина
        PeopleResult r = find("Заголовок\n\nИтоги турнира подведены. Веселин Тодоров выиграл.");
        assertThat(names(r)).containsExactly("Веселин Тодоров");
    }

    @Test
    void aFeminineWordBeforeALoneNameReadsItAsAWomansFirstName() {
        // "Белла" alone is also the genitive of the man's surname Белл
        PeopleResult r = find("Заголовок\n\nКонец света предсказала всемирно известная Белла, сообщают источники.");
        assertThat(names(r)).containsExactly("Белла");
        assertThat(r.people().get(0).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aBishopsSeeIsNoSurname() {
        PeopleResult r = find("Заголовок\n\nАрхиепископ Феофан Озерский провёл службу в соборе.");
        assertThat(names(r)).containsExactly("Феофан");
    }

    @Test
    void aFirstNameAloneFollowedByACommaAndAWordForAPersonIsAPerson() {
        PeopleResult r = find("Заголовок\n\nРазговаривая с нами, Тарас, рабочий из цеха, рассказал о забастовке.");
        assertThat(names(r)).containsExactly("Тарас");
    }

    @Test
    void aThirdWordThatIsASurnameAndAFirstNameEndsAThreeWordName() {
        PeopleResult r = find("Заголовок\n\nСудьи: • Мануэль Техедо Гонсалес (Испания) • Массимо Бьянки (Италия)");
        assertThat(names(r)).containsExactlyInAnyOrder("Мануэль Техедо Гонсалес", "Массимо Бьянки");
    }

    @Test
    void aFirstNameWrittenInTheNominativeNamesThePerson() {
        // the Ukrainian dictionary spells the genitive "Ізабели" as a form of Ізабела
        PeopleResult r = find("Заголовок статті\n\nСеред них і Ізабелла, молода жінка, викрадена бойовиками. Один з дітей "
                + "Ізабели був убитий.", "uk");
        assertThat(names(r)).containsExactly("Ізабелла");
    }

    @Test
    void aSurnameInBracketsAfterAFullNameIsThatPersonsOtherSurname() {
        PeopleResult r = find("Заголовок\n\nЧемпионкой Европы стала шахматистка Марина Гюрсель (Рябинина) — 8,5 очков из 11.");
        assertThat(names(r)).containsExactly("Марина Гюрсель");
        assertThat(r.people().get(0).aliases()).contains("Рябинина");
    }

    @Test
    void aWeekdayAfterAFirstNameIsASurname() {
        PeopleResult r = find("Заголовок\n\nИгорь Понедельник заявил, что адвокат ведёт себя странно.");
        assertThat(names(r)).containsExactly("Игорь Понедельник");
    }

    @Test
    void aFirstNameAloneInACaseFormJoinsThePersonNamedInFull() {
        PeopleResult r = find("Заголовок\n\nБрат Сулима Амирова Иса Амиров рассказал о покушении. Люди, арестованные "
                + "по делу Сулима в Эмиратах, дают показания.");
        assertThat(names(r)).containsExactlyInAnyOrder("Сулим Амиров", "Иса Амиров");
        assertThat(PeopleTestSupport.person(r, "Сулим Амиров").orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void oneNameSpeltTwoWaysIsOnePerson() {
        PeopleResult r = find("Заголовок\n\nЕврокомиссар Стелла Кириакидес заявила о новом механизме. Позже Стелла "
                + "Кириакидис уточнила детали.");
        assertThat(names(r)).containsExactly("Стелла Кириакидес");
        assertThat(r.people().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void aSurnameWithALowerCaseArabicArticleOrIbnIsAPersonEvenAlone() {
        PeopleResult r = find("Заголовок\n\nВ докладе аль-Карими нет ни слова о нефти. В трудах ибн Саифа много загадок.");
        assertThat(names(r)).containsExactlyInAnyOrder("аль-Карими", "ибн Саиф");
    }

    @Test
    void aCapitalisedWordBeforeAnArabicArticleNameIsTheFirstName() {
        PeopleResult r = find("Заголовок\n\nОператор Аль-Джазиры Сами аль-Хадир находится в тюрьме.");
        assertThat(names(r)).containsExactly("Сами аль-Хадир");
    }

    @Test
    void anEmphaticSamBeforeAnUnknownWordMakesItAPerson() {
        PeopleResult r = find("Заголовок\n\nОб этом ещё в прошлом веке предупреждал сам Карвасов.");
        assertThat(names(r)).containsExactly("Карвасов");
    }

    @Test
    void aSurnameInAVowelThatTheNominativeFirstNameRulesOutAsACaseIsIndeclinable() {
        PeopleResult r = find("Заголовок\n\nОб этом министр Карвании Иван Бруке заявил журналистам.");
        assertThat(names(r)).containsExactly("Иван Бруке");
    }

    @Test
    void aForeignPairInVowelsIsNotReadInThePrepositionalWithoutAPreposition() {
        PeopleResult r = find("Заголовок\n\n45-летний пилот Лауке Шмале работал в компании десять лет.");
        assertThat(names(r)).containsExactly("Лауке Шмале");
    }

    @Test
    void aNameRightAfterASpeechVerbIsItsSubjectAndAgreesWithIt() {
        PeopleResult r = find("Заголовок\n\nСоглашение обсуждали долго. «Мы готовы», — заявила Карпова.");
        assertThat(names(r)).containsExactly("Карпова");
        assertThat(r.people().get(0).gender()).isEqualTo(dev.newsdigest.digest.Gender.FEMALE);
    }

    @Test
    void aWomanKeepsAMansSurnameInAConsonantUndeclined() {
        PeopleResult r = find("Заголовок\n\n«Свидание будет долгим», — рассказала Алла Шмидт.");
        assertThat(names(r)).containsExactly("Алла Шмидт");
    }

    @Test
    void namesListedTogetherShareTheirCase() {
        PeopleResult r = find("Заголовок\n\nТеория была изложена в трудах Гамалиэля, Авраама и Абу Тахира.");
        assertThat(names(r)).contains("Абу Тахир");
    }
}
