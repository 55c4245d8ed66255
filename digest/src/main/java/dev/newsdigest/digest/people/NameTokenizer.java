package dev.newsdigest.digest.people;

import dev.newsdigest.digest.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into {@link Token}s for name finding: words keep inner hyphens and apostrophes
 * (Жан-Клод, Мар'яна, O'Brien), initials are recognised, and each token knows whether it starts a sentence,
 * follows its neighbour on the same line, and lies inside a short quoted title.
 */
final class NameTokenizer {
    /** A quoted span of at most this many words with no sentence end inside is a title, not speech. */
    private static final int MAX_TITLE_WORDS = 6;

    List<Token> tokenize(String text, List<Span> sentences) {
        boolean[] title = titleMask(text);
        boolean[] sentenceStart = new boolean[text.length() + 1];
        for (Span s : sentences) {
            sentenceStart[s.start()] = true;
        }
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int prevEnd = -1;
        boolean prevInitial = false;
        int lineStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '\n') {
                    lineStart = i + 1;
                }
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, i);
            String word = cyrillicHomoglyphs(text.substring(start, end));
            boolean initial = word.length() == 1 && Character.isUpperCase(c) && end < n && text.charAt(end) == '.';
            boolean capitalised = Character.isUpperCase(c);
            boolean allCaps = word.length() > 1 && isAllCaps(word);
            boolean atStart = sentenceStart[start] || opensPhrase(text, start, prevEnd, prevInitial)
                    || (capitalised && afterDateline(text, out, lineStart, start));
            boolean joined = prevEnd >= 0 && isJoin(text, prevEnd, start, prevInitial);
            out.add(new Token(out.size(), start, end, word, capitalised, allCaps, initial, atStart, joined, title[start]));
            prevEnd = end;
            prevInitial = initial;
            i = end;
        }
        return out;
    }

    private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXYaceopxyi";
    private static final String CYRILLIC_LETTERS = "АВСЕНКМОРТХУасеорхуі";

    /**
     * A word mixing Cyrillic and Latin letters ("Cергей" typed with a Latin C) is read with the Latin look-alikes
     * in Cyrillic, so the dictionaries know it; the surface text keeps what was written.
     */
    static String cyrillicHomoglyphs(String word) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            cyrillic |= c >= '\u0400' && c <= '\u04FF';
            latin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        if (!cyrillic || !latin) {
            return word;
        }
        StringBuilder s = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            int at = LATIN_LOOKALIKES.indexOf(c);
            s.append(at >= 0 ? CYRILLIC_LETTERS.charAt(at) : c);
        }
        return s.toString();
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == '‐') && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isAllCaps(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word follows a dateline that opens its line (", 09:06 REGNUM Власти Пакистана ...", "14:54, 2 Ноябрь, 2018
     * Власти ..."): digits, agency names in capitals and month names, then the sentence starts here however the
     * splitter cut it.
     */
    private static boolean afterDateline(String text, List<Token> out, int lineStart, int start) {
        if (start - lineStart > MAX_DATELINE || lineStart == start) {
            return false;
        }
        boolean digit = false;
        for (int k = lineStart; k < start; k++) {
            digit |= Character.isDigit(text.charAt(k));
        }
        boolean agency = false;
        for (int t = out.size() - 1; t >= 0 && out.get(t).start() >= lineStart; t--) {
            Token w = out.get(t);
            if (w.allCaps() && w.text().length() >= 3) {
                agency = true;
            } else if (!isMonth(w.text())) {
                return false;
            }
        }
        return digit || agency;
    }

    private static final int MAX_DATELINE = 60;
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(?iu)(январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав"
                    + "|черв|лип|серп|верес|жовт|листопад|груд)\\p{L}{0,3}|ма[йяю]|january|february|march|april|may"
                    + "|june|july|august|september|october|november|december");

    private static boolean isMonth(String word) {
        return MONTH.matcher(word).matches();
    }

    /** Between the previous token and this one: only spaces, or an initial's period and spaces. */
    private static boolean isJoin(String text, int prevEnd, int start, boolean prevInitial) {
        int k = prevEnd;
        if (prevInitial && k < start && text.charAt(k) == '.') {
            k++;
        }
        if (k == start) {
            return prevInitial; // "А.А.Смирнов" but not two words glued by nothing
        }
        for (; k < start; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F')) {
                return false;
            }
        }
        return true;
    }

    /** The word follows an opening quote, a dash, a colon, a bracket or a line break. */
    private static boolean opensPhrase(String text, int start, int prevEnd, boolean prevInitial) {
        int k = start - 1;
        while (k >= 0 && k > prevEnd - 1 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        if (c == '.' && prevInitial && k == prevEnd) {
            return false; // "А. Смирнов": the period closes an initial
        }
        int type = Character.getType(c);
        return c == '«' || c == '"' || c == '“' || c == '„' || c == '—' || c == '–' || c == ':' || c == '\n'
                || c == '(' || c == '\'' || c == '‘' || c == '-' || c == '.' || c == '!' || c == '?' || c == '…'
                || c == '*' || c == '#' || c == '•' || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
    }

    /**
     * Marks characters inside short quoted titles. Guillemets and curly quotes pair by direction; straight
     * double quotes pair in order of appearance within a paragraph.
     */
    static boolean[] titleMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int n = text.length();
        int open = -1;
        int depth = 0;
        int straightOpen = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                straightOpen = -1;
                open = -1;
                depth = 0;
            } else if (c == '«' || c == '“' || c == '„') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
                if (depth == 0 && open >= 0) {
                    markIfTitle(text, open + 1, i, mask);
                    open = -1;
                }
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    markIfTitle(text, straightOpen + 1, i, mask);
                    straightOpen = -1;
                }
            }
        }
        return mask;
    }

    private static void markIfTitle(String text, int from, int to, boolean[] mask) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';') {
                if (c != '.' || k + 1 >= to || text.charAt(k + 1) == ' ') {
                    return; // a sentence or a clause: speech, not a title
                }
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return;
        }
        for (int k = from; k < to; k++) {
            mask[k] = true;
        }
    }
}
