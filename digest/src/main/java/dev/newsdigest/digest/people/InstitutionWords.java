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

    private InstitutionWords() {}

    /** True when the lower-case word is a noun that names an organisation, place or thing by the name after it. */
    static boolean isInstitutionNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int cut = 0; cut <= 3 && cut < w.length() - 2; cut++) {
            if (STEMS.contains(w.substring(0, w.length() - cut))) {
                return true;
            }
        }
        return false;
    }
}
