package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one linear pass. A sentence ends at {@code . ! ? …} (plus closing quotes and
 * brackets) followed by space and a capital letter, an opening quote, a digit or a dash that opens new speech; a
 * line break always ends one. It does not end after initials ("А. Смирнов", "John F. Keller"), known
 * abbreviations ("т. е.", "U.S.", "Dr."), or before a dialogue dash that continues with the attribution
 * ("…? — ответил он").
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            // Russian and Ukrainian
            "т", "е", "д", "п", "г", "гг", "им", "ул", "пр", "просп", "пл", "др", "ср", "см", "стр", "рис", "табл",
            "тыс", "млн", "млрд", "руб", "коп", "грн", "долл", "проф", "акад", "доц", "ст", "чел", "мин", "сек", "св",
            "obl", "обл", "р-н", "с", "пос", "м", "вул", "буд", "тис", "напр", "англ", "рус", "укр", "ген", "кв",
            // English
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev", "col", "capt",
            "lt", "sgt", "cpl", "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "v", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
            "approx", "dept", "est", "fig", "pres", "supt", "ave", "blvd", "rd");

    /**
     * Abbreviations that close a quantity ("480 млн грн.", "in 2025 г.", "Acme Inc.") and so often end a sentence
     * too: before a capital letter they end it. Titles and prefixes ("ул. Ленина", "Dr. Carson") never do.
     */
    private static final Set<String> MAY_END = Set.of("руб", "коп", "грн", "долл", "тыс", "тис", "млн", "млрд", "чел",
            "мин", "сек", "вв", "гг", "etc", "inc", "ltd", "co", "corp", "jr", "sr");

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, 0);
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = skipSpace(text, i + 1);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isTerminatorTail(text.charAt(end))) {
                    end++;
                }
                int next = skipInlineSpace(text, end);
                if (next > end && next < n && startsNewSentence(text, next)
                        && !(c == '.' && end == i + 1 && isAbbreviation(text, i, next))) {
                    add(out, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isTerminatorTail(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '»' || c == '"' || c == '“' || c == '”'
                || c == '’' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean startsNewSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '—' || c == '–' || c == '-') {
            // "…? — ответил он" continues the sentence; "… — Мы готовы" is a new line of dialogue.
            int word = skipInlineSpace(text, at + 1);
            return word < text.length() && Character.isUpperCase(text.charAt(word));
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || c == '“' || c == '„'
                || c == '(' || c == '\'' || c == '‘';
    }

    /** The word before the period is an initial, a known abbreviation, or part of one like "U.S.". */
    private static boolean isAbbreviation(String text, int dot, int next) {
        int wordEnd = dot;
        int wordStart = dot;
        // Abbreviations are short: looking further back than this would only cost time on a megabyte-long token.
        int limit = Math.max(0, dot - 12);
        while (wordStart > limit && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == limit && limit > 0 && Character.isLetter(text.charAt(limit - 1))) {
            return false; // a long word, not an abbreviation
        }
        if (wordStart == wordEnd) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean capitalFollows = Character.isUpperCase(text.charAt(next));
        if (capitalFollows && (MAY_END.contains(lower) || lower.equals("г") && afterNumber(text, wordStart))) {
            return false;
        }
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // Dotted acronyms: "U.S", "т.е", "т.д"
        return lower.indexOf('.') > 0 && lower.length() <= 6;
    }

    /** "2025 г." is a year; "г. Москва" is a city. */
    private static boolean afterNumber(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipInlineSpace(String text, int i) {
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
