package dev.newsdigest.bot.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news web pages (about 100 KB each, like real ones) around a {@link GeneratedNews} article, for the
 * extraction and end-to-end benchmarks. What makes real pages heavy is planted here: inline styles, scripts with
 * JSON state, SVG icons, a long navigation; and the prose that is not the article, which an extractor must drop:
 * a cookie notice, a newsletter box and a "read also" link inside the article, a photo caption, a share widget, an
 * author box, "most read" and related teasers, reader comments, an advertisement, a footer. Every planted
 * non-article sentence is recorded, so {@link BoilerplateScore} can count how many survive extraction.
 *
 * <p>Three layouts so no extractor is tested only on markup it recognises by name: semantic HTML5 elements,
 * {@code div}s with conventional class names, and {@code div}s with meaningless generated class names.
 */
public final class GeneratedPages {

    public enum Layout { SEMANTIC, CLASS_NAMES, OBFUSCATED }

    /**
     * A page and what is known about it.
     *
     * @param boilerplate every sentence planted outside the article text (at least five words each)
     */
    public record Page(String html, Layout layout, GeneratedNews.Article article, List<String> boilerplate) {
        public byte[] bytes() {
            return html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private record Strings(String cookie, String newsletter, String readAlso, String share, String caption,
                           String author, String ad, String footer, String mostRead, String related, String comments,
                           String[] teasers, String[] commentLines, String[] menu) {
    }

    private static final Strings EN = new Strings(
            "We use cookies to personalise content and ads and to analyse our traffic on this website.",
            "Sign up for our morning briefing and get the most important stories of the day in your inbox.",
            "Read also: the regional airport will close its second terminal for repairs until next summer.",
            "Share this article with your friends and colleagues on your favourite social network.",
            "A view of the old harbour at dawn, photographed by our correspondent from the lighthouse.",
            "Our correspondent has covered energy, transport and regional politics for the paper since 2015.",
            "Get half price on your first three months of digital access with the spring offer today.",
            "All rights reserved; reproduction of any material is permitted only with a link to the original source.",
            "Most read", "More on this story", "Comments",
            new String[] {"Farmers warn that the dry spring could halve this year's grain harvest in the south.",
                    "The city theatre reopens after a renovation that took almost four years to complete.",
                    "A new ferry line will connect the two largest islands from the first of June.",
                    "Teachers in three districts vote to strike over unpaid overtime and crowded classes.",
                    "The national team names its squad for the qualifiers with four newcomers in defence.",
                    "Scientists at the university publish a study on the decline of river fish populations.",
                    "The central bank keeps its key rate unchanged for the fifth meeting in a row.",
                    "Volunteers plant ten thousand trees along the motorway that was widened last year."},
            new String[] {"I have lived here for thirty years and nobody ever asked us what we actually need.",
                    "This is exactly what happens when the same people run the council for two decades.",
                    "Could someone explain why the bridge repairs were not finished before the winter started?",
                    "Great reporting as always, please keep following this story and the money behind it.",
                    "My brother works at the hospital and says the situation there is much worse than described."},
            new String[] {"Home", "World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion", "Video",
                    "Weather", "Travel", "Health"});

    private static final String[] RU_TEASERS = {
            "Аграрии предупреждают, что засушливая весна может вдвое сократить урожай зерна на юге.",
            "Городской театр открывается после ремонта, который занял почти четыре года.",
            "Новая паромная линия свяжет два крупнейших острова с первого июня.",
            "Учителя трёх районов проголосовали за забастовку из-за неоплаченных переработок.",
            "Сборная объявила состав на отборочные матчи с четырьмя новичками в обороне.",
            "Учёные университета опубликовали исследование о сокращении численности речной рыбы.",
            "Центральный банк пятое заседание подряд сохраняет ключевую ставку без изменений.",
            "Волонтёры высадили десять тысяч деревьев вдоль расширенной в прошлом году трассы."};
    private static final Strings RU = new Strings(
            "Мы используем файлы cookie, чтобы персонализировать контент и рекламу и анализировать трафик сайта.",
            "Подпишитесь на нашу утреннюю рассылку и получайте главные новости дня на почту.",
            "Читайте также: региональный аэропорт закроет второй терминал на ремонт до следующего лета.",
            "Поделитесь этой статьёй с друзьями и коллегами в своей любимой социальной сети.",
            "Вид на старую гавань на рассвете, снимок нашего корреспондента с маяка.",
            "Наш корреспондент пишет об энергетике, транспорте и региональной политике с 2015 года.",
            "Получите скидку пятьдесят процентов на первые три месяца цифровой подписки уже сегодня.",
            "Все права защищены; перепечатка материалов разрешена только со ссылкой на первоисточник.",
            "Самое читаемое", "По теме", "Комментарии", RU_TEASERS,
            new String[] {"Я живу здесь тридцать лет, и никто ни разу не спросил нас, что нам на самом деле нужно.",
                    "Вот что бывает, когда одни и те же люди руководят городом двадцать лет подряд.",
                    "Может кто-нибудь объяснить, почему ремонт моста не закончили до начала зимы?",
                    "Отличный материал, пожалуйста, следите за этой историей и за деньгами за ней.",
                    "Мой брат работает в больнице и говорит, что там всё гораздо хуже, чем написано."},
            new String[] {"Главная", "В мире", "Политика", "Экономика", "Спорт", "Культура", "Наука", "Мнения",
                    "Видео", "Погода", "Путешествия", "Здоровье"});
    private static final Strings UK = new Strings(
            "Ми використовуємо файли cookie, щоб персоналізувати контент і рекламу та аналізувати трафік сайту.",
            "Підпишіться на нашу ранкову розсилку й отримуйте головні новини дня на пошту.",
            "Читайте також: регіональний аеропорт закриє другий термінал на ремонт до наступного літа.",
            "Поділіться цією статтею з друзями та колегами у своїй улюбленій соціальній мережі.",
            "Вид на стару гавань на світанку, знімок нашого кореспондента з маяка.",
            "Наш кореспондент пише про енергетику, транспорт і регіональну політику з 2015 року.",
            "Отримайте знижку п'ятдесят відсотків на перші три місяці цифрової передплати вже сьогодні.",
            "Усі права захищено; передрук матеріалів дозволено лише з посиланням на першоджерело.",
            "Найпопулярніше", "На тему", "Коментарі",
            new String[] {"Аграрії попереджають, що посушлива весна може вдвічі скоротити врожай зерна на півдні.",
                    "Міський театр відкривається після ремонту, який тривав майже чотири роки.",
                    "Нова поромна лінія з'єднає два найбільші острови з першого червня.",
                    "Вчителі трьох районів проголосували за страйк через неоплачені переробки.",
                    "Збірна оголосила склад на відбіркові матчі з чотирма новачками в обороні.",
                    "Науковці університету опублікували дослідження про скорочення чисельності річкової риби.",
                    "Центральний банк п'яте засідання поспіль зберігає облікову ставку без змін.",
                    "Волонтери висадили десять тисяч дерев уздовж розширеної торік траси."},
            new String[] {"Я живу тут тридцять років, і ніхто жодного разу не спитав нас, що нам насправді потрібно.",
                    "Ось що буває, коли ті самі люди керують містом двадцять років поспіль.",
                    "Чи може хтось пояснити, чому ремонт мосту не закінчили до початку зими?",
                    "Чудовий матеріал, будь ласка, стежте за цією історією і за грошима за нею.",
                    "Мій брат працює в лікарні й каже, що там усе набагато гірше, ніж написано."},
            new String[] {"Головна", "Світ", "Політика", "Економіка", "Спорт", "Культура", "Наука", "Думки",
                    "Відео", "Погода", "Подорожі", "Здоров'я"});

    private GeneratedPages() {}

    /** {@code count} pages of about {@code targetBytes} each; languages and layouts in turn. */
    public static List<Page> pages(int count, int targetBytes, long seed) {
        Random random = new Random(seed);
        List<Page> out = new ArrayList<>(count);
        String[] languages = {"en", "ru", "uk"};
        Layout[] layouts = Layout.values();
        for (int i = 0; i < count; i++) {
            GeneratedNews.Article article = GeneratedNews.article(languages[i % 3], 3000 + random.nextInt(2000), random);
            out.add(page(article, layouts[(i / 3) % layouts.length], targetBytes, random));
        }
        return out;
    }

    public static Page page(GeneratedNews.Article article, Layout layout, int targetBytes, Random random) {
        Strings s = switch (article.language()) {
            case "ru" -> RU;
            case "uk" -> UK;
            default -> EN;
        };
        Tags t = new Tags(layout, random);
        List<String> planted = new ArrayList<>();
        StringBuilder h = new StringBuilder(targetBytes + 8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(article.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(article.headline())).append(" | The Daily Example</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta property=\"og:title\" content=\"").append(esc(article.headline())).append("\">");
        int styleAt = h.length();
        h.append("</head><body>");
        h.append(t.open("cookie", "div")).append("<p>").append(plant(planted, s.cookie())).append("</p><button>OK</button>")
                .append(t.close("div"));
        h.append(t.open("header", "header")).append("<a href=\"/\">").append(svgIcon(random)).append("The Daily Example</a>")
                .append(t.open("nav", "nav")).append("<ul>");
        for (int round = 0; round < 4; round++) {
            for (String item : s.menu()) {
                h.append("<li><a href=\"/").append(Math.abs(item.hashCode() + round)).append("\">").append(item)
                        .append("</a></li>");
            }
        }
        h.append("</ul>").append(t.close("nav")).append(t.close("header"));

        h.append(t.open("main", "main")).append(t.open("article", "article"));
        h.append("<h1>").append(esc(article.headline())).append("</h1>");
        h.append(t.open("byline", "div")).append("<span>12 March 2025, 10:4").append(random.nextInt(10))
                .append("</span> <a href=\"/authors/1\">Staff</a>").append(t.close("div"));
        h.append(t.open("share", "div")).append("<p>").append(plant(planted, s.share())).append("</p>")
                .append(svgIcon(random)).append(svgIcon(random)).append(t.close("div"));
        h.append(t.open("figure", "figure")).append("<img src=\"/img/").append(random.nextInt(100000))
                .append(".jpg\" alt=\"\">").append(t.open("caption", "figcaption")).append(plant(planted, s.caption()))
                .append(t.close("figcaption")).append(t.close("figure"));
        h.append(t.open("body", "div"));
        List<String> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1) {
                h.append(t.open("readalso", "div")).append("<a href=\"/news/").append(random.nextInt(100000)).append("\">")
                        .append(plant(planted, s.readAlso())).append("</a>").append(t.close("div"));
            }
            if (i == paragraphs.size() / 2) {
                h.append(t.open("newsletter", "div")).append("<p>").append(plant(planted, s.newsletter()))
                        .append("</p><form><input type=\"email\"><button>OK</button></form>").append(t.close("div"));
            }
        }
        h.append(t.close("div"));
        h.append(t.open("author", "div")).append("<p>").append(plant(planted, s.author())).append("</p>").append(t.close("div"));
        h.append(t.close("article"));

        h.append(t.open("related", "section")).append("<h2>").append(s.related()).append("</h2><ul>");
        for (int i = 0; i < 4; i++) {
            h.append("<li><a href=\"/news/").append(random.nextInt(100000)).append("\">")
                    .append(plant(planted, s.teasers()[(i + 4) % s.teasers().length])).append("</a></li>");
        }
        h.append("</ul>").append(t.close("section"));
        h.append(t.open("comments", "section")).append("<h2>").append(s.comments()).append("</h2>");
        for (String comment : s.commentLines()) {
            h.append(t.open("comment", "div")).append("<b>reader").append(random.nextInt(1000)).append("</b><p>")
                    .append(plant(planted, comment)).append("</p>").append(t.close("div"));
        }
        h.append(t.close("section")).append(t.close("main"));

        h.append(t.open("aside", "aside")).append("<h3>").append(s.mostRead()).append("</h3><ol>");
        for (int i = 0; i < 4; i++) {
            h.append("<li><a href=\"/news/").append(random.nextInt(100000)).append("\">")
                    .append(plant(planted, s.teasers()[i])).append("</a></li>");
        }
        h.append("</ol>").append(t.open("ad", "div")).append("<p>").append(plant(planted, s.ad())).append("</p>")
                .append(t.close("div")).append(t.close("aside"));
        h.append(t.open("footer", "footer")).append("<p>").append(plant(planted, s.footer())).append("</p><ul>");
        for (String item : s.menu()) {
            h.append("<li><a href=\"/f/").append(Math.abs(item.hashCode())).append("\">").append(item).append("</a></li>");
        }
        h.append("</ul>").append(t.close("footer"));
        h.append("</body></html>");

        // The weight of a real page: styles in the head, scripts with state and trackers at the end of the body.
        int missing = targetBytes - utf8Length(h);
        if (missing > 0) {
            h.insert(styleAt, style(missing / 4, random));
            missing = targetBytes - utf8Length(h);
            if (missing > 0) {
                h.insert(h.lastIndexOf("</body>"), script(missing, random));
            }
        }
        return new Page(h.toString(), layout, article, List.copyOf(planted));
    }

    private static String plant(List<String> planted, String sentence) {
        planted.add(sentence);
        return esc(sentence);
    }

    /** Opening/closing tags for a role in the page's layout. */
    private static final class Tags {
        private final Layout layout;
        private final Random random;

        Tags(Layout layout, Random random) {
            this.layout = layout;
            this.random = random;
        }

        String open(String role, String semanticTag) {
            return switch (layout) {
                case SEMANTIC -> "<" + semanticTag + " class=\"" + role + "\">";
                case CLASS_NAMES -> "<div class=\"" + role + " " + role + "-block\" id=\"" + role + "\">";
                case OBFUSCATED -> "<div class=\"c" + Integer.toString(random.nextInt(1 << 20), 36) + " x"
                        + Integer.toString(random.nextInt(1 << 20), 36) + "\">";
            };
        }

        String close(String semanticTag) {
            return layout == Layout.SEMANTIC ? "</" + semanticTag + ">" : "</div>";
        }
    }

    private static String svgIcon(Random random) {
        StringBuilder b = new StringBuilder("<svg viewBox=\"0 0 24 24\" width=\"24\" height=\"24\"><path d=\"M");
        for (int i = 0; i < 40; i++) {
            b.append(random.nextInt(24)).append('.').append(random.nextInt(100)).append(' ').append(random.nextInt(24))
                    .append(i % 5 == 4 ? " L" : " ");
        }
        return b.append("Z\"/></svg>").toString();
    }

    private static String style(int bytes, Random random) {
        StringBuilder b = new StringBuilder("<style>");
        while (b.length() < bytes) {
            b.append(".c").append(Integer.toString(random.nextInt(1 << 20), 36)).append("{margin:").append(random.nextInt(40))
                    .append("px;padding:").append(random.nextInt(20)).append("px;color:#")
                    .append(Integer.toHexString(random.nextInt(0xFFFFFF))).append(";display:flex}\n");
        }
        return b.append("</style>").toString();
    }

    private static String script(int bytes, Random random) {
        StringBuilder b = new StringBuilder("<script type=\"application/json\" id=\"__STATE__\">{\"items\":[");
        while (b.length() < bytes) {
            b.append("{\"id\":").append(random.nextInt(1_000_000)).append(",\"slug\":\"story-")
                    .append(Integer.toString(random.nextInt(1 << 30), 36)).append("\",\"views\":").append(random.nextInt(99999))
                    .append(",\"tags\":[\"t").append(random.nextInt(500)).append("\",\"t").append(random.nextInt(500))
                    .append("\"]},");
        }
        b.append("{}]}</script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
                + "gtag('js',new Date());</script>");
        return b.toString();
    }

    private static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
