package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans a plain-text article: the first non-empty line is the title; lines repeating the title, photo captions
 * and credits, tag blocks, "source" and "read also" lines and widget debris are dropped; the rest is grouped
 * into paragraphs (a blank line, or a line break in a text without blank lines, ends a paragraph).
 */
public final class PlainTextExtractor {

    /** A whole line that is a photo caption or credit: "(фото з відкритих джерел)", "Фото: ...", "Photo: ...". */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "(?iu)^(?:фото|фото:|photo|photo:|foto|фотография|світлина|ілюстрація|иллюстрация|image|picture|credit|"
                    + "getty images|reuters photo|ap photo)(?:\\s|:|$).{0,200}$");
    /** A short line ending in a parenthesised photo credit, e.g. "Дмитро Пєсков (фото з відкритих джерел)". */
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile(
            "(?iu)^.{0,120}\\((?:фото|photo|foto|скриншот|screenshot|ілюстрація|иллюстрация)[^)]{0,120}\\)\\s*$");
    /** Headings that start a block of links or tags we drop up to the next blank line or paragraph. */
    private static final Pattern BLOCK_HEADING = Pattern.compile(
            "(?iu)^(?:теги по теме|теги|теги:|тэги|мітки|теги по темі|tags|tags:|читайте также|читайте також|"
                    + "читайте также:|читайте також:|related|related:|see also|read more|популярное|популярне|"
                    + "по теме|по темі|ещё по теме|more on this|share|поделиться|поділитися)\\b.*$");
    /** Lines that are debris wherever they appear. */
    private static final Pattern DEBRIS_LINE = Pattern.compile(
            "(?iu)^(?:loader|loading\\.*|загрузка\\.*|источник материала|джерело матеріалу|source|advertisement|реклама|"
                    + "subscribe|подписаться|підписатися|\\d{1,2}:\\d{2}|[\\p{Punct}\\s]*)$");
    /** Inline "read also" lines carry their link text on the same line. */
    private static final Pattern READ_ALSO_LINE = Pattern.compile(
            "(?iu)^(?:читайте также|читайте також|read also|related|see also|также читайте|читайте)\\s*:.*$");

    public ArticleText extract(String text, String titleHint) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(PlainTextExtractor::normaliseSpaces)
                .toList();
        String title = titleHint == null || titleHint.isBlank() ? null : normaliseSpaces(titleHint);
        int i = 0;
        if (title == null) {
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            if (i < lines.size()) {
                title = lines.get(i);
                i++;
            }
        }
        String titleKey = title == null ? null : comparable(title);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBlock = false;
        boolean blankLinesSeen = text.contains("\n\n") || text.contains("\r\n\r\n");
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flush(current, paragraphs);
                inBlock = false;
                continue;
            }
            if (inBlock) {
                if (!looksLikeProse(line)) {
                    continue;
                }
                inBlock = false;
            }
            if (titleKey != null && comparable(line).equals(titleKey)) {
                continue;
            }
            if (BLOCK_HEADING.matcher(line).matches() && line.length() < 40) {
                flush(current, paragraphs);
                inBlock = true;
                continue;
            }
            if (DEBRIS_LINE.matcher(line).matches() || CAPTION_LINE.matcher(line).matches()
                    || TRAILING_PHOTO_CREDIT.matcher(line).matches() || READ_ALSO_LINE.matcher(line).matches()) {
                continue;
            }
            if (current.length() > 0) {
                if (blankLinesSeen) {
                    current.append(' ');
                } else {
                    flush(current, paragraphs);
                }
            }
            current.append(line);
        }
        flush(current, paragraphs);
        return new ArticleText(title, paragraphs, false);
    }

    /** Prose has a sentence end or is long; tag lists and link titles are short and unpunctuated. */
    private static boolean looksLikeProse(String line) {
        return line.length() > 200 || (line.length() > 60 && line.matches("(?s).*[.!?…»\"]\\s*$"));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    static String normaliseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u0000' || c == '\uFEFF' || c == '\u00AD') {
                continue; // NUL, stray BOM and soft hyphen carry nothing
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}«»“”„\\s]+", " ").strip();
    }
}
