package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.Mention.SurnameOption;
import dev.newsdigest.digest.people.morph.BoundedCache;
import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.MorphDictionaries;
import dev.newsdigest.digest.people.morph.NameKind;
import dev.newsdigest.digest.people.morph.NameReading;
import dev.newsdigest.digest.people.morph.NameText;
import dev.newsdigest.digest.people.morph.SurnameForms;
import dev.newsdigest.digest.people.morph.WordProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names written in Cyrillic (Russian or Ukrainian) in a run of capitalised words and reads each as first
 * name, patronymic, surname or initials using the dictionaries:
 * "Дмитрий Песков", "Песков", "А. Смирнов", "Смирнов А. А.", "Путин Владимир Владимирович",
 * "Владимир Владимирович", "Софії Ковальської".
 *
 * <p>Words that are capitalised only because they start a sentence, acronyms, places and other proper nouns
 * without a name reading, and words inside short quoted titles are not names.
 */
final class SlavicNameSpotter {
    /** Lower-case particles that may stand inside a name: "Урсула фон дер Ляйен", "Шарль де Голль". */
    private static final Set<String> PARTICLES = Set.of("де", "фон", "дер", "ван", "ди", "да", "дю", "ле", "ла",
            "аль", "эль", "ель", "бин", "ибн", "бен", "оглы", "кызы", "уль", "ул", "ад", "ас", "эд", "ед");
    /** Capitalised words that are never names even though a dictionary may list them as such. */
    /** Words after which a name names an institution, not a person ("НИЦ им. Н. Ф. Гамалеи"). */
    private static final Set<String> NAMED_AFTER = Set.of("им", "имени", "ім", "імені");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]{1,5}");
    private static final Set<String> NEVER_NAMES = Set.of("бог", "господь", "аллах",
            // personal pronouns start sentences and some are also rare surnames (Вона)
            "он", "она", "оно", "они", "вон", "вона", "він", "воно", "вони", "його", "її", "їй", "ему", "ей", "им",
            "нам", "вам", "мы", "ми", "ви", "вы", "ты", "ти", "я", "их", "їх", "нас", "вас", "себе", "сам", "сама",
            // conjunctions and particles that start sentences and are also rare surnames (Але)
            "але", "однак", "проте", "тому", "також", "адже", "отже", "хоча", "коли", "тоді", "однако", "также",
            "ведь", "хотя", "когда", "тогда", "поэтому", "зато", "причем", "причём");

    /** Months and weekdays: never a name alone, but a surname after a first name ("Виктор Понедельник"). */
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
            "декабрь", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
            "вересень", "жовтень", "листопад", "грудень", "понедельник", "вторник", "среда", "четверг", "пятница",
            "суббота", "воскресенье", "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя");

    private final MorphDictionaries dictionaries;
    private final boolean russian;
    private final Map<String, WordProfile> cache = new HashMap<>();

    SlavicNameSpotter(MorphDictionaries dictionaries, boolean russian) {
        this.dictionaries = dictionaries;
        this.russian = russian;
    }

    /** Russian readings of recent words, shared by all articles (the filtering below runs petrovich4j). */
    private static final BoundedCache<String, WordProfile> RUSSIAN_PROFILES = new BoundedCache<>(50_000);

    WordProfile profile(String word) {
        WordProfile p = cache.get(word);
        if (p == null) {
            p = russian ? RUSSIAN_PROFILES.get(word, this::analyze) : analyze(word);
            cache.put(word, p);
        }
        return p;
    }

    /**
     * The dictionaries' readings, minus Ukrainian case forms that Russian grammar would not produce: in a
     * Russian article "Биби" is not the genitive of Биба (Russian says Бибы), so only readings petrovich4j
     * confirms for Russian survive.
     */
    private WordProfile analyze(String word) {
        WordProfile p = dictionaries.analyze(word);
        if (!russian || p.names().isEmpty()) {
            return p;
        }
        List<NameReading> kept = new ArrayList<>();
        boolean dropped = false;
        // "Власти Пакистана": a Russian common word that only the Ukrainian dictionary knows as a first name
        // (Власта) is the common word in a Russian article
        boolean ukrainianOnlyFirst = false;
        for (NameReading r : p.names()) {
            if (ukrainianOnlyFirst) {
                dropped = true;
                continue;
            }
            if (r.ukrainian() && r.kind() == NameKind.SURNAME && r.gramCase() != GrammarCase.NOM
                    && r.gramCase() != GrammarCase.ANY && r.gramCase() != GrammarCase.VOC
                    && !SurnameForms.russianFormOf(r.lemma(), r.gender(), r.gramCase(), word)) {
                dropped = true;
                continue;
            }
            kept.add(r);
        }
        return dropped ? p.withNames(kept) : p;
    }

    /** All name mentions in the tokens, in text order. */
    /** Words the article writes in lower case: a capitalised one at a sentence start is that common word. */
    private final java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();

    List<Mention> spot(String text, List<Token> written) {
        List<Token> tokens = withCapitalisedSurnames(written);
        for (Token t : tokens) {
            if (!t.capitalised()) {
                lowerCaseWords.add(NameText.fold(t.text()));
            }
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!startsRun(t)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && continuesRun(tokens, j + 1)) {
                j++;
            }
            int from = i;
            if (organisationRun(tokens, i, j) || (j > i && PLACE_OPENERS.contains(NameText.fold(t.text())))) {
                from = j + 1; // "Юнипер Газ Транспорт ГмбХ"; "в Сан Луисе", "Лос Анджелес"
            }
            if (i > 0 && NAMED_AFTER.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                from = eponymEnd(tokens, i, j) + 1; // "центра им. Н. Ф. Гамалеи Александр Гинцбург"
            }
            if (from == i && i > 0 && t.joined() && FILIAL_PARTICLES.contains(tokens.get(i - 1).text())) {
                // "в работах ибн Эзра": "son of" before a name makes it an Arabic or Hebrew name
                Mention m = mention(text, tokens, i - 1, i);
                setSurname(m, t, null);
                prefixSurname(m, tokens.get(i - 1).text() + " ");
                m.articleName = true;
                out.add(m);
                from = i + 1;
            }
            if (from <= j) {
                int before = out.size();
                spotInRun(text, tokens, from, j, out);
                attachRegnal(text, tokens, j, out, before);
            }
            i = j + 1;
        }
        return readMaidenNames(text, splitGluedNames(text, tokens, out));
    }

    /**
     * "Екатерина Аталык (Половникова)": a surname alone in brackets right after a full name is the same person's
     * other surname (a maiden name, a former spelling): it joins that person as an alias and names nobody else.
     */
    private static List<Mention> readMaidenNames(String text, List<Mention> found) {
        for (int k = 1; k < found.size(); k++) {
            Mention m = found.get(k);
            Mention before = found.get(k - 1);
            if (m.isFull() || !m.hasSurname() || m.first != null || !before.isFull() || m.end >= text.length()
                    || text.charAt(m.end) != ')' || !text.substring(before.end, m.start).strip().equals("(")) {
                continue;
            }
            m.aliasOf = before;
        }
        return found;
    }

    /**
     * Two capitalised words read as one name although each belongs elsewhere: "вместо Нетаньяху Иерусалим будет
     * представлять" (the surname of someone the article names in full, then a word no dictionary reads as a first
     * name) or "политикой Джонсон Мэй" (the surnames of two people named in full). Such a pair is split into the surname mentions it
     * is made of; a word that is nobody's surname is dropped.
     */
    private List<Mention> splitGluedNames(String text, List<Token> tokens, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        int ti = 0;
        for (Mention m : found) {
            while (ti < tokens.size() && tokens.get(ti).start() < m.start) {
                ti++;
            }
            int last = ti + 1;
            boolean pair = m.isFull() && m.initials == null && m.patronymic == null && last < tokens.size()
                    && tokens.get(ti).start() == m.start && tokens.get(last).end() == m.end
                    && !NameText.fold(tokens.get(ti).text()).equals(NameText.fold(tokens.get(last).text()));
            if (!pair) {
                out.add(m);
                continue;
            }
            // other people named in full (a lone "Угур" may be this person's first name), less this very name in
            // another case ("Угуру Шахіну" for "Угур Шахін")
            List<Mention> others = new ArrayList<>();
            for (Mention o : found) {
                if (o != m && o.isFull() && !sameWords(o.surface, tokens.get(ti).text(), tokens.get(last).text())) {
                    others.add(o);
                }
            }
            Mention firstAlone = mention(text, tokens, ti, ti);
            setSurname(firstAlone, tokens.get(ti), null);
            boolean firstIsSomeones = sharesKey(firstAlone, others);
            boolean lastIsSomeones = sharesKey(m, others);
            if (!m.firstFromDictionary && lastIsSomeones && afterPlacePreposition(tokens, ti)) {
                // "встречи в Чекерс Мэй заявила": a place no dictionary knows, then a surname named in full before
                Mention lastAlone = mention(text, tokens, last, last);
                setSurname(lastAlone, tokens.get(last), null);
                out.add(lastAlone);
                continue;
            }
            if (!firstIsSomeones || (m.firstFromDictionary && !lastIsSomeones)) {
                out.add(m);
                continue;
            }
            out.add(firstAlone);
            if (lastIsSomeones) {
                Mention lastAlone = mention(text, tokens, last, last);
                setSurname(lastAlone, tokens.get(last), null);
                out.add(lastAlone);
            }
        }
        return out;
    }

    /** Lower-case prepositions after which a capitalised word is most likely a place (в Чекерс, на Даунинг-стрит). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "на", "из", "у", "під", "под", "із");

    private static boolean afterPlacePreposition(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).joined() && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text());
    }

    /** Some surname reading of {@code m} is a surname reading of one of {@code others}. */
    private static boolean sharesKey(Mention m, List<Mention> others) {
        java.util.Set<String> mine = keys(m);
        for (Mention o : others) {
            for (SurnameOption opt : o.surnames) {
                if (mine.contains(opt.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The surface has a word starting like {@code a} and one starting like {@code b}: the same two-word name. */
    private static boolean sameWords(String surface, String a, String b) {
        boolean hasA = false;
        boolean hasB = false;
        for (String w : surface.split("[\\s.]+")) {
            hasA |= sameStem(w, a);
            hasB |= sameStem(w, b);
        }
        return hasA && hasB;
    }

    private static boolean sameStem(String x, String y) {
        String fx = NameText.fold(x);
        String fy = NameText.fold(y);
        int n = Math.min(4, Math.min(fx.length(), fy.length()));
        return fx.regionMatches(0, fy, 0, n) && Math.abs(fx.length() - fy.length()) <= 3;
    }

    private static java.util.Set<String> keys(Mention m) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (SurnameOption o : m.surnames) {
            keys.add(o.key());
        }
        return keys;
    }

    /** "Son of" in Arabic and Hebrew names, written in lower case before the name (ибн Эзра, бен Гурион). */
    private static final Set<String> FILIAL_PARTICLES = Set.of("ибн", "бен", "бин", "ібн");

    /** Words that open Spanish and Portuguese place names written apart (Сан Луис, Санта Крус, Лос Анджелес). */
    private static final Set<String> PLACE_OPENERS = Set.of("сан", "санта", "санто", "сао", "лос", "лас");

    /** Letters of a word in capitals that is a surname, not an abbreviation (МИД, СБУ have few or no vowels). */
    private static final int MIN_CAPITALS_SURNAME = 4;

    /**
     * The tokens with a surname written in capitals after a first name read as a capitalised word: photo credits
     * and signatures write "Фото: Алексей БУЛАТОВ", "Мария ЛЕНЦ". A word in capitals after another one ("ВЛАДИМИР
     * ПУТИН ЗАЯВИЛ") or without vowels (МВД) stays an abbreviation.
     */
    private List<Token> withCapitalisedSurnames(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (!t.allCaps() || !t.joined() || t.inTitle() || t.text().length() < MIN_CAPITALS_SURNAME
                    || !NameText.isCyrillic(t.text()) || !hasVowel(t.text()) || !before.nameLike()
                    || !firstNameLike(before, profile(before.text())) || RoleWords.slavicRole(before.text()) != null) {
                continue;
            }
            if (k + 1 < tokens.size() && tokens.get(k + 1).joined() && tokens.get(k + 1).allCaps()) {
                continue;
            }
            Token titled = new Token(t.index(), t.start(), t.end(), NameText.capitalise(t.text().toLowerCase(java.util.Locale.ROOT)),
                    true, false, false, t.sentenceStart(), t.joined(), t.inTitle());
            if (!surnameLike(titled, true) || profile(titled.text()).place()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            out.set(k, titled);
        }
        return out == null ? tokens : out;
    }

    private static boolean hasVowel(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (VOWEL_LETTERS.indexOf(l.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String VOWEL_LETTERS = "аеёиоуыэюяіїє";

    private boolean startsRun(Token t) {
        return (nameWord(t) || t.initial()) && !t.inTitle() && NameText.isCyrillic(t.text());
    }

    private boolean continuesRun(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.joined() || t.inTitle() || !NameText.isCyrillic(t.text())) {
            return false;
        }
        if (nameWord(t) || t.initial()) {
            return true;
        }
        // lower-case particles inside a name, followed by a capitalised word ("фон дер Ляйен")
        int j = k;
        while (j < tokens.size() && PARTICLES.contains(tokens.get(j).text()) && (j == k || tokens.get(j).joined())) {
            j++;
        }
        return j > k && j < tokens.size() && tokens.get(j).joined() && tokens.get(j).nameLike();
    }

    private void spotInRun(String text, List<Token> tokens, int a, int b, List<Mention> out) {
        int i = a;
        while (i <= b) {
            Token t = tokens.get(i);
            if (t.initial()) {
                int j = i;
                while (j <= b && tokens.get(j).initial()) {
                    j++;
                }
                if (j <= b && surnameLike(tokens.get(j), true)) {
                    Mention m = mention(text, tokens, i, j);
                    m.initials = initials(tokens, i, j - 1);
                    setSurname(m, tokens.get(j), null);
                    out.add(m);
                    i = j + 1;
                } else {
                    i = j;
                }
                continue;
            }
            if (isParticle(t) || isNeverName(t)) {
                i++;
                continue;
            }
            WordProfile p = profile(t.text());
            if (i < b && t.nameLike() && !t.sentenceStart() && articleName(tokens.get(i + 1)) && !firstNameLike(t, p)
                    && !p.place()) {
                // "Сами аль-Хадж": any capitalised word before an Arabic article and a name is the first name
                Mention m = mention(text, tokens, i, i + 1);
                // read by the surname rules ("с Кубаром аль-Фаради" is Кубар's); as written when they find nothing
                List<NameReading> firsts = guessedFirst(t.text(), p);
                if (firsts.isEmpty()) {
                    firsts = List.of(new NameReading(NameKind.FIRST, t.text(), Gender.UNKNOWN, GrammarCase.ANY, false,
                            false));
                }
                m.firstOptions = firsts;
                m.first = firsts.get(0).lemma();
                setSurname(m, tokens.get(i + 1), null);
                m.articleName = true;
                out.add(m);
                i += 2;
                continue;
            }
            if (i == a && i < b && twoWordNameAfterPersonNoun(tokens, i, p)) {
                // "христианке Азии Биби", "многодетную мать Азию Биби": after a word for a person, two capitalised
                // words the dictionaries cannot read as a name are one anyway
                Mention m = mention(text, tokens, i, i + 1);
                m.firstOptions = guessedFirst(t.text(), p);
                m.first = m.firstOptions.get(0).lemma();
                setSurname(m, tokens.get(i + 1), null);
                out.add(m);
                i += 2;
                continue;
            }
            if (RoleWords.slavicRole(t.text()) != null && (t.sentenceStart() || p.common()) && i < b) {
                i++; // "Королева Елизавета II", "Президент Путин": a title, not a name
                continue;
            }
            if (i > a && isProperAdjective(tokens.get(i - 1)) && !tokens.get(i - 1).sentenceStart()
                    && !p.has(NameKind.SURNAME) && !(i < b && surnameLike(tokens.get(i + 1), true))) {
                i++; // "Верховної Ради", "Европейского Совета": a body's name, not the first name Рада
                continue;
            }
            boolean canBeFirst = firstNameLike(t, p);
            if (canBeFirst && (p.common() || p.place() || p.otherProper()) && fullNameFollows(tokens, i, b)) {
                i++; // "Дании Ларс Лёкке Расмуссен", "Ради Дональд Туск": a place or a body before a full name
                continue;
            }
            // First [Patronymic] [Surname]
            if (canBeFirst) {
                int j = i + 1;
                Token patr = null;
                if (j <= b && !tokens.get(j).initial() && profile(tokens.get(j).text()).has(NameKind.PATRONYMIC)) {
                    patr = tokens.get(j);
                    j++;
                }
                int surnameStart = j;
                while (j < b && isParticle(tokens.get(j))) {
                    j++;
                }
                Token sur = j <= b && surnameLike(tokens.get(j), true) ? tokens.get(j) : null;
                WordProfile sp = sur == null ? null : profile(sur.text());
                if (sur != null && t.sentenceStart() && (p.common() || p.place())
                        && !((sp.has(NameKind.SURNAME) || sp.unknown()) && !sp.place())) {
                    sur = null; // "Власти Пакистана": a common word that starts the sentence, then a place
                }
                Token middle = null;
                if (sur != null && j == surnameStart && patr == null && j + 1 == b && thirdNameWord(tokens.get(j + 1))
                        && !(p.place() || p.otherProper()) && middleNameWord(sur)) {
                    middle = sur; // "Мухаммад Афзал Кадри", "Ларс Лёкке Расмуссен", "Мариано Гарсия Фресно"
                    sur = tokens.get(j + 1);
                    j++;
                }
                boolean soloSurname = !p.has(NameKind.FIRST) || (p.has(NameKind.SURNAME) && sur == null && patr == null);
                if (sur != null || patr != null || !soloSurname) {
                    if (t.sentenceStart() && (p.common() || p.place()) && sur == null && patr == null) {
                        i++; // "Вера в победу", "Роман вышел": a common word that starts the sentence
                        continue;
                    }
                    int last = sur != null ? j : patr != null ? surnameStart - 1 : i;
                    Mention m = mention(text, tokens, i, last);
                    Token particleEnd = sur;
                    if (sur != null && j > surnameStart) {
                        particleEnd = null; // particles: the surname is "фон дер Ляйен" as written
                    }
                    setFirst(m, p, t.text());
                    if (patr != null) {
                        setPatronymic(m, profile(patr.text()));
                    }
                    if (sur != null) {
                        setSurname(m, sur, m);
                        if (middle != null) {
                            prefixSurname(m, middleLemma(middle, m) + " ");
                        } else if (particleEnd == null) {
                            // "фон дер Ляйен", "бин Ладена": the particles as written, the last word in its lemma
                            // keyed by the last word, so that "Ляйен" alone finds "Урсула фон дер Ляйен"
                            prefixSurname(m, text.substring(tokens.get(surnameStart).start(), sur.start()));
                        }
                    }
                    out.add(m);
                    i = last + 1;
                    continue;
                }
            }
            if (surnameLike(t, false)) {
                // Surname First [Patronymic]: "Путин Владимир Владимирович" (official style)
                boolean nextIsFullName = fullNameFollows(tokens, i, b);
                if (nextIsFullName && !p.has(NameKind.SURNAME)) {
                    i++; // "Роспотребнадзора Анна Попова": an unknown genitive before a full name
                    continue;
                }
                if (i + 1 <= b && !nextIsFullName && p.has(NameKind.SURNAME) && !p.has(NameKind.FIRST)
                        && !p.adjective() // "патриарх Московский Кирилл", "Папой Римским Франциском": a title
                        // "столицы Острова Уайт": a common word before a first name is no surname of an official
                        // list unless the patronymic follows ("Путин Владимир Владимирович")
                        && (!p.russianCommon() || (i + 2 <= b && profile(tokens.get(i + 2).text()).has(NameKind.PATRONYMIC)))
                        && !tokens.get(i + 1).initial()
                        && firstNameLike(tokens.get(i + 1), profile(tokens.get(i + 1).text()))) {
                    int last = i + 1;
                    Mention m = mention(text, tokens, i, last);
                    setFirst(m, profile(tokens.get(i + 1).text()), tokens.get(i + 1).text());
                    if (last + 1 <= b && profile(tokens.get(last + 1).text()).has(NameKind.PATRONYMIC)) {
                        last++;
                        setPatronymic(m, profile(tokens.get(last).text()));
                        m = retarget(text, tokens, m, i, last);
                    }
                    setSurname(m, t, m);
                    out.add(m);
                    i = last + 1;
                    continue;
                }
                // Surname I. I.: "Смирнов А. А." (a dictionary surname: "Компани Б. В." is a company)
                if (i + 1 <= b && tokens.get(i + 1).initial() && p.has(NameKind.SURNAME)) {
                    int j = i + 1;
                    while (j + 1 <= b && tokens.get(j + 1).initial()) {
                        j++;
                    }
                    Mention m = mention(text, tokens, i, j);
                    m.initials = initials(tokens, i + 1, j);
                    setSurname(m, t, null);
                    out.add(m);
                    i = j + 1;
                    continue;
                }
                // Two words no dictionary reads as a first name: a foreign full name ("Сакибу Нисару")
                if (i + 1 <= b && !nextIsFullName && (p.unknown() || onlySurname(p) || foreignSurname(t, p))
                        && !tokens.get(i + 1).initial()
                        && surnameLike(tokens.get(i + 1), true) && !governedPlace(tokens.get(i + 1))) {
                    boolean three = i + 2 == b && thirdNameWord(tokens.get(i + 2)) && middleNameWord(tokens.get(i + 1));
                    Mention m = mention(text, tokens, i, three ? i + 2 : i + 1);
                    m.firstOptions = guessedFirst(t.text(), p);
                    m.first = m.firstOptions.get(0).lemma();
                    if (three) {
                        setSurname(m, tokens.get(i + 2), null);
                        prefixSurname(m, middleLemma(tokens.get(i + 1), m) + " ");
                    } else {
                        setSurname(m, tokens.get(i + 1), null);
                        m.surnames = List.copyOf(withIndeclinableReading(m.surnames, tokens.get(i + 1), m));
                        m.commonNounSurname = p.unknown() && commonNounAsWritten(tokens.get(i + 1));
                    }
                    out.add(m);
                    i += three ? 3 : 2;
                    continue;
                }
                if (i > a && isProperAdjective(tokens.get(i - 1)) && !tokens.get(i - 1).sentenceStart()) {
                    i++; // "Соединённых Штатов", "Государственная Дума": part of a multi-word proper name
                    continue;
                }
                // A lone unknown word at a sentence start is kept too: it can only join a person named
                // elsewhere ("Биби стала ..."), never make one, and its verb tells that person's gender.
                Mention m = mention(text, tokens, i, i);
                setSurname(m, t, null);
                // "по делу Сулима": also a first name's case form, which may name a person named in full
                m.firstOptions = p.readings(NameKind.FIRST).stream().filter(r -> !r.plural()).toList();
                out.add(m);
            }
            i++;
        }
    }

    /**
     * A particle inside a name, in lower case ("фон дер Ляйен") or capitalised ("Марин Ле Пен", "Франк Де Блекере",
     * "Фон дер Ляйен" at a sentence start); a capitalised one counts only when a word of the same run follows.
     */
    private static boolean isParticle(Token t) {
        return PARTICLES.contains(t.text()) || (t.capitalised() && PARTICLES.contains(NameText.fold(t.text())));
    }

    /**
     * Token {@code i} opens a run right after a singular animate noun, is no first name the dictionaries know, and
     * the next word is unknown to both dictionaries.
     */
    private boolean twoWordNameAfterPersonNoun(List<Token> tokens, int i, WordProfile p) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (i == 0 || t.sentenceStart() || !t.joined() || t.initial() || next.initial() || firstNameLike(t, p)
                || isNeverName(t) || isNeverName(next) || isParticle(t) || !profile(next.text()).unknown()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return !before.capitalised() && !profile(before.text()).personNounCases().isEmpty()
                && RoleWords.slavicRole(before.text()) == null;
    }

    /** Name-like words in a run from which it is an organisation's name, not a person's ("Юнипер Газ Транспорт ГмбХ"). */
    private static final int ORGANISATION_RUN = 4;

    /**
     * A run of four or more capitalised words with no first name, patronymic or initial the dictionaries know is
     * the name of a company, a party or a body ("Юнипер Газ Транспортэйшн ГмбХ"); a run with a name in it
     * ("Премьер-министр Великобритании Тереза Мэй") is read word by word.
     */
    private boolean organisationRun(List<Token> tokens, int a, int b) {
        int words = 0;
        int longest = 0;
        for (int k = a; k <= b; k++) {
            Token t = tokens.get(k);
            if ((t.initial() && k == a) || profile(t.text()).has(NameKind.FIRST)
                    || profile(t.text()).has(NameKind.PATRONYMIC) || RoleWords.slavicRole(t.text()) != null) {
                return false; // "Председатель Европейского Совета Дональт Туск": a title, then a name
            }
            WordProfile p = profile(t.text());
            if (p.place() || isProperAdjective(t)) {
                words = 0; // "Північної Ірландії Шейлеш Вара": a place's name, then a person's
            } else if (!isParticle(t) && !t.initial()) { // "Блю Стрим Пайплайн Компани Б.В.": a legal form's letters
                words++;
                longest = Math.max(longest, words);
            }
        }
        return longest >= ORGANISATION_RUN;
    }

    /**
     * A third word that ends a foreign name after first name and a second word: capitalised, a surname or unknown
     * to the dictionaries, and no first name itself (so "Борис Джонсон Тереза ..." stays two people).
     */
    private boolean thirdNameWord(Token t) {
        if (!t.joined() || t.initial() || isParticle(t) || isNeverName(t) || !nameWord(t)) {
            return false;
        }
        WordProfile p = profile(t.text());
        boolean russianArticleName = russian && !p.russianCommon() && !p.adjective(); // Кадри: a Ukrainian word only
        // "Мариано Гарсия Фресно": Fresno is a town too; "Мануэль Мехуто Гонсалес": Гонсалес is a first name too
        return (surnameLike(t, false) || russianArticleName) && (!firstNameLike(t, p) || p.has(NameKind.SURNAME))
                && !governedPlace(t) && !p.has(NameKind.PATRONYMIC);
    }

    /** The middle word of a three-word name: a name reading, or no common word ("Юнипер Газ Транспортэйшн" is none). */
    private boolean middleNameWord(Token t) {
        WordProfile p = profile(t.text());
        return !p.common() || !p.names().isEmpty();
    }

    /** The surname options of {@code m} with a written prefix, keyed by the last word as before. */
    private static void prefixSurname(Mention m, String prefix) {
        List<SurnameOption> prefixed = new ArrayList<>();
        for (SurnameOption o : m.surnames) {
            prefixed.add(new SurnameOption(prefix + o.lemma(), o.gender(), o.gramCase(), o.dictionary(), o.key()));
        }
        m.surnames = List.copyOf(prefixed);
    }

    /**
     * The nominative of the middle word of a three-word name: as written when the first name is nominative,
     * otherwise the guess in the first name's case ("Мухаммада Афзала Кадри" → Афзал).
     */
    private String middleLemma(Token middle, Mention m) {
        String written = middle.text();
        if (m.firstOptions.isEmpty() || m.firstOptions.stream().anyMatch(
                f -> f.gramCase() == GrammarCase.NOM || f.gramCase() == GrammarCase.ANY)) {
            return written;
        }
        GrammarCase c = m.firstOptions.get(0).gramCase();
        for (NameReading r : profile(written).names()) {
            if (r.gramCase() == c && r.kind() != NameKind.PATRONYMIC) {
                return r.lemma();
            }
        }
        for (SurnameForms.Guess g : SurnameForms.guesses(written)) {
            if (g.gramCase() == c && g.gender() != Gender.FEMALE) {
                return g.lemma();
            }
        }
        return written;
    }

    /** Tokens after {@code i} (up to {@code b}) read First [particles] Surname ("Урсула фон дер Ляйен"). */
    private boolean fullNameFollows(List<Token> tokens, int i, int b) {
        int j = i + 1;
        if (j + 1 > b || tokens.get(j).initial() || isParticle(tokens.get(j))
                || !firstNameLike(tokens.get(j), profile(tokens.get(j).text()))
                || profile(tokens.get(j).text()).has(NameKind.PATRONYMIC)) {
            return false; // "Владимир Владимирович Путин": a patronymic follows a first name, not a place
        }
        int k = j + 1;
        while (k < b && isParticle(tokens.get(k))) {
            k++;
        }
        return k <= b && surnameLike(tokens.get(k), true);
    }

    /**
     * The last token of the name an institution is named after, which follows "им." or "имени" ("им. Н. Ф.
     * Гамалеи", "имени Роберта Коха"): the run up to a nominative first name followed by a surname, which starts
     * the person the sentence is about ("центра им. Гамалеи Александр Гинцбург").
     */
    private int eponymEnd(List<Token> tokens, int a, int b) {
        int k = a;
        while (k < b && tokens.get(k).initial()) {
            k++;
        }
        for (int c = k + 1; c < b; c++) {
            Token t = tokens.get(c);
            boolean nominativeFirst = !t.initial() && profile(t.text()).readings(NameKind.FIRST).stream()
                    .anyMatch(r -> r.gramCase() == GrammarCase.NOM);
            if (nominativeFirst && surnameLike(tokens.get(c + 1), true)) {
                return c - 1;
            }
        }
        return b;
    }

    /** "Елизавета II", "Бенедикт XVI": a Roman numeral right after the run's last name belongs to it. */
    private static void attachRegnal(String text, List<Token> tokens, int runEnd, List<Mention> out, int from) {
        if (out.size() == from || runEnd + 1 >= tokens.size()) {
            return;
        }
        Token next = tokens.get(runEnd + 1);
        Mention last = out.get(out.size() - 1);
        if (next.joined() && ROMAN.matcher(next.text()).matches() && last.end == tokens.get(runEnd).end()
                && !last.hasSurname()) {
            Mention m = new Mention(last.start, next.end(), text.substring(last.start, next.end()));
            m.first = last.first;
            m.firstOptions = last.firstOptions;
            m.firstGender = last.firstGender;
            m.sentenceStart = last.sentenceStart;
            m.agreement = last.agreement;
            m.regnal = next.text();
            out.set(out.size() - 1, m);
        }
    }

    private Mention retarget(String text, List<Token> tokens, Mention m, int from, int to) {
        Mention r = mention(text, tokens, from, to);
        r.first = m.first;
        r.firstGender = m.firstGender;
        r.firstOptions = m.firstOptions;
        r.patronymic = m.patronymic;
        return r;
    }

    private Mention mention(String text, List<Token> tokens, int from, int to) {
        Token a = tokens.get(from);
        Token z = tokens.get(to);
        int end = z.initial() ? z.end() + 1 : z.end();
        Mention m = new Mention(a.start(), end, text.substring(a.start(), end));
        m.sentenceStart = a.sentenceStart();
        m.agreement = agreement(text, tokens, to);
        m.finiteVerbFollows = m.agreement != Gender.UNKNOWN || finiteVerbAfter(tokens, to);
        if (m.agreement == Gender.UNKNOWN) {
            m.agreement = speechVerbBefore(tokens, from);
        }
        m.commonOpener = from == to && a.sentenceStart() && (lowerCaseWords.contains(NameText.fold(a.text()))
                || dictionaries.commonSentenceOpener(a.text(), russian));
        m.definedByDash = definedByDash(text, tokens, to);
        m.personNounAfter = personNounAfterComma(text, tokens, to);
        m.articleName = articleName(z);
        if (from == to) {
            m.headsNounPhrase = headsNounPhrase(tokens, to);
        }
        if (from > 0 && a.joined() && !a.sentenceStart()) {
            Token before = tokens.get(from - 1);
            if (!before.capitalised()) {
                m.feminineApposition = profile(before.text()).feminineCases();
                m.appositionCases = profile(before.text()).personNounCases();
                m.afterPersonNoun = !m.appositionCases.isEmpty();
            }
        }
        return m;
    }

    /**
     * A capitalised word that is also a common noun, or that ends like an adjective, right before a lower-case noun or
     * adjective that is no verb and no preposition ("Трампа під час" stays a name): the head or the modifier of a noun phrase ("Лиги украинок", "Школы системной биологии",
     * "Жамбылской области", "Балашовской районной больнице"), not a surname.
     */
    private boolean headsNounPhrase(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (!next.joined() || next.capitalised()) {
            return false;
        }
        WordProfile p = profile(t.text());
        boolean nounOrAdjectiveShape = (russian ? p.russianCommon() : p.common()) && !p.nounCases().isEmpty()
                || ADJECTIVE_ENDING.matcher(NameText.fold(t.text())).find();
        if (!nounOrAdjectiveShape) {
            return false;
        }
        WordProfile n = profile(next.text());
        return (!n.nounCases().isEmpty() || n.adjective()) && n.pastVerbGender() == Gender.UNKNOWN
                && !dictionaries.hasFunctionReading(next.text()) && !dictionaries.finiteVerb(next.text());
    }

    /** Endings of Slavic adjectives made from place names (Жамбылской, Вышеградской, Балашовской, Київського). */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "(ск|цк|зск)(ой|ого|ому|им|ом|ая|ую|ие|их|ими|ых|ої|ого|ому|ою|ій|ій|а|у|і|ими)$");

    /** "Марк, рабочий из цеха": a comma, then a lower-case noun for a person in the nominative. */
    private boolean personNounAfterComma(String text, List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        if (next.capitalised() || !text.substring(tokens.get(last).end(), next.start()).strip().equals(",")) {
            return false;
        }
        return profile(next.text()).personNounCases().contains(GrammarCase.NOM) || RoleWords.slavicRole(next.text()) != null;
    }

    /** A finite verb within two words after the name, with no capitalised word between ("Путин также подпишет"). */
    private boolean finiteVerbAfter(List<Token> tokens, int last) {
        for (int k = last + 1; k <= last + 2 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.capitalised() || !t.joined()) {
                return false;
            }
            if (dictionaries.finiteVerb(t.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ннека Угбома — руководитель проекта": a dash, then a lower-case noun in the nominative that defines the
     * person, so the name is a nominative too.
     */
    private boolean definedByDash(String text, List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        String between = text.substring(tokens.get(last).end(), next.start()).strip();
        if (!(between.equals("-") || between.equals("—") || between.equals("–")) || next.capitalised()) {
            return false;
        }
        WordProfile p = profile(next.text());
        return p.nounCases().contains(GrammarCase.NOM) || RoleWords.slavicRole(next.text()) != null;
    }

    /**
     * Past tenses of speech verbs after which news puts the speaker ("— рассказала Алла Бут", "отметил Минченко"):
     * the name right after one is its subject. Other verbs take objects there ("поддержала Петрова").
     */
    private static final List<String> SPEECH_VERB_STEMS = List.of("сказал", "заявил", "отметил", "рассказал",
            "сообщил", "добавил", "подчеркнул", "пояснил", "уточнил", "признал", "ответил", "заметил", "напомнил",
            "сказав", "сказала", "заявив", "заявила", "зазначив", "зазначила", "розповів", "розповіла", "повідомив",
            "повідомила", "додав", "додала", "наголосив", "наголосила", "пояснив", "пояснила", "уточнив", "уточнила",
            "відповів", "відповіла", "нагадав", "нагадала");

    /** The gender of a speech verb's past tense right before the name, its inverted subject; UNKNOWN if none. */
    private Gender speechVerbBefore(List<Token> tokens, int from) {
        Token a = tokens.get(from);
        if (from == 0 || !a.joined() || a.sentenceStart()) {
            return Gender.UNKNOWN;
        }
        Token before = tokens.get(from - 1);
        String w = before.text().toLowerCase(java.util.Locale.ROOT);
        if (before.capitalised() || SPEECH_VERB_STEMS.stream().noneMatch(s -> w.startsWith(s) && w.length() <= s.length() + 2)) {
            return Gender.UNKNOWN;
        }
        return profile(before.text()).pastVerbGender();
    }

    /** The gender of a past-tense verb right after the name ("Захарова заявила", "Песков отметил"). */
    private Gender agreement(String text, List<Token> tokens, int last) {
        for (int k = last + 1; k <= last + 3 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.capitalised()) {
                return Gender.UNKNOWN;
            }
            WordProfile p = profile(t.text());
            Gender g = p.pastVerbGender();
            if (g != Gender.UNKNOWN) {
                return g;
            }
            if (k == last + 1 && !t.joined() && text.substring(tokens.get(last).end(), t.start()).strip().equals(",")
                    && dictionaries.feminineParticiple(t.text())) {
                return Gender.FEMALE; // "Асия Биби, приговорённая к смерти": a feminine participle
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * A place that may stand after an unknown word as its complement ("Нафтогаз Украины", "Техрик-э-Лабайак
     * Пакистан"), so that the two are no foreign full name; a town's nominative ("Шейлеш Вара": Вара is also a
     * town) is no complement.
     */
    private boolean governedPlace(Token t) {
        return profile(t.text()).place() && (!dictionaries.nominativePlace(t.text()) || CountryNames.isCountry(t.text()));
    }

    /** The word is a country's name, or a form of a name whose lemma is one (Израиля: Израиль is both). */
    private static boolean countryName(String word, WordProfile p) {
        return (word != null && CountryNames.isCountry(word)) || p.names().stream().anyMatch(r -> CountryNames.isCountry(r.lemma()));
    }

    /**
     * A common noun of the article's language no dictionary reads as a name, written in its nominative or its
     * prepositional (Пресс, Интернет, Офисе, Департамент): after a word no dictionary knows it makes a title or an
     * organisation ("Ассошиэйтед Пресс", "Форин Офисе"), not a surname. An oblique case of a common word may still
     * be a foreign surname (Вара, of вар).
     */
    private boolean commonNounAsWritten(Token t) {
        WordProfile p = profile(t.text());
        return p.names().isEmpty() && !p.place() && (russian ? p.russianCommon() : p.common())
                && (p.nounCases().contains(GrammarCase.NOM) || p.nounCases().contains(GrammarCase.PREP));
    }

    /** A capitalised adjective that is no name (Соединённых, Европейский). */
    private boolean isProperAdjective(Token t) {
        WordProfile p = profile(t.text());
        return t.nameLike() && p.adjective() && p.names().isEmpty();
    }

    /** A surname and no first name or place reading (Гайко, Маас): can start a foreign full name. */
    private boolean foreignSurname(Token t, WordProfile p) {
        // at a sentence start, not a common word of the article's language ("Беседа Трампа" opens with беседа)
        return p.has(NameKind.SURNAME) && !p.has(NameKind.FIRST) && !p.place() && !p.adjective()
                && !(t.sentenceStart() && (russian ? p.russianCommon() : p.common()));
    }

    /** In a Russian article, a word only the Ukrainian dictionary knows as a common word (Кадри) and as nothing else. */
    private boolean unknownToRussian(WordProfile p) {
        return russian && p.common() && !p.russianCommon() && p.names().isEmpty() && !p.place() && !p.otherProper();
    }

    /** The lower-cased lemma guess is a common noun of either dictionary, and no name. */
    private boolean isCommonNounLemma(String lemma) {
        WordProfile p = profile(lemma.toLowerCase(java.util.Locale.ROOT));
        return !p.nounCases().isEmpty() && p.names().isEmpty() && !p.adjective();
    }

    private static boolean onlySurname(WordProfile p) {
        return p.has(NameKind.SURNAME) && !p.common() && !p.place() && !p.otherProper();
    }

    /** First-name readings for a word no dictionary lists as one, from the surname rules (Сакибу → Сакиб). */
    private static List<NameReading> guessedFirst(String word, WordProfile p) {
        List<NameReading> out = new ArrayList<>();
        for (NameReading r : p.readings(NameKind.SURNAME)) {
            out.add(new NameReading(NameKind.FIRST, r.lemma(), r.gender(), r.gramCase(), r.plural(), r.ukrainian()));
        }
        List<NameReading> iya = SurnameForms.feminineIyaFirstName(word);
        out.addAll(iya);
        for (SurnameForms.Guess g : SurnameForms.guesses(word)) {
            String l = g.lemma().toLowerCase(java.util.Locale.ROOT);
            if (!iya.isEmpty() && (l.endsWith("ий") || l.endsWith("ій"))) {
                continue; // the dictionaries know the men's names in -ий; an unknown "Азии" is Азия's
            }
            out.add(new NameReading(NameKind.FIRST, g.lemma(), g.gender(), g.gramCase(), false, false));
        }
        return out;
    }

    private static String initials(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k <= to; k++) {
            s.append(tokens.get(k).text()).append('.');
        }
        return s.toString();
    }

    private boolean isNeverName(Token t) {
        return isNeverSurnameAfterFirst(t) || CALENDAR_WORDS.contains(NameText.fold(t.text()));
    }

    /** Words that are no part of a name even right after a first name (a month may be: "Виктор Понедельник"). */
    private boolean isNeverSurnameAfterFirst(Token t) {
        return NEVER_NAMES.contains(NameText.fold(t.text())) || acronymLike(t) || compoundCommonWord(t.text())
                || profile(t.text()).functionWord() || dictionaries.commonNounOf(t.text(), BODIES);
    }

    /**
     * Assemblies and councils written with a capital (Дума, Синод, Сенат, Рада): some are also surnames or first names
     * in the dictionaries, but capitalised in a sentence they name the body ("Хотя Дума уже одобрила").
     */
    private static final Set<String> BODIES = Set.of("дума", "синод", "сенат", "сейм", "кнессет", "меджлис", "хурал",
            "рада", "бундестаг", "бундесрат", "конгресс", "парламент", "кабмин", "совбез", "генштаб");

    /**
     * A single capital that is no initial ("Нафтогаза В компании": a preposition after a lost full stop) or a word
     * ending in a capital (КоАП, НПЦИиОМ): an abbreviation, never a name.
     */
    private static boolean acronymLike(Token t) {
        String w = t.text();
        if (t.initial()) {
            return false;
        }
        return w.length() == 1 || (Character.isUpperCase(w.charAt(w.length() - 1)) && !t.allCaps());
    }

    /** Arabic articles and the like written in lower case before a hyphenated name: "уль-Малук", "эль-Масри". */
    private static final Set<String> NAME_ARTICLES = Set.of("аль", "эль", "уль", "ал", "ль", "ад", "ан", "ас", "аш",
            "ат", "аз", "ар", "эд", "эн", "эс", "эш", "ибн", "бин", "бен", "ель", "ет", "ед");

    /** A lower-case Arabic article joined by a hyphen to a capitalised name ("аль-Барадеи", "эль-Масри"). */
    private static boolean articleName(Token t) {
        return !t.nameLike() && nameWord(t);
    }

    /** A capitalised word, or a lower-case article joined by a hyphen to a capitalised name ("аль-Барадеи"). */
    private static boolean nameWord(Token t) {
        if (t.nameLike()) {
            return true;
        }
        String w = t.text();
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && NAME_ARTICLES.contains(w.substring(0, hyphen));
    }

    /** Lower-case parts a hyphenated name may have: "Саиф уль-Малук", "Ахмед-заде", "Техрик-э-Лабаик". */
    private static final Set<String> HYPHEN_PARTICLES = Set.of("э", "и", "е", "уль", "ул", "аль", "эль", "ель", "ад",
            "ас", "эд", "ед", "ибн", "бин", "бен", "де", "ла", "ле", "дю", "да", "ди", "фон", "ван", "дер", "заде",
            "оглы", "кызы", "паша", "бек", "хан", "шах", "ад-дин", "уд", "ур", "ар", "ан", "аш", "аз");

    /**
     * A capitalised word built like a common noun, never a name: a hyphenated word with a lower-case part
     * ("Даунинг-стрит", "ИФА-центров") or "Евро" before a common noun ("Европарламент", "Еврокомиссии").
     */
    private boolean compoundCommonWord(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            for (String part : word.substring(hyphen + 1).split("-")) {
                if (!part.isEmpty() && Character.isLowerCase(part.charAt(0))
                        && !HYPHEN_PARTICLES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                if (PLACE_SUFFIXES.contains(NameText.fold(part))) {
                    return true; // "Даунинг-Стрит", "Пикадилли-Сквер"
                }
            }
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String prefix : COMPOUND_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 4) {
                WordProfile rest = profile(lower.substring(prefix.length()));
                if (rest.common() && !rest.adjective() && rest.names().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** English street words that end a hyphenated place name, written with a capital or not. */
    private static final Set<String> PLACE_SUFFIXES = Set.of("стрит", "стріт", "авеню", "сквер", "сквэр", "плейс",
            "роуд", "лейн", "хаус", "холл", "парк");

    /** Prefixes of compound institution names: Европарламент, Еврокомиссия, Євросоюз, Роскосмос, Роснефть. */
    private static final List<String> COMPOUND_PREFIXES = List.of("евро", "євро", "рос");

    /** A word that may be a first name here: a first-name reading, and not merely a sentence-initial word. */
    private boolean firstNameLike(Token t, WordProfile p) {
        return t.nameLike() && !t.inTitle() && p.has(NameKind.FIRST) && !isNeverName(t);
    }

    /**
     * A word that may be a surname: a surname reading, or unknown to both dictionaries (foreign names), or a
     * first-name reading (Дэвис, Джонсон are both). After a first name ({@code afterFirst}) a common word may be
     * a surname too (Андрей Белый).
     */
    private boolean surnameLike(Token t, boolean afterFirst) {
        if (!nameWord(t) || t.inTitle() || (afterFirst ? isNeverSurnameAfterFirst(t) : isNeverName(t))
                || !NameText.isCyrillic(t.text())) {
            return false;
        }
        WordProfile p = profile(t.text());
        if (p.has(NameKind.SURNAME) || p.unknown() || unknownToRussian(p)) {
            return true;
        }
        if (p.has(NameKind.PATRONYMIC) && !afterFirst) {
            return false;
        }
        if (afterFirst) {
            return true; // Джек Лондон, Хайко Маас, Андрей Белый
        }
        return false;
    }

    private void setFirst(Mention m, WordProfile p, String word) {
        List<NameReading> firsts = withoutVocatives(p.readings(NameKind.FIRST), word);
        if (!firsts.isEmpty() && firsts.stream().allMatch(NameReading::plural)) {
            // "Веселин Топалов": Веселин is also the genitive plural of Веселина, which names no one person
            firsts = List.of(new NameReading(NameKind.FIRST, word, Gender.UNKNOWN, GrammarCase.ANY, false, false));
        }
        // the article's own language first: a Ukrainian "Павла" is Павло's genitive before Павел's
        List<NameReading> ownLanguageFirst = new ArrayList<>(firsts);
        ownLanguageFirst.sort(java.util.Comparator.comparing(r -> r.ukrainian() == russian));
        NameReading best = null;
        for (NameReading r : firsts) {
            if (!r.plural() && (best == null || preferable(r, best))) {
                best = r;
            }
        }
        boolean womanByApposition = false;
        if (!m.feminineApposition.isEmpty()) {
            // "дочь Юлию": the feminine noun before the name picks the woman's reading in its case
            for (NameReading r : ownLanguageFirst) {
                if (!r.plural() && r.gender() == Gender.FEMALE && m.feminineApposition.contains(r.gramCase())) {
                    best = r;
                    womanByApposition = true;
                    break;
                }
            }
        } else if (best != null && !m.appositionCases.isEmpty() && !m.appositionCases.contains(best.gramCase())) {
            // "апостола Павла": the name shares the case of the noun for a person before it
            for (NameReading r : ownLanguageFirst) {
                if (!r.plural() && m.appositionCases.contains(r.gramCase())) {
                    best = r;
                    break;
                }
            }
        }
        if (best == null && !firsts.isEmpty()) {
            best = firsts.get(0);
        }
        m.placeWord = p.place() || p.otherProper() || countryName(word, p);
        if (best != null) {
            m.firstFromDictionary = true;
            m.first = best.lemma();
            m.firstGender = womanByApposition ? Gender.FEMALE : genderOfAll(firsts);
            List<NameReading> options = new ArrayList<>(firsts.stream().filter(r -> !r.plural()).toList());
            List<NameReading> fromDictionary = List.copyOf(options);
            if (word != null) {
                // a woman's foreign name the dictionary knows only as a man's: Асии is Асия's, not just Асий's
                for (NameReading r : SurnameForms.feminineIyaFirstName(word)) {
                    if (fromDictionary.stream().noneMatch(o -> o.lemma().equals(r.lemma()))) {
                        options.add(r);
                        m.guessedFirsts.add(r);
                    }
                }
            }
            m.firstOptions = options;
        }
    }

    /**
     * News names people, it does not call them: a vocative reading (Романо, Мариано as Романа's or Мариана's) is no
     * reading of a name in an article; a word read only as a vocative is an indeclinable name as written.
     */
    private static List<NameReading> withoutVocatives(List<NameReading> firsts, String word) {
        if (firsts.stream().noneMatch(r -> r.gramCase() == GrammarCase.VOC)) {
            return firsts;
        }
        List<NameReading> kept = firsts.stream().filter(r -> r.gramCase() != GrammarCase.VOC).toList();
        if (!kept.isEmpty() || word == null) {
            return kept.isEmpty() ? firsts : kept;
        }
        return List.of(new NameReading(NameKind.FIRST, word, Gender.UNKNOWN, GrammarCase.ANY, false, false));
    }

    private static boolean preferable(NameReading a, NameReading b) {
        return a.gramCase() == GrammarCase.NOM && b.gramCase() != GrammarCase.NOM;
    }

    /** The gender every reading agrees on, or UNKNOWN when readings differ (Юлія: Юлія f or Юлій m). */
    private static Gender genderOfAll(List<NameReading> readings) {
        Gender g = null;
        for (NameReading r : readings) {
            if (r.plural()) {
                continue;
            }
            if (g == null) {
                g = r.gender();
            } else if (g != r.gender()) {
                return Gender.UNKNOWN;
            }
        }
        return g == null ? Gender.UNKNOWN : g;
    }

    private void setPatronymic(Mention m, WordProfile p) {
        NameReading chosen = null;
        for (NameReading r : p.readings(NameKind.PATRONYMIC)) {
            m.patronymic = r.lemma();
            chosen = r;
            if (m.firstGender == Gender.UNKNOWN) {
                m.firstGender = r.gender();
            }
            if (r.gender() == m.firstGender) {
                break;
            }
        }
        if (chosen == null) {
            return;
        }
        // the patronymic tells gender and case: "Романа Абрамовича" is Роман's genitive, not the woman's name Романа
        final NameReading patr = chosen;
        m.firstOptions.stream()
                .filter(f -> f.gender() == patr.gender() && f.gramCase().agrees(patr.gramCase()))
                .findFirst()
                .ifPresent(f -> {
                    m.first = f.lemma();
                    m.firstGender = f.gender();
                    m.firstOptions = m.firstOptions.stream().filter(o -> o.gender() == patr.gender()).toList();
                });
    }

    /**
     * Surname readings of {@code t}. With a first name ({@code with}), only readings whose gender and case
     * agree with one of the first name's readings are kept, so "Марии Захаровой" reads as Захарова and
     * "Дмитрия Пескова" as Песков.
     */
    private void setSurname(Mention m, Token t, Mention with) {
        WordProfile p = profile(t.text());
        List<SurnameOption> options = new ArrayList<>();
        for (NameReading r : p.readings(NameKind.SURNAME)) {
            if (!r.plural()) {
                options.add(new SurnameOption(r.lemma(), r.gender(), r.gramCase(), true));
            }
        }
        if (options.isEmpty() && with == null && !t.sentenceStart() && !p.has(NameKind.FIRST)) {
            // only plural readings ("Скрипалей", "Скрипали"): a family, named in the plural nominative
            for (NameReading r : p.readings(NameKind.SURNAME)) {
                List<String> plural = SurnameForms.pluralForms(SurnameForms.masculine(r.lemma()));
                if (r.plural() && !plural.isEmpty()) {
                    options.add(new SurnameOption(NameText.capitaliseLike(plural.get(0), t.text()), Gender.UNKNOWN,
                            GrammarCase.ANY, true));
                    break;
                }
            }
        }
        if (with == null && !m.feminineApposition.isEmpty() && options.stream().noneMatch(o -> o.gender() == Gender.FEMALE)) {
            // "всемирно известная Ванга": a woman named by one word the dictionaries read as a woman's first name
            for (NameReading r : p.readings(NameKind.FIRST)) {
                if (!r.plural() && r.gender() == Gender.FEMALE && m.feminineApposition.contains(r.gramCase())) {
                    options.add(new SurnameOption(r.lemma(), Gender.FEMALE, r.gramCase(), true));
                }
            }
        }
        if (options.isEmpty() && with != null) {
            // after a first name, a word the dictionaries know only as a first name is a surname with that lemma
            // ("Иисуса Христа" → Христос, "Дэвид Дэвис")
            for (NameReading r : p.readings(NameKind.FIRST)) {
                if (!r.plural() && with.firstOptions.stream().anyMatch(f -> f.gramCase().agrees(r.gramCase()))) {
                    options.add(new SurnameOption(r.lemma(), r.gender(), r.gramCase(), true));
                }
            }
        }
        SurnameOption womans = womansIndeclinableReading(options, t.text());
        if (womans != null) {
            options.add(womans);
        }
        m.dictionarySurname = !options.isEmpty();
        m.ambiguousWord = p.common() || p.place() || p.otherProper();

        m.placeWord = p.place() || p.otherProper() || countryName(t.text(), p);
        m.adjectiveWord = p.adjective();
        if (options.isEmpty()) {
            for (SurnameForms.Guess g : SurnameForms.guesses(t.text())) {
                options.add(new SurnameOption(g.lemma(), g.gender(), g.gramCase(), false));
                if (!g.lemma().equals(t.text()) && isCommonNounLemma(g.lemma())) {
                    // "Брекзита" → брекзит: a common noun written with a capital, not a name
                    m.ambiguousWord = true;
                    m.commonNounLemma = true;
                }
            }
        }
        if (with != null) {
            options = withIndeclinableReading(options, t, with);
        }
        if (with != null && with.first != null) {
            List<SurnameOption> agreeing = agreeingWithFirst(options, with);
            if (!agreeing.isEmpty()) {
                options = agreeing;
            }
        }
        m.surnames = List.copyOf(options);
    }

    /** Endings of men's surnames whose women's form adds -а (Петров, Петрова) or is adjectival (Гордой). */
    private static final List<String> DECLINED_FOR_WOMEN = List.of("ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой",
            "ів", "їн");

    /**
     * A woman's reading of a man's surname written in the nominative and ending in a consonant that has no
     * women's form in -а: a woman named Бут, Шмидт or Кох is Бут, Шмидт, Кох in every case ("рассказала Алла
     * Бут"). The dictionaries list only the man's declension. Null when the surname has a woman's reading already.
     */
    private static SurnameOption womansIndeclinableReading(List<SurnameOption> options, String written) {
        if (options.isEmpty() || options.stream().anyMatch(o -> o.gender() != Gender.MALE)) {
            return null;
        }
        String w = written.toLowerCase(java.util.Locale.ROOT);
        char last = w.charAt(w.length() - 1);
        if ("аеёиоуыэюяіїєйь'".indexOf(last) >= 0 || DECLINED_FOR_WOMEN.stream().anyMatch(w::endsWith)) {
            return null;
        }
        for (SurnameOption o : options) {
            if (o.gramCase() == GrammarCase.NOM && o.lemma().equalsIgnoreCase(written)) {
                return new SurnameOption(o.lemma(), Gender.FEMALE, GrammarCase.ANY, true);
            }
        }
        return null;
    }

    /** Ends in a vowel foreign indeclinable surnames end in (Дуке, Горбі, Шрале, Моро, Кабу). */
    private static boolean indeclinableEnding(String word) {
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        return "еиоэюіє".indexOf(last) >= 0;
    }

    /**
     * The surname's readings plus the form as written, indeclinable, when the dictionary reads a word ending in a
     * vowel only in cases the first name before it rules out ("президент Колумбии Иван Дуке заявил" is no case of
     * Дук), or when the first name is itself read as written (a foreign pair like "пилот Лауке Шмале": the
     * context decides). Foreign surnames ending in a vowel other than -а/-я do not decline.
     */
    private static List<SurnameOption> withIndeclinableReading(List<SurnameOption> options, Token t, Mention first) {
        if (options.isEmpty() || !indeclinableEnding(t.text())
                || options.stream().anyMatch(o -> o.gramCase() == GrammarCase.ANY)
                || (caseAgreesWithFirst(options, first) && !readAsWritten(first))) {
            return options;
        }
        List<SurnameOption> out = new ArrayList<>(options);
        out.add(new SurnameOption(t.text(), Gender.UNKNOWN, GrammarCase.ANY, false));
        return out;
    }

    /** The first name may be read as written, in no particular case: a foreign name no dictionary knows. */
    private static boolean readAsWritten(Mention with) {
        return with.firstOptions.stream().anyMatch(f -> f.gramCase() == GrammarCase.ANY);
    }

    /** Some surname reading is in a case some reading of the first name before it can take. */
    private static boolean caseAgreesWithFirst(List<SurnameOption> options, Mention with) {
        if (with.firstOptions.isEmpty()) {
            return true;
        }
        for (SurnameOption o : options) {
            for (NameReading f : with.firstOptions) {
                if (f.gramCase().agrees(o.gramCase())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<SurnameOption> agreeingWithFirst(List<SurnameOption> options, Mention with) {
        List<SurnameOption> out = new ArrayList<>();
        for (SurnameOption o : options) {
            if (with.firstGender != Gender.UNKNOWN && o.gender() != Gender.UNKNOWN && o.gender() != with.firstGender) {
                continue;
            }
            out.add(o);
        }
        return out;
    }
}
