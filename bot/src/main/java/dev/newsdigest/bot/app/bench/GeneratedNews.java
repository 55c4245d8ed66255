package dev.newsdigest.bot.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news articles in English, Russian and Ukrainian for the benchmarks: a headline and paragraphs of
 * narrative sentences and quotes with speech verbs, about people with invented names (syllable-built surnames in
 * the grammatical cases an article uses). Deterministic for a seed, so every run measures the same texts. The
 * content only has to look like news to the engine's stages (names, quotes, sentences); nobody real is named.
 */
public final class GeneratedNews {

    /** One article: its headline, its paragraphs, and the language it is written in. */
    public record Article(String language, String headline, List<String> paragraphs) {
        /** Headline, blank line, paragraphs separated by blank lines: the plain-text form the engine reads. */
        public String asText() {
            return headline + "\n\n" + String.join("\n\n", paragraphs);
        }

        /** Every sentence of the body, for recall measurements. */
        public List<String> sentences() {
            List<String> out = new ArrayList<>();
            for (String p : paragraphs) {
                out.addAll(splitSentences(p));
            }
            return out;
        }
    }

    /** A person with the forms a sentence template asks for: N nominative, G genitive, D dative, I instrumental. */
    private record Name(String first, String nom, String gen, String dat, String ins) {
        String full() {
            return first + " " + nom;
        }
    }

    private static final String[] EN_FIRST = {"Anna", "Peter", "Maria", "John", "Helen", "David", "Laura", "Michael",
            "Susan", "Robert", "Clara", "Thomas"};
    private static final String[] EN_STEM = {"Hal", "Brad", "Wint", "Marl", "Cress", "Dorn", "Fenw", "Gart", "Ashb",
            "Kell", "Lind", "Penr", "Stan", "Thorn", "Whit", "Yarr"};
    private static final String[] EN_END = {"ford", "ley", "ton", "wick", "more", "field", "er", "son", "by", "ham"};
    private static final String[] RU_FIRST_M = {"Иван", "Алексей", "Дмитрий", "Сергей", "Олег", "Николай", "Павел"};
    private static final String[] RU_FIRST_F = {"Анна", "Мария", "Елена", "Ольга", "Татьяна", "Ирина"};
    private static final String[] UK_FIRST_M = {"Іван", "Олексій", "Дмитро", "Сергій", "Олег", "Микола", "Павло"};
    private static final String[] UK_FIRST_F = {"Анна", "Марія", "Олена", "Ольга", "Тетяна", "Ірина"};
    private static final String[] CY_STEM = {"Бел", "Гор", "Сух", "Мороз", "Лебед", "Крут", "Сомр", "Ветл", "Жар",
            "Пахм", "Рябин", "Толст", "Шуст", "Дубр", "Калм", "Зорч"};

    private static final String[] EN_PLACES = {"Riverton", "the northern province", "the capital", "Lakeside",
            "the coastal region", "Millbrook"};
    private static final String[] RU_PLACES = {"Приозёрске", "северной области", "столице", "Заречном",
            "приморском крае", "Каменске"};
    private static final String[] UK_PLACES = {"Приозерську", "північній області", "столиці", "Зарічному",
            "приморському краї", "Кам'янську"};

    private static final String[] EN_NARRATIVE = {
            "Officials in %P said on Tuesday that the budget for the new hospital had grown by a third since spring.",
            "%N, who has led the regional council since 2019, met union representatives for three hours.",
            "The talks ended without an agreement, and another meeting is planned for next week.",
            "According to the ministry, about %D thousand households were affected by the power cuts.",
            "Critics of the plan argue that the money would be better spent on roads and schools in %P.",
            "%S has repeatedly denied any link between the contract and the company owned by his former adviser.",
            "The opposition demanded an independent audit and called for a public hearing before the vote.",
            "Residents of %P complained that the works had closed the only bridge to the town centre for months.",
            "Prices for electricity rose by %D percent in the first quarter, the statistics office reported.",
            "The decision still has to be approved by parliament, where the ruling coalition holds a narrow majority.",
            "Local media reported that %N had spoken with %M by phone on Monday evening.",
            "Neither side has published the full text of the memorandum signed in %P last month."};
    private static final String[] EN_QUOTES = {
            "\"We will not accept a deal that leaves workers worse off than they were a year ago,\" %N said.",
            "\"The figures speak for themselves,\" said %N, the head of the finance committee. \"We have to cut spending now.\"",
            "%N told reporters: \"Nobody in this government has broken the law, and the audit will show it.\"",
            "\"It is too early to talk about the results,\" %S added, \"but the first signs are encouraging.\"",
            "\"Our doors remain open for dialogue,\" %M said in a statement on Wednesday.",
            "%S insisted that \"the schedule has not changed and the works will be finished by December.\""};

    private static final String[] RU_NARRATIVE = {
            "Власти в %P сообщили во вторник, что бюджет новой больницы с весны вырос на треть.",
            "%N, возглавляющий областной совет с 2019 года, три часа встречался с представителями профсоюзов.",
            "Переговоры завершились без соглашения, следующая встреча запланирована на будущую неделю.",
            "По данным министерства, от отключений электричества пострадали около %D тысяч домохозяйств.",
            "Критики плана считают, что деньги лучше потратить на дороги и школы в %P.",
            "Пресс-служба %G опровергла связь между контрактом и компанией его бывшего советника.",
            "Оппозиция потребовала независимого аудита и публичных слушаний до голосования.",
            "Жители в %P жалуются, что из-за работ единственный мост в центр закрыт уже несколько месяцев.",
            "Цены на электроэнергию в первом квартале выросли на %D процентов, сообщила статистическая служба.",
            "Решение ещё должен одобрить парламент, где правящая коалиция располагает небольшим большинством.",
            "Как сообщили местные СМИ, в понедельник вечером %N провёл телефонный разговор с %I.",
            "Полный текст меморандума, подписанного в %P в прошлом месяце, стороны так и не опубликовали."};
    private static final String[] RU_QUOTES = {
            "«Мы не примем соглашение, после которого работникам станет хуже, чем год назад», — заявил %N.",
            "«Цифры говорят сами за себя, — сказал %N. — Расходы нужно сокращать уже сейчас».",
            "%N сказал журналистам: «Никто в правительстве не нарушал закон, и аудит это покажет».",
            "«Говорить о результатах пока рано, но первые признаки обнадеживают», — добавил %S.",
            "По словам %G, «график не изменился и работы завершатся к декабрю».",
            "«Наши двери открыты для диалога», — подчеркнул в среду %M."};

    private static final String[] UK_NARRATIVE = {
            "Влада в %P повідомила у вівторок, що бюджет нової лікарні з весни зріс на третину.",
            "%N, який очолює обласну раду з 2019 року, три години зустрічався з представниками профспілок.",
            "Переговори завершилися без угоди, наступну зустріч заплановано на наступний тиждень.",
            "За даними міністерства, від вимкнень електроенергії постраждали близько %D тисяч домогосподарств.",
            "Критики плану вважають, що гроші краще витратити на дороги та школи в %P.",
            "Пресслужба %G спростувала зв'язок між контрактом і компанією його колишнього радника.",
            "Опозиція вимагала незалежного аудиту та публічних слухань до голосування.",
            "Мешканці в %P скаржаться, що через роботи єдиний міст до центру закритий уже кілька місяців.",
            "Ціни на електроенергію в першому кварталі зросли на %D відсотків, повідомила статистична служба.",
            "Рішення ще має схвалити парламент, де правляча коаліція має невелику більшість.",
            "Як повідомили місцеві ЗМІ, у понеділок увечері %N провів телефонну розмову з %I.",
            "Повний текст меморандуму, підписаного в %P минулого місяця, сторони так і не оприлюднили."};
    private static final String[] UK_QUOTES = {
            "«Ми не приймемо угоду, після якої працівникам стане гірше, ніж рік тому», — заявив %N.",
            "«Цифри говорять самі за себе, — сказав %N. — Видатки треба скорочувати вже зараз».",
            "%N сказав журналістам: «Ніхто в уряді не порушував закон, і аудит це покаже».",
            "«Говорити про результати поки зарано, але перші ознаки обнадійливі», — додав %S.",
            "За словами %G, «графік не змінився і роботи завершаться до грудня».",
            "«Наші двері відкриті для діалогу», — наголосив у середу %M."};

    private static final String[] EN_HEADLINES = {"Council and unions fail to agree on %P hospital budget",
            "Audit demanded after %S contract row", "Power cuts hit %D thousand homes as prices climb"};
    private static final String[] RU_HEADLINES = {"Совет и профсоюзы не договорились о бюджете больницы",
            "Оппозиция требует аудита после скандала с контрактом", "Отключения света затронули %D тысяч домов"};
    private static final String[] UK_HEADLINES = {"Рада і профспілки не домовилися про бюджет лікарні",
            "Опозиція вимагає аудиту після скандалу з контрактом", "Вимкнення світла зачепили %D тисяч будинків"};

    private GeneratedNews() {}

    /**
     * {@code count} articles of about {@code bytes} bytes of UTF-8 each (a Cyrillic letter is two), languages in
     * turn (en, ru, uk).
     */
    public static List<Article> articles(int count, int bytes, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        String[] languages = {"en", "ru", "uk"};
        for (int i = 0; i < count; i++) {
            out.add(article(languages[i % 3], bytes, random));
        }
        return out;
    }

    public static Article article(String language, int bytes, Random random) {
        String[] narrative = switch (language) {
            case "ru" -> RU_NARRATIVE;
            case "uk" -> UK_NARRATIVE;
            default -> EN_NARRATIVE;
        };
        String[] quotes = switch (language) {
            case "ru" -> RU_QUOTES;
            case "uk" -> UK_QUOTES;
            default -> EN_QUOTES;
        };
        String[] places = switch (language) {
            case "ru" -> RU_PLACES;
            case "uk" -> UK_PLACES;
            default -> EN_PLACES;
        };
        String[] headlines = switch (language) {
            case "ru" -> RU_HEADLINES;
            case "uk" -> UK_HEADLINES;
            default -> EN_HEADLINES;
        };
        Name main = name(language, random);
        Name other = name(language, random);
        String place = places[random.nextInt(places.length)];
        String headline = fill(headlines[random.nextInt(headlines.length)], main, other, place, random);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < bytes) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                boolean quote = random.nextInt(3) == 0;
                String template = quote ? quotes[random.nextInt(quotes.length)] : narrative[random.nextInt(narrative.length)];
                Name speaker = random.nextInt(3) == 0 ? other : main;
                Name mentioned = speaker == main ? other : main;
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(fill(template, speaker, mentioned, place, random));
            }
            paragraphs.add(p.toString());
            length += p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;
        }
        return new Article(language, headline, paragraphs);
    }

    private static String fill(String template, Name n, Name m, String place, Random random) {
        return template.replace("%N", n.full()).replace("%S", n.nom()).replace("%G", n.gen())
                .replace("%I", m.first() + " " + m.ins()).replace("%M", m.full()).replace("%P", place)
                .replace("%D", Integer.toString(5 + random.nextInt(90)));
    }

    /** An invented person: English names from syllables; Slavic ones with the case endings of their surname type. */
    private static Name name(String language, Random random) {
        if (language.equals("en")) {
            String last = EN_STEM[random.nextInt(EN_STEM.length)] + EN_END[random.nextInt(EN_END.length)];
            return new Name(EN_FIRST[random.nextInt(EN_FIRST.length)], last, last, last, last);
        }
        boolean uk = language.equals("uk");
        // Masculine only: the templates' verbs (заявил, сказав) are masculine.
        String first = uk ? UK_FIRST_M[random.nextInt(UK_FIRST_M.length)] : RU_FIRST_M[random.nextInt(RU_FIRST_M.length)];
        String stem = CY_STEM[random.nextInt(CY_STEM.length)];
        return switch (random.nextInt(uk ? 4 : 3)) {
            case 0 -> new Name(first, stem + "ов", stem + "ова", stem + "ову", stem + (uk ? "овим" : "овым"));
            case 1 -> new Name(first, stem + "ин", stem + "ина", stem + "ину", stem + (uk ? "іним" : "иным"));
            case 2 -> uk ? new Name(first, stem + "ський", stem + "ського", stem + "ському", stem + "ським")
                    : new Name(first, stem + "ский", stem + "ского", stem + "скому", stem + "ским");
            default -> new Name(first, stem + "енко", stem + "енка", stem + "енку", stem + "енком");
        };
    }

    /** Sentence boundaries of the generated prose: after . ! ? (and a closing quote) followed by a space. */
    static List<String> splitSentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length() - 1; i++) {
            char ch = paragraph.charAt(i);
            char next = paragraph.charAt(i + 1);
            boolean end = (ch == '.' || ch == '!' || ch == '?' || ch == '»' || ch == '"') && next == ' '
                    && (ch != '"' && ch != '»' || i > 0 && ".!?,".indexOf(paragraph.charAt(i - 1)) >= 0);
            if (end && i + 2 < paragraph.length() && Character.isUpperCase(paragraph.charAt(i + 2))
                    || end && i + 2 < paragraph.length() && "«\"".indexOf(paragraph.charAt(i + 2)) >= 0) {
                out.add(paragraph.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        out.add(paragraph.substring(start).strip());
        return out;
    }
}
