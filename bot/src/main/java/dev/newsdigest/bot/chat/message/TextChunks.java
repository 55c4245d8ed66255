package dev.newsdigest.bot.chat.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cuts plain text that is too long for one platform message or section into pieces, at a line break when it can,
 * else at a space, else anywhere but inside a surrogate pair. It works on the text BEFORE escaping and measures
 * each piece after escaping, so a piece never ends in half an entity like {@code &am} (RELIABILITY.md R5, R6).
 */
public final class TextChunks {
    private TextChunks() {
    }

    /**
     * @param plain     unescaped text
     * @param maxLength the most characters a piece may have once escaped
     * @param escape    the platform's escaping
     */
    public static List<String> split(String plain, int maxLength, UnaryOperator<String> escape) {
        if (maxLength < 16) {
            throw new IllegalArgumentException("maxLength too small: " + maxLength);
        }
        List<String> out = new ArrayList<>();
        String rest = plain;
        while (escape.apply(rest).length() > maxLength) {
            int fit = longestFittingPrefix(rest, maxLength, escape);
            int cut = lastBreak(rest, fit);
            String piece = rest.substring(0, cut).stripTrailing();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Largest n such that the first n characters escape to at most maxLength (binary search: escaping is monotone). */
    private static int longestFittingPrefix(String s, int maxLength, UnaryOperator<String> escape) {
        int lo = 1;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (escape.apply(s.substring(0, mid)).length() <= maxLength) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int lastBreak(String s, int fit) {
        int nl = s.lastIndexOf('\n', fit - 1);
        if (nl > fit / 2) {
            return nl + 1;
        }
        for (int i = fit - 1; i > fit / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i + 1;
            }
        }
        // No good break: cut hard, but never between the two halves of an emoji.
        if (fit < s.length() && Character.isLowSurrogate(s.charAt(fit)) && fit > 1) {
            return fit - 1;
        }
        return fit;
    }
}
