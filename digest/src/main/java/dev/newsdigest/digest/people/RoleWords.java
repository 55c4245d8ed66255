package dev.newsdigest.digest.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words for roles and titles that introduce a person ("пресс-секретарь Кремля Дмитрий Песков", "канцлер
 * Меркель", "Mayor Daniela Ruiz"). A role word makes a following capitalised word a name even when no dictionary
 * knows it, and its phrase becomes the person's role.
 *
 * <p>Russian and Ukrainian words are stems matched with any ending of at most three letters (президента,
 * президентом); each belongs to a role class so that "спикер Кремля" can find the person the article called
 * "пресс-секретарь Кремля".
 */
public final class RoleWords {

    /** What kind of role a word names; synonyms share a class. */
    public enum RoleClass {
        SPOKESPERSON, HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, DIPLOMAT, LEGISLATOR, REGIONAL_HEAD, JUDICIAL,
        MILITARY, BUSINESS, RELIGIOUS, ROYAL, MEDIA, EXPERT, CULTURE, SPORT, LEADER, OFFICIAL, HONORIFIC, OTHER
    }

    private static final Map<String, RoleClass> SLAVIC_STEMS = map(
            Map.entry("пресс-секретар", RoleClass.SPOKESPERSON), Map.entry("прес-секретар", RoleClass.SPOKESPERSON),
            Map.entry("пресс-секретарш", RoleClass.SPOKESPERSON), Map.entry("спикер", RoleClass.SPOKESPERSON),
            Map.entry("речник", RoleClass.SPOKESPERSON), Map.entry("речниц", RoleClass.SPOKESPERSON),
            Map.entry("представител", RoleClass.SPOKESPERSON), Map.entry("представник", RoleClass.SPOKESPERSON),
            Map.entry("представниц", RoleClass.SPOKESPERSON), Map.entry("пресс-атташе", RoleClass.SPOKESPERSON),
            Map.entry("президент", RoleClass.HEAD_OF_STATE), Map.entry("экс-президент", RoleClass.HEAD_OF_STATE),
            Map.entry("екс-президент", RoleClass.HEAD_OF_STATE), Map.entry("вице-президент", RoleClass.HEAD_OF_STATE),
            Map.entry("віце-президент", RoleClass.HEAD_OF_STATE), Map.entry("глав", RoleClass.LEADER),
            Map.entry("голов", RoleClass.LEADER), Map.entry("очільник", RoleClass.LEADER),
            Map.entry("очільниц", RoleClass.LEADER), Map.entry("лидер", RoleClass.LEADER), Map.entry("лідер", RoleClass.LEADER),
            Map.entry("руководител", RoleClass.LEADER), Map.entry("керівник", RoleClass.LEADER),
            Map.entry("керівниц", RoleClass.LEADER), Map.entry("председател", RoleClass.LEADER),
            Map.entry("сопредседател", RoleClass.LEADER), Map.entry("координатор", RoleClass.LEADER),
            Map.entry("генсек", RoleClass.LEADER), Map.entry("секретар", RoleClass.OFFICIAL),
            Map.entry("премьер-министр", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("премьер", RoleClass.HEAD_OF_GOVERNMENT),
            Map.entry("прем'єр-міністр", RoleClass.HEAD_OF_GOVERNMENT),
            Map.entry("прем'єр-міністерк", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("міністерк", RoleClass.MINISTER),
            Map.entry("депутатк", RoleClass.LEGISLATOR), Map.entry("президентк", RoleClass.HEAD_OF_STATE),
            Map.entry("канцлерин", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("прем'єр", RoleClass.HEAD_OF_GOVERNMENT),
            Map.entry("вице-премьер", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("віце-прем'єр", RoleClass.HEAD_OF_GOVERNMENT),
            Map.entry("канцлер", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("министр", RoleClass.MINISTER),
            Map.entry("міністр", RoleClass.MINISTER), Map.entry("замминистр", RoleClass.MINISTER),
            Map.entry("глава мид", RoleClass.MINISTER), Map.entry("посол", RoleClass.DIPLOMAT),
            Map.entry("посла", RoleClass.DIPLOMAT), Map.entry("послу", RoleClass.DIPLOMAT), Map.entry("послом", RoleClass.DIPLOMAT), Map.entry("дипломат", RoleClass.DIPLOMAT),
            Map.entry("постпред", RoleClass.DIPLOMAT), Map.entry("депутат", RoleClass.LEGISLATOR),
            Map.entry("нардеп", RoleClass.LEGISLATOR), Map.entry("сенатор", RoleClass.LEGISLATOR),
            Map.entry("конгрессмен", RoleClass.LEGISLATOR), Map.entry("конгресмен", RoleClass.LEGISLATOR),
            Map.entry("парламентари", RoleClass.LEGISLATOR), Map.entry("спикер парламента", RoleClass.LEGISLATOR),
            Map.entry("губернатор", RoleClass.REGIONAL_HEAD), Map.entry("мэр", RoleClass.REGIONAL_HEAD),
            Map.entry("аким", RoleClass.REGIONAL_HEAD), Map.entry("градоначальниц", RoleClass.REGIONAL_HEAD),
            Map.entry("мер", RoleClass.REGIONAL_HEAD), Map.entry("градоначальник", RoleClass.REGIONAL_HEAD),
            Map.entry("губернатор", RoleClass.REGIONAL_HEAD), Map.entry("судь", RoleClass.JUDICIAL),
            Map.entry("судд", RoleClass.JUDICIAL), Map.entry("прокурор", RoleClass.JUDICIAL),
            Map.entry("генпрокурор", RoleClass.JUDICIAL), Map.entry("адвокат", RoleClass.JUDICIAL),
            Map.entry("следовател", RoleClass.JUDICIAL), Map.entry("слідч", RoleClass.JUDICIAL),
            Map.entry("омбудсмен", RoleClass.JUDICIAL), Map.entry("генерал", RoleClass.MILITARY),
            Map.entry("генерал-лейтенант", RoleClass.MILITARY), Map.entry("генерал-майор", RoleClass.MILITARY),
            Map.entry("полковник", RoleClass.MILITARY), Map.entry("адмирал", RoleClass.MILITARY),
            Map.entry("адмірал", RoleClass.MILITARY), Map.entry("маршал", RoleClass.MILITARY),
            Map.entry("командующ", RoleClass.MILITARY), Map.entry("командувач", RoleClass.MILITARY),
            Map.entry("командир", RoleClass.MILITARY), Map.entry("главком", RoleClass.MILITARY),
            Map.entry("головнокомандувач", RoleClass.MILITARY), Map.entry("майор", RoleClass.MILITARY),
            Map.entry("капитан", RoleClass.MILITARY), Map.entry("капітан", RoleClass.MILITARY),
            Map.entry("директор", RoleClass.BUSINESS), Map.entry("гендиректор", RoleClass.BUSINESS),
            Map.entry("основател", RoleClass.BUSINESS), Map.entry("засновник", RoleClass.BUSINESS),
            Map.entry("сооснован", RoleClass.BUSINESS), Map.entry("владел", RoleClass.BUSINESS),
            Map.entry("власник", RoleClass.BUSINESS), Map.entry("бизнесмен", RoleClass.BUSINESS),
            Map.entry("бізнесмен", RoleClass.BUSINESS), Map.entry("предпринимател", RoleClass.BUSINESS),
            Map.entry("підприєм", RoleClass.BUSINESS), Map.entry("олигарх", RoleClass.BUSINESS),
            Map.entry("олігарх", RoleClass.BUSINESS), Map.entry("миллиардер", RoleClass.BUSINESS),
            Map.entry("мільярдер", RoleClass.BUSINESS), Map.entry("банкир", RoleClass.BUSINESS),
            Map.entry("создател", RoleClass.BUSINESS), Map.entry("творец", RoleClass.BUSINESS),
            Map.entry("патриарх", RoleClass.RELIGIOUS), Map.entry("патріарх", RoleClass.RELIGIOUS),
            Map.entry("митрополит", RoleClass.RELIGIOUS), Map.entry("архиепископ", RoleClass.RELIGIOUS),
            Map.entry("архієпископ", RoleClass.RELIGIOUS), Map.entry("епископ", RoleClass.RELIGIOUS),
            Map.entry("єпископ", RoleClass.RELIGIOUS), Map.entry("священник", RoleClass.RELIGIOUS),
            Map.entry("пророк", RoleClass.RELIGIOUS),
            Map.entry("проповедник", RoleClass.RELIGIOUS), Map.entry("проповідник", RoleClass.RELIGIOUS), Map.entry("папа римск", RoleClass.RELIGIOUS),
            // the Pope: each form, since the stem "пап" would take папка and паплюжити too
            Map.entry("папа", RoleClass.RELIGIOUS), Map.entry("папы", RoleClass.RELIGIOUS),
            Map.entry("папе", RoleClass.RELIGIOUS), Map.entry("папу", RoleClass.RELIGIOUS),
            Map.entry("папой", RoleClass.RELIGIOUS), Map.entry("папою", RoleClass.RELIGIOUS),
            Map.entry("папі", RoleClass.RELIGIOUS), Map.entry("понтифік", RoleClass.RELIGIOUS),
            Map.entry("понтифик", RoleClass.RELIGIOUS), Map.entry("король", RoleClass.ROYAL),
            Map.entry("корол", RoleClass.ROYAL), Map.entry("королев", RoleClass.ROYAL),
            Map.entry("королев", RoleClass.ROYAL), Map.entry("принц", RoleClass.ROYAL), Map.entry("принцесс", RoleClass.ROYAL),
            Map.entry("принцес", RoleClass.ROYAL), Map.entry("императ", RoleClass.ROYAL), Map.entry("султан", RoleClass.ROYAL),
            Map.entry("журналист", RoleClass.MEDIA), Map.entry("журналіст", RoleClass.MEDIA),
            Map.entry("корреспондент", RoleClass.MEDIA), Map.entry("кореспондент", RoleClass.MEDIA),
            Map.entry("редактор", RoleClass.MEDIA), Map.entry("главред", RoleClass.MEDIA), Map.entry("блогер", RoleClass.MEDIA),
            Map.entry("телеведущ", RoleClass.MEDIA), Map.entry("ведущ", RoleClass.MEDIA), Map.entry("ведуч", RoleClass.MEDIA),
            Map.entry("политолог", RoleClass.EXPERT), Map.entry("політолог", RoleClass.EXPERT),
            Map.entry("эксперт", RoleClass.EXPERT), Map.entry("експерт", RoleClass.EXPERT),
            Map.entry("аналитик", RoleClass.EXPERT), Map.entry("аналітик", RoleClass.EXPERT),
            Map.entry("экономист", RoleClass.EXPERT), Map.entry("економіст", RoleClass.EXPERT),
            Map.entry("профессор", RoleClass.EXPERT), Map.entry("професор", RoleClass.EXPERT),
            Map.entry("академик", RoleClass.EXPERT), Map.entry("академік", RoleClass.EXPERT),
            Map.entry("ученый", RoleClass.EXPERT), Map.entry("учен", RoleClass.EXPERT), Map.entry("науков", RoleClass.EXPERT),
            Map.entry("историк", RoleClass.EXPERT), Map.entry("історик", RoleClass.EXPERT),
            Map.entry("социолог", RoleClass.EXPERT), Map.entry("соціолог", RoleClass.EXPERT),
            Map.entry("правозащитник", RoleClass.EXPERT), Map.entry("правозахисник", RoleClass.EXPERT),
            Map.entry("активист", RoleClass.EXPERT), Map.entry("активіст", RoleClass.EXPERT),
            Map.entry("оппозиционер", RoleClass.EXPERT), Map.entry("опозиціонер", RoleClass.EXPERT),
            Map.entry("актер", RoleClass.CULTURE), Map.entry("актёр", RoleClass.CULTURE), Map.entry("актор", RoleClass.CULTURE),
            Map.entry("актрис", RoleClass.CULTURE), Map.entry("певец", RoleClass.CULTURE), Map.entry("певиц", RoleClass.CULTURE),
            Map.entry("співак", RoleClass.CULTURE), Map.entry("співачк", RoleClass.CULTURE),
            Map.entry("режиссер", RoleClass.CULTURE), Map.entry("режиссёр", RoleClass.CULTURE),
            Map.entry("режисер", RoleClass.CULTURE), Map.entry("писател", RoleClass.CULTURE),
            Map.entry("письменник", RoleClass.CULTURE), Map.entry("поэт", RoleClass.CULTURE), Map.entry("поет", RoleClass.CULTURE),
            Map.entry("художник", RoleClass.CULTURE), Map.entry("музыкант", RoleClass.CULTURE),
            Map.entry("музикант", RoleClass.CULTURE), Map.entry("композитор", RoleClass.CULTURE),
            Map.entry("рэпер", RoleClass.CULTURE), Map.entry("репер", RoleClass.CULTURE),
            Map.entry("тренер", RoleClass.SPORT), Map.entry("наставник", RoleClass.SPORT),
            Map.entry("футболист", RoleClass.SPORT), Map.entry("футболіст", RoleClass.SPORT),
            Map.entry("хоккеист", RoleClass.SPORT), Map.entry("боксер", RoleClass.SPORT), Map.entry("боксёр", RoleClass.SPORT),
            Map.entry("теннисист", RoleClass.SPORT), Map.entry("тенісист", RoleClass.SPORT),
            Map.entry("спортсмен", RoleClass.SPORT), Map.entry("чемпион", RoleClass.SPORT), Map.entry("чемпіон", RoleClass.SPORT),
            Map.entry("нападающ", RoleClass.SPORT), Map.entry("нападник", RoleClass.SPORT),
            Map.entry("полузащитник", RoleClass.SPORT), Map.entry("защитник", RoleClass.SPORT),
            Map.entry("вратар", RoleClass.SPORT), Map.entry("голкіпер", RoleClass.SPORT),
            Map.entry("заместител", RoleClass.OFFICIAL), Map.entry("заступник", RoleClass.OFFICIAL),
            Map.entry("советник", RoleClass.OFFICIAL), Map.entry("радник", RoleClass.OFFICIAL),
            Map.entry("помощник", RoleClass.OFFICIAL), Map.entry("помічник", RoleClass.OFFICIAL),
            Map.entry("уполномоченн", RoleClass.OFFICIAL), Map.entry("уповноважен", RoleClass.OFFICIAL),
            Map.entry("комиссар", RoleClass.OFFICIAL), Map.entry("комісар", RoleClass.OFFICIAL),
            Map.entry("еврокомиссар", RoleClass.OFFICIAL), Map.entry("єврокомісар", RoleClass.OFFICIAL),
            Map.entry("чиновник", RoleClass.OFFICIAL), Map.entry("начальник", RoleClass.OFFICIAL),
            Map.entry("господин", RoleClass.HONORIFIC), Map.entry("госпож", RoleClass.HONORIFIC),
            Map.entry("пан", RoleClass.HONORIFIC), Map.entry("пані", RoleClass.HONORIFIC),
            Map.entry("мистер", RoleClass.HONORIFIC), Map.entry("миссис", RoleClass.HONORIFIC),
            Map.entry("г-н", RoleClass.HONORIFIC), Map.entry("г-жа", RoleClass.HONORIFIC),
            Map.entry("сэр", RoleClass.HONORIFIC), Map.entry("доктор", RoleClass.HONORIFIC));

    private static final Map<String, RoleClass> ENGLISH = map(
            Map.entry("president", RoleClass.HEAD_OF_STATE), Map.entry("vice-president", RoleClass.HEAD_OF_STATE),
            Map.entry("pres", RoleClass.HEAD_OF_STATE), Map.entry("spokesman", RoleClass.SPOKESPERSON),
            Map.entry("spokeswoman", RoleClass.SPOKESPERSON), Map.entry("spokesperson", RoleClass.SPOKESPERSON),
            Map.entry("minister", RoleClass.MINISTER), Map.entry("secretary", RoleClass.MINISTER),
            Map.entry("chancellor", RoleClass.HEAD_OF_GOVERNMENT), Map.entry("premier", RoleClass.HEAD_OF_GOVERNMENT),
            Map.entry("ambassador", RoleClass.DIPLOMAT), Map.entry("envoy", RoleClass.DIPLOMAT),
            Map.entry("senator", RoleClass.LEGISLATOR), Map.entry("sen", RoleClass.LEGISLATOR),
            Map.entry("rep", RoleClass.LEGISLATOR), Map.entry("representative", RoleClass.LEGISLATOR),
            Map.entry("congressman", RoleClass.LEGISLATOR), Map.entry("congresswoman", RoleClass.LEGISLATOR),
            Map.entry("lawmaker", RoleClass.LEGISLATOR), Map.entry("speaker", RoleClass.LEGISLATOR),
            Map.entry("governor", RoleClass.REGIONAL_HEAD), Map.entry("gov", RoleClass.REGIONAL_HEAD),
            Map.entry("mayor", RoleClass.REGIONAL_HEAD), Map.entry("judge", RoleClass.JUDICIAL),
            Map.entry("justice", RoleClass.JUDICIAL), Map.entry("attorney", RoleClass.JUDICIAL),
            Map.entry("prosecutor", RoleClass.JUDICIAL), Map.entry("lawyer", RoleClass.JUDICIAL),
            Map.entry("general", RoleClass.MILITARY), Map.entry("gen", RoleClass.MILITARY),
            Map.entry("colonel", RoleClass.MILITARY), Map.entry("col", RoleClass.MILITARY),
            Map.entry("admiral", RoleClass.MILITARY), Map.entry("adm", RoleClass.MILITARY),
            Map.entry("captain", RoleClass.MILITARY), Map.entry("capt", RoleClass.MILITARY),
            Map.entry("lt", RoleClass.MILITARY), Map.entry("sgt", RoleClass.MILITARY), Map.entry("major", RoleClass.MILITARY),
            Map.entry("sergeant", RoleClass.MILITARY), Map.entry("lieutenant", RoleClass.MILITARY),
            Map.entry("ceo", RoleClass.BUSINESS), Map.entry("chairman", RoleClass.BUSINESS),
            Map.entry("chairwoman", RoleClass.BUSINESS), Map.entry("founder", RoleClass.BUSINESS),
            Map.entry("director", RoleClass.BUSINESS), Map.entry("executive", RoleClass.BUSINESS),
            Map.entry("billionaire", RoleClass.BUSINESS), Map.entry("pope", RoleClass.RELIGIOUS),
            Map.entry("rev", RoleClass.RELIGIOUS), Map.entry("reverend", RoleClass.RELIGIOUS),
            Map.entry("bishop", RoleClass.RELIGIOUS), Map.entry("archbishop", RoleClass.RELIGIOUS),
            Map.entry("cardinal", RoleClass.RELIGIOUS), Map.entry("king", RoleClass.ROYAL), Map.entry("queen", RoleClass.ROYAL),
            Map.entry("prince", RoleClass.ROYAL), Map.entry("princess", RoleClass.ROYAL),
            Map.entry("reporter", RoleClass.MEDIA), Map.entry("journalist", RoleClass.MEDIA),
            Map.entry("columnist", RoleClass.MEDIA), Map.entry("editor", RoleClass.MEDIA),
            Map.entry("analyst", RoleClass.EXPERT), Map.entry("professor", RoleClass.EXPERT),
            Map.entry("prof", RoleClass.EXPERT), Map.entry("economist", RoleClass.EXPERT),
            Map.entry("actor", RoleClass.CULTURE), Map.entry("actress", RoleClass.CULTURE),
            Map.entry("singer", RoleClass.CULTURE), Map.entry("rapper", RoleClass.CULTURE),
            Map.entry("author", RoleClass.CULTURE), Map.entry("coach", RoleClass.SPORT),
            Map.entry("commissioner", RoleClass.OFFICIAL), Map.entry("chief", RoleClass.LEADER),
            Map.entry("leader", RoleClass.LEADER), Map.entry("candidate", RoleClass.OTHER),
            Map.entry("mr", RoleClass.HONORIFIC), Map.entry("mrs", RoleClass.HONORIFIC),
            Map.entry("ms", RoleClass.HONORIFIC), Map.entry("miss", RoleClass.HONORIFIC),
            Map.entry("dr", RoleClass.HONORIFIC), Map.entry("sir", RoleClass.HONORIFIC),
            Map.entry("dame", RoleClass.HONORIFIC), Map.entry("lord", RoleClass.HONORIFIC),
            Map.entry("lady", RoleClass.HONORIFIC));

    /** English honorifics that say the person's gender. */
    private static final Set<String> ENGLISH_FEMALE = Set.of("mrs", "ms", "miss", "dame", "lady", "queen", "princess",
            "spokeswoman", "congresswoman", "chairwoman", "actress");
    private static final Set<String> ENGLISH_MALE = Set.of("mr", "sir", "lord", "king", "prince", "spokesman",
            "congressman", "chairman");

    /**
     * Nouns after which a capitalised genitive is usually a person ("администрацией Байдена", "словам Пескова",
     * "жена Навального"): weaker than a role, enough for a name no dictionary knows.
     */
    private static final List<String> PERSON_CUE_STEMS = List.of("администраци", "адміністраці", "правительств",
            "уряд", "кабинет", "кабінет", "семь", "сім'", "жен", "дружин", "муж", "чолов", "сын", "син", "доч",
            "матер", "отц", "отец", "бать", "брат", "сестр", "вдов", "словам",
            // "предрёк сам Нострадамус": emphatic сам/сама before a subject
            "сам");

    private RoleWords() {}

    @SafeVarargs
    private static Map<String, RoleClass> map(Map.Entry<String, RoleClass>... entries) {
        Map<String, RoleClass> m = new java.util.HashMap<>();
        for (Map.Entry<String, RoleClass> e : entries) {
            m.putIfAbsent(e.getKey(), e.getValue());
        }
        return Map.copyOf(m);
    }

    /** The role class of a lower-cased Russian or Ukrainian word, or null when it names no role. */
    public static RoleClass slavicRole(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'').replace('ʼ', '\'')
                .replace('‐', '-');
        for (int cut = 0; cut <= 3 && cut < w.length() - 2; cut++) {
            RoleClass c = SLAVIC_STEMS.get(w.substring(0, w.length() - cut));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The role class of an English word ("President", "Sen.", "spokeswoman"), or null. */
    public static RoleClass englishRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return ENGLISH.get(w);
    }

    /** The gender an English title implies (Mrs → FEMALE), UNKNOWN otherwise. */
    public static dev.newsdigest.digest.Gender englishTitleGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ENGLISH_FEMALE.contains(w)) {
            return dev.newsdigest.digest.Gender.FEMALE;
        }
        return ENGLISH_MALE.contains(w) ? dev.newsdigest.digest.Gender.MALE : dev.newsdigest.digest.Gender.UNKNOWN;
    }

    /** The role class of a word in any of the three languages, or null. */
    public static RoleClass anyRole(String word) {
        RoleClass c = englishRole(word);
        return c != null ? c : slavicRole(word);
    }

    /** True when the word is a noun after which a capitalised genitive is usually a person. */
    public static boolean personCue(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        for (int cut = 0; cut <= 3 && cut < w.length() - 1; cut++) {
            if (PERSON_CUE_STEMS.contains(w.substring(0, w.length() - cut))) {
                return true;
            }
        }
        return false;
    }
}
