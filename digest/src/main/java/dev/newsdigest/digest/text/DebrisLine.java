package dev.newsdigest.digest.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whole lines that are page furniture rather than article text, in plain text and in HTML alike: photo captions
 * and credits, "read also" and tag lines, source lines, share rows, widget debris ("loader"), cookie notices,
 * comment counters, bylines and bare dates. Each pattern matches a whole (cleaned) line; lines longer than
 * {@link #MAX_DEBRIS_LENGTH} are prose whatever they start with.
 */
final class DebrisLine {
    static final int MAX_DEBRIS_LENGTH = 300;

    /** "(фото з відкритих джерел)", "Фото: ...", "Photo: Reuters", "Фото: РИА Новости / Иван Петров". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)^\\(?(?:фото|фотография|фотографія|світлина|ілюстрація|иллюстрация|photo|photograph|foto|image|"
                    + "picture|credit|скриншот|screenshot|getty images|reuters photo|ap photo|видео|відео|video)"
                    + "(?::.{0,200}|\\s[^.!?]{0,80}[.)]?|\\)?)$");
    /** A short line ending in a parenthesised photo credit, e.g. "Дмитро Пєсков (фото з відкритих джерел)". */
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile(
            "(?iu)^.{0,120}\\((?:фото|photo|foto|скриншот|screenshot|ілюстрація|иллюстрация|image)[^)]{0,120}\\)\\s*$");
    /** A caption whose credit closes the line: "Вакцинуватися повинні ... / фото REUTERS", "Crowds in Kyiv | Photo: AP". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?iu)^[^.!?]{0,200}?(?:/|\\||—|–)\\s*(?:фото|photo|foto|скриншот|screenshot|ілюстрація|иллюстрация)"
                    + "(?::|\\s)[^.!?]{0,80}$");
    /** "Читайте також The Guardian: ..." without a colon after the label: a link title, no sentence inside. */
    private static final Pattern READ_ALSO_TITLE = Pattern.compile(
            "(?iu)^(?:читайте также|читайте також|также читайте|читать также|дивіться також|смотрите также|read also|"
                    + "see also|related)\\s+[^.!?]{0,200}[.!?]?$");
    /** A line that is only a word of widget or page chrome. */
    private static final Pattern CHROME_WORD = Pattern.compile(
            "(?iu)^(?:loader|loading\\.*|загрузка\\.*|завантаження\\.*|источник материала|джерело матеріалу|"
                    + "источник|джерело|source|advertisement|реклама|subscribe|подписаться|підписатися|"
                    + "поделиться|поділитися|share|tweet|facebook|twitter|telegram|whatsapp|viber|vk|вконтакте|"
                    + "одноклассники|email|print|печать|друк|abstract\\.?|full text\\.?|\\d{1,2}:\\d{2}|"
                    + "комментарии|коментарі|comments|[\\p{Punct}\\s]*)$");
    /** One-line links and labels that carry their content on the same line. */
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "(?iu)^(?:читайте также|читайте також|также читайте|читать также|дивіться також|смотрите также|"
                    + "read also|read more|related|see also|теги|тэги|мітки|tags|topics|ключевые слова|ключові слова|"
                    + "источник материала|джерело матеріалу|источник|джерело|source|photo|фото)\\s*:.*$");
    /** Share-widget rows: network names and separators only. */
    private static final Pattern SHARE_ROW = Pattern.compile(
            "(?iu)^(?:(?:поделиться|поділитися|share|facebook|twitter|x|telegram|whatsapp|viber|vk|вконтакте|"
                    + "одноклассники|email|linkedin|reddit|copy link|скопировать ссылку|скопіювати посилання)"
                    + "[\\s,|·•/:]*){2,}$");
    /** Cookie and consent banners: "cookies" near the start together with using, accepting or a policy. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "(?iu)^.{0,80}(?:cookie|куки|кукі).{0,220}$");
    private static final Pattern COOKIE_CONSENT_WORDS = Pattern.compile(
            "(?iuU)\\b(?:use|uses|using|accept|agree|consent|policy|settings|используе\\p{L}*|использовани\\p{L}*|"
                    + "використову\\p{L}*|використанн\\p{L}*|прин\\p{L}*|соглас\\p{L}*|згод\\p{L}*|"
                    + "политик\\p{L}*|політик\\p{L}*|настро\\p{L}*|налаштуван\\p{L}*)\\b");
    /** "Комментарии (12)", "12 comments", "Комментариев: 5". */
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "(?iu)^(?:(?:комментари\\S*|коментар\\S*|comments?)\\s*[:(]?\\s*\\d*\\)?|\\d+\\s+(?:комментари\\S*|коментар\\S*|comments?))$");
    /** Copyright and rights lines, and calls to subscribe or follow that media put under articles. */
    private static final Pattern RIGHTS_OR_CALL = Pattern.compile(
            "(?iuU)^(?:(?:©|\\(c\\)|copyright)\\s.{0,200}|.{0,200}(?:all rights reserved|все права защищены|"
                    + "всі права захищені|усі права захищені)\\.?|(?:подписывайтесь|підписуйтесь|підписуйтеся|"
                    + "subscribe to|sign up for|follow us)\\b.{0,200})$");
    /** Bylines: "By John Smith", "By Jane Doe and Tom Roe, Reuters", "Автор: Иван Петров", "Автор — Іван Петренко", "Беседовал Олег Смирнов". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?:(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&))+|"
                    + "(?:Автор|Авторы|Автори|Текст|Author|Written by)\\s*[:—–-]\\s*.{2,80}|"
                    + "(?:Беседовал|Беседовала|Беседовали|Розмовляв|Розмовляла|Interviewed by)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2})$");
    private static final String MONTH = "(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
            + "січ|лют|берез|квіт|трав|черв|лип|серп|вер[е]?с|жовт|листопад|груд|"
            + "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";
    /** A line that is only a date and/or time, optionally labelled: "12 ноября 2024, 14:35", "Updated: Nov 3, 2024". */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?iu)^(?:(?:опубликовано|обновлено|опубліковано|оновлено|published|updated|posted)\\s*:?\\s*)?"
                    + "(?:\\p{L}{2,11},?\\s+)?"
                    + "(?:\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?(?:\\s*г(?:ода|\\.)?)?|" + MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|"
                    + "\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:\\s*(?:,|в|о|at|—|-)?\\s*\\d{1,2}:\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*\\p{Lu}{2,4})?)?$");

    private DebrisLine() {}

    static boolean isDebris(String line) {
        if (line.length() > MAX_DEBRIS_LENGTH) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        boolean cookie = lower.contains("cookie") || lower.contains("куки") || lower.contains("кукі");
        boolean rights = lower.contains("©") || lower.contains("(c)") || lower.contains("copyright")
                || lower.contains("rights reserved") || lower.contains("права защищены") || lower.contains("права захищені")
                || lower.startsWith("подписывайтесь") || lower.startsWith("підписуйт") || lower.startsWith("subscribe to")
                || lower.startsWith("sign up for") || lower.startsWith("follow us");
        return CHROME_WORD.matcher(line).matches() || CAPTION.matcher(line).matches()
                || line.endsWith(")") && TRAILING_PHOTO_CREDIT.matcher(line).matches()
                || CREDIT_AT_END.matcher(line).matches() || READ_ALSO_TITLE.matcher(line).matches() || LABELLED_LINE.matcher(line).matches()
                || SHARE_ROW.matcher(line).matches()
                || cookie && COOKIE_NOTICE.matcher(line).matches() && COOKIE_CONSENT_WORDS.matcher(line).find()
                || COMMENT_COUNT.matcher(line).matches() || BYLINE.matcher(line).matches()
                || rights && RIGHTS_OR_CALL.matcher(line).matches()
                || DATE_ONLY.matcher(line).matches();
    }
}
