package dev.newsdigest.digest.people;

import java.util.Locale;
import java.util.Set;

/**
 * Common nouns that a capitalised name after them belongs to, not a person: "агентство Рейтер", "компании Юнипер",
 * "газопровода Блю Стрим", "партії Самопоміч", "улица Даунинг-стрит". A name right after one of them is an
 * organisation, a place or a product, unless the name is a full personal name the dictionaries know ("фонд Билла
 * Гейтса").
 *
 * <p>Russian and Ukrainian stems, matched with any ending of at most three letters, like {@link RoleWords}; a stem
 * must not also begin a common verb form (so no "указ": указал, no "сел": сели).
 */
final class InstitutionWords {
    private static final Set<String> STEMS = Set.of(
            // companies, media, parties
            "компани", "компані", "фирм", "фірм", "концерн", "холдинг", "корпораци", "корпораці", "банк",
            "агентств", "агенци", "агенці", "газет", "журнал", "издани", "видання", "телеканал", "канал",
            "радиостанци", "радіостанці", "портал", "сайт", "партия", "парти", "партія", "парті", "движени",
            "группировк", "угрупован", "организаци", "організаці", "фонд", "клуб", "альянс",
            "бренд", "сервис", "сервіс", "мессенджер", "месенджер", "соцсет", "платформ",
            // institutions and buildings
            "университет", "університет", "институт", "інститут", "центр", "завод", "комбинат", "комбінат",
            "аэропорт", "аеропорт", "отел", "готел", "стадион", "стадіон", "театр", "музе", "лаборатори",
            "лабораторі", "больниц", "клиник", "клінік", "госпитал", "шпитал", "тюрьм", "колони", "монастыр",
            "монастир", "храм", "собор", "мечет", "церкв",
            // places and routes
            "улиц", "вулиц", "проспект", "площад", "площ", "город", "міст", "деревн", "поселк",
            "посёлк", "селищ", "район", "област", "провинци", "провінці", "штат", "остров", "острів", "рек",
            "річк", "озер", "регион", "регіон", "курорт", "трасс", "траса",
            // projects and things
            "газопровод", "газопровід", "трубопровод", "трубопровід", "нефтепровод", "проект", "проєкт",
            "операци", "операці", "программ", "програм", "вакцин", "препарат", "спутник", "корабл", "судн",
            "самолет", "самолёт", "літак", "ракет", "модел", "марк", "премия", "премі", "конкурс", "фестивал",
            "турнир", "турнір", "чемпионат", "чемпіонат", "кубок", "кубк", "форум", "саммит",
            "саміт", "доктрин", "план", "пакт", "договор", "договір", "соглашени", "угод", "закон");

    /**
     * Institutions named after a person ("центр Гамалеи", "институт Макса Планка", "закон Магнитского",
     * "университет Джонса Хопкинса"): a genitive name after them is an eponym, not a person the article involves.
     */
    private static final Set<String> EPONYM_STEMS = Set.of("центр", "институт", "інститут", "университет",
            "університет", "академи", "академі", "школ", "премия", "премии", "премию", "премі", "закон", "музе",
            "театр", "улиц", "вулиц", "проспект", "площад", "площ", "аэропорт", "аеропорт", "стадион", "стадіон",
            "фонд", "больниц", "лікарн", "госпитал", "шпитал", "библиотек", "бібліотек", "орден", "медал",
            "лаборатори", "лабораторі", "ниц", "нии", "обществ", "товариств", "градус", "синдром", "паралич",
            "паралі", "эффект", "ефект", "теорем", "шкал");

    /** Abbreviated street words written with a period ("ул. Милютина", "пр. Мира", "вул. Франка"). */
    private static final Set<String> ABBREVIATED_PLACES = Set.of("ул", "вул", "пр", "просп", "пл", "бул", "пер",
            "наб", "ш", "туп", "пров");

    /** True when the word is a street word abbreviated with a period ("ул", "вул"). */
    static boolean isAbbreviatedPlace(String word) {
        return ABBREVIATED_PLACES.contains(word.toLowerCase(Locale.ROOT));
    }

    private InstitutionWords() {}

    /** True when the lower-case word is an institution often named after a person (центр, институт, закон). */
    static boolean isEponymNoun(String word) {
        return matches(EPONYM_STEMS, word);
    }

    /** True when the lower-case word is a noun that names an organisation, place or thing by the name after it. */
    static boolean isInstitutionNoun(String word) {
        return matches(STEMS, word) || matches(EPONYM_STEMS, word);
    }

    private static boolean matches(Set<String> stems, String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int cut = 0; cut <= 3 && cut < w.length() - 2; cut++) {
            if (stems.contains(w.substring(0, w.length() - cut))) {
                return true;
            }
        }
        return stems.contains(w);
    }
}
