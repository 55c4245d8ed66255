package dev.newsdigest.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or a punctuation character of the text, by offsets. Words are runs of letters and digits, with an
 * inner hyphen or apostrophe kept (пресс-секретарь, O'Brien, прем'єр); every other visible character is a
 * token of its own; spaces are dropped. A line break ends the run: attribution never crosses paragraphs.
 */
record Token(int start, int end, boolean word) {

    char first(String text) {
        return text.charAt(start);
    }

    String of(String text) {
        return text.substring(start, end);
    }

    boolean is(String text, char c) {
        return !word && text.charAt(start) == c;
    }

    boolean capitalised(String text) {
        return word && Character.isUpperCase(text.charAt(start));
    }

    /** Tokens of [from, to), stopping early at a line break when {@code stopAtLineBreak}. */
    static List<Token> tokenize(String text, int from, int to, boolean stopAtLineBreak) {
        List<Token> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' && stopAtLineBreak) {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '’' || d == 'ʼ') && j + 1 < end
                            && Character.isLetter(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(new Token(i, j, true));
                i = j;
            } else {
                out.add(new Token(i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    /** Tokens of [from, to) on the line that {@code to} ends: for reading backwards from a position. */
    static List<Token> tokenizeBack(String text, int from, int to) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, to - 1)) + 1;
        return tokenize(text, Math.max(from, lineStart), to, false);
    }
}
