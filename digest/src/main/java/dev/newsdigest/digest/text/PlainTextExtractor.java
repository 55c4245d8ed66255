package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans a plain-text article: the first non-empty line is the title; lines repeating the title, photo captions
 * and credits, tag blocks, "source" and "read also" lines and widget debris are dropped; the rest is grouped
 * into paragraphs (a blank line, or a line break in a text without blank lines, ends a paragraph).
 *
 * <p>Two things make a first line not (only) the title. A title that ends in a joining mark (";", ":", ",", a dash)
 * was wrapped and goes on in the next line ("Jobs report gives Democrats a lift;" / "Solid upturn, ..."). A first
 * line longer than {@link #MAX_TITLE_LENGTH} is the lead paragraph of a text that has no title (or whose title a
 * scraper fused with the lead); the headline is then built from the lead sentence.
 */
public final class PlainTextExtractor {
    /** Real headlines stay well under this (news sites and aggregators cut titles at 70–150 characters). */
    public static final int MAX_TITLE_LENGTH = 200;

    /** Headings that start a block of links or tags, dropped up to the next blank line or prose line. */
    private static final Pattern BLOCK_HEADING = Pattern.compile(
            "(?iu)^(?:теги по теме|теги по темі|теги|тэги|мітки|ключевые слова|ключові слова|tags|topics|"
                    + "читайте также|читайте також|также читайте|читать также|дивіться також|related|related articles|"
                    + "related stories|related coverage|see also|read more|more on this|more from|популярное|популярне|"
                    + "самое читаемое|найпопулярніше|по теме|по темі|ещё по теме|ще на тему|share|share this|share this article|"
                    + "share this story|поделиться новостью|поділитися новиною|"
                    + "поделиться|поділитися)\\s*:?$");
    /** A line of dialogue ("— Чи думали ви ...?") is its own paragraph even without a blank line before it. */
    private static final Pattern DIALOGUE_LINE = Pattern.compile("[—–]\\s|-\\s");
    /** Marks at the end of a line that say the title goes on in the next line. */
    private static final Pattern JOINING_END = Pattern.compile("[;:,—–-]$");

    public ArticleText extract(String text, String titleHint) {
        List<String> lines = lines(text);
        String title = titleHint == null || titleHint.isBlank() ? null : InlineText.clean(titleHint);
        int i = firstNonBlank(lines, 0);
        if (title == null && i < lines.size()) {
            int end = titleEnd(lines, i);
            String candidate = String.join(" ", lines.subList(i, end + 1));
            if (candidate.length() <= MAX_TITLE_LENGTH) {
                title = candidate;
                i = end + 1;
            }
        }
        return new ArticleText(title, paragraphs(lines, i, title, text.contains("\n\n") || text.contains("\r\n\r\n")),
                false);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            out.add(InlineText.clean(InlineText.unescapeEntities(raw)));
        }
        return out;
    }

    /** Index of the last line of a title starting at {@code first}: wrapped titles take their next line. */
    private static int titleEnd(List<String> lines, int first) {
        int end = first;
        int length = lines.get(first).length();
        while (JOINING_END.matcher(lines.get(end)).find() && end + 1 < lines.size() && !lines.get(end + 1).isBlank()
                && length + 1 + lines.get(end + 1).length() <= MAX_TITLE_LENGTH) {
            end++;
            length += 1 + lines.get(end).length();
        }
        return end;
    }

    private static List<String> paragraphs(List<String> lines, int from, String title, boolean blankLinesSeen) {
        String titleKey = title == null ? null : comparable(title);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBlock = false;
        for (int i = from; i < lines.size(); i++) {
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
            if (titleKey != null && line.length() >= titleKey.length() && line.length() <= 2 * titleKey.length() + 10
                    && comparable(line).equals(titleKey)) {
                continue;
            }
            if (line.length() < 60 && BLOCK_HEADING.matcher(line).matches()) {
                flush(current, paragraphs);
                inBlock = true;
                continue;
            }
            if (DebrisLine.isDebris(line)) {
                continue;
            }
            if (current.length() > 0) {
                if (blankLinesSeen && !DIALOGUE_LINE.matcher(line).lookingAt()) {
                    current.append(' ');
                } else {
                    flush(current, paragraphs);
                }
            }
            current.append(line);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** Prose has a sentence end or is long; tag lists and link titles are short and unpunctuated. */
    private static boolean looksLikeProse(String line) {
        if (line.length() > 200) {
            return true;
        }
        if (line.length() <= 60) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '»' || last == '"' || last == '”';
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** Lower case letters and digits only, single-spaced: "Title!" and "title" compare equal. */
    static String comparable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
