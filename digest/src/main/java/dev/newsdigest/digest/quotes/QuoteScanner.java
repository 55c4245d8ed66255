package dev.newsdigest.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quoted stretches of a text in one linear pass, whatever the quotation style: «ёлочки»,
 * „лапки“ (and „…”), “curly”, ”Swedish”, "straight", ‘single’ and 'straight single'. Inner quotes of any kind
 * are tracked on a small stack so that «…„…“…» or “…‘…’…” yields the outer quote only.
 *
 * <p>Symmetric marks (" and ') cannot say by themselves whether they open or close; the characters around them
 * decide: a mark after a space and before a letter opens, one after a letter and before a space or punctuation
 * closes. An apostrophe inside a word (don’t, Пєсков's) never counts.
 *
 * <p>A quote ends with its paragraph. An unclosed quote is dropped, except where the next paragraph opens with
 * the same mark (English news leaves the closing mark off every paragraph but the last of a long quote) or where
 * an English quote introduced as speech holds a full sentence (web copy loses marks): such a paragraph is
 * returned as an open-ended quote; so is a quote left unclosed when a new one opens after its
 * last sentence (English does not nest “ in “). No regular expressions and no backtracking: 1 MB of text
 * with an opening mark and no closing one costs one pass.
 */
final class QuoteScanner {
    /** No article has more real quotes; the cap bounds the work on hostile input. */
    static final int MAX_QUOTES = 1_000;
    /** Deeper nesting is noise (or an attack); marks beyond it are ignored. */
    private static final int MAX_DEPTH = 8;

    List<QuotedSpan> scan(String text) {
        List<QuotedSpan> out = new ArrayList<>();
        char[] stackMark = new char[MAX_DEPTH];
        int[] stackAt = new int[MAX_DEPTH];
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n && out.size() < MAX_QUOTES; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (depth > 0) {
                    unclosedAtParagraphEnd(text, stackMark[0], stackAt[0], i, out);
                    depth = 0;
                }
                continue;
            }
            if (!QuoteMarks.isMark(c)) {
                continue;
            }
            if (depth == 1 && stackMark[0] == c && c == '“' && reopensAfterSentence(text, i)) {
                // English never nests “ in “ (Ukrainian „…“ closes with it, but opens with „): a new “ opening a
                // sentence means the quote before was left unclosed (a paragraph break lost when lines were
                // joined, or a missing mark). It ends here.
                add(text, stackAt[0], i, c, true, out);
                stackAt[0] = i;
                continue;
            }
            char top = depth > 0 ? stackMark[depth - 1] : 0;
            Role role = role(text, i, c, top, stackMark, depth);
            if (role == Role.CLOSE) {
                int level = matchingLevel(c, stackMark, depth);
                if (level < 0) {
                    continue;
                }
                if (level == 0) {
                    add(text, stackAt[0], i, stackMark[0], false, out);
                }
                depth = level;
            } else if (role == Role.OPEN && depth < MAX_DEPTH) {
                stackMark[depth] = c;
                stackAt[depth] = i;
                depth++;
            }
        }
        if (depth > 0 && out.size() < MAX_QUOTES) {
            unclosedAtParagraphEnd(text, stackMark[0], stackAt[0], n, out);
        }
        return out;
    }

    private enum Role { OPEN, CLOSE, NONE }

    private static Role role(String text, int i, char c, char top, char[] stack, int depth) {
        boolean spaceBefore = i == 0 || opensContext(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || closesContext(text.charAt(i + 1));
        if (spaceAfter && i + 2 < text.length() && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '@') {
            spaceAfter = false; // a quoted tweet: ".@BernieSanders prioritized…"
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if ((c == '”' || c == '"') && inchMark(text, i)) {
            return Role.NONE; // he's like 6’2”
        }
        switch (c) {
            case '«':
                return Role.OPEN;
            case '»':
                return Role.CLOSE;
            case '„':
                return Role.OPEN;
            case '“':
                // Closes „…“ (Ukrainian, German style); otherwise it is the English opening mark.
                if (matchingLevel(c, stack, depth) >= 0 && (top == '„' || !spaceBefore || spaceAfter)) {
                    return Role.CLOSE;
                }
                return spaceAfter ? Role.NONE : Role.OPEN;
            case '”':
                if (matchingLevel(c, stack, depth) >= 0 && !(spaceBefore && !spaceAfter)) {
                    return Role.CLOSE;
                }
                return spaceBefore && !spaceAfter ? Role.OPEN : Role.NONE;
            case '"':
                if (top == '"' && (!spaceBefore || spaceAfter)) {
                    return Role.CLOSE;
                }
                if (spaceBefore && !spaceAfter) {
                    return Role.OPEN;
                }
                return matchingLevel(c, stack, depth) >= 0 && !spaceBefore ? Role.CLOSE : Role.NONE;
            case '‘':
                if (letterBefore) {
                    return Role.NONE; // a misused apostrophe
                }
                return spaceAfter ? Role.NONE : Role.OPEN;
            case '’':
            case '\'':
                if (c == '\'' && ((i > 0 && text.charAt(i - 1) == '\'') || (i + 1 < text.length()
                        && text.charAt(i + 1) == '\''))) {
                    return Role.NONE; // '' is a doubled apostrophe (typewriter archives), not a listed quote style
                }
                if (letterBefore && letterAfter) {
                    return Role.NONE; // don’t, O'Brien, прем'єр
                }
                if (matchingLevel(c, stack, depth) >= 0 && !spaceBefore && (spaceAfter || !letterAfter)) {
                    return Role.CLOSE;
                }
                if (c == '\'' && spaceBefore && letterAfter && !isElision(text, i + 1)) {
                    return Role.OPEN;
                }
                return Role.NONE;
            default:
                return Role.NONE;
        }
    }

    /** Feet and inches: a digit, a single mark, digits, then this mark (6’2”, 5'11"). */
    private static boolean inchMark(String text, int i) {
        int k = i - 1;
        int digits = 0;
        while (k >= 0 && Character.isDigit(text.charAt(k)) && digits < 3) {
            k--;
            digits++;
        }
        return digits > 0 && k >= 1 && (text.charAt(k) == '’' || text.charAt(k) == '\'')
                && Character.isDigit(text.charAt(k - 1));
    }

    /** The mark follows a sentence end and a space, and a letter follows it: ". “There’s another side". */
    private static boolean reopensAfterSentence(String text, int i) {
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)) || i < 2
                || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?');
    }

    /** The stack level whose opening mark this closing mark ends, or -1. */
    private static int matchingLevel(char close, char[] stack, int depth) {
        for (int k = depth - 1; k >= 0; k--) {
            if (QuoteMarks.closes(stack[k], close)) {
                return k;
            }
        }
        return -1;
    }

    /** 'em, 'tis, '90s: a leading apostrophe that opens no quote. */
    private static boolean isElision(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 4 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String w = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return w.equals("em") || w.equals("tis") || w.equals("twas") || w.equals("cause") || w.equals("til")
                || Character.isDigit(text.charAt(from));
    }

    private static boolean opensContext(char p) {
        return Character.isWhitespace(p) || Character.getType(p) == Character.FORMAT || p == '(' || p == '[' || p == '{' || p == '—' || p == '–' || p == '-'
                || p == '/' || p == ':' || QuoteMarks.isMark(p);
    }

    private static boolean closesContext(char p) {
        return Character.isWhitespace(p) || ".,;:!?…)]}—–-/".indexOf(p) >= 0 || QuoteMarks.isMark(p);
    }

    private static void unclosedAtParagraphEnd(String text, char mark, int open, int paragraphEnd,
            List<QuotedSpan> out) {
        int next = paragraphEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && next > paragraphEnd && text.charAt(next) == mark && mark != '\'') {
            add(text, open, paragraphEnd, mark, true, out);
        } else if (mark == '“' && introduced(text, open) && sentences(text, open + 1, paragraphEnd)) {
            // Web copy loses closing marks ("…the greatest depth.⏎He continued, “…"); an English quote introduced
            // as speech that holds a sentence of five words or more still ends with its paragraph. (Straight marks
            // are left alone: where they nest, "…в формате "7/24", a lost mark cannot be told from an inner one.)
            add(text, open, paragraphEnd, mark, true, out);
        }
    }

    /** The mark opens its paragraph or follows a colon, a comma or a sentence end. */
    private static boolean introduced(String text, int open) {
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ":,.!?\n".indexOf(text.charAt(k)) >= 0;
    }

    /** Five words or more, ending with a sentence's punctuation. */
    private static boolean sentences(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= from || ".!?".indexOf(text.charAt(e - 1)) < 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < e; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= 5;
    }

    private static void add(String text, int open, int close, char mark, boolean openEnded, List<QuotedSpan> out) {
        int s = open + 1;
        int e = close;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new QuotedSpan(open, s, e, close, mark, openEnded));
        }
    }
}
