package dev.newsdigest.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits speech interrupted by its attribution, the Russian and Ukrainian way: «Общение не исключается, —
 * сказал Песков. — Трамп заявлял…» inside one pair of marks, or a dialogue line "— Нет, — ответил он. — Не
 * сейчас". The speech parts come out separately with the attribution between them; a dash that is not followed
 * by a speech verb (an ordinary dash inside the speech) does not split.
 */
final class InterruptionSplitter {
    /** One stretch of speech and the attribution right after it (null when none follows). */
    record Part(int start, int end, Cue cue) {}

    /** The most interruptions one quote is split at; more is not speech. */
    private static final int MAX_PARTS = 16;

    private final ArticleView view;
    private final Attributor attributor;

    InterruptionSplitter(ArticleView view, Attributor attributor) {
        this.view = view;
        this.attributor = attributor;
    }

    /** The speech parts of [from, to); one part (with a null cue) when there is no interruption. */
    List<Part> split(int from, int to) {
        String text = view.text;
        List<Part> parts = new ArrayList<>();
        int partStart = from;
        int i = from;
        while (i < to && parts.size() < MAX_PARTS) {
            int dash = nextSpacedDash(text, i, to);
            if (dash < 0) {
                break;
            }
            int before = prevNonSpace(text, dash - 1, partStart);
            char p = before >= partStart ? text.charAt(before) : 0;
            if ((p == ',' || p == '!' || p == '?' || p == '…') && attributor.startsAttribution(dash + 1, to)) {
                int attrStart = dash + 1;
                int attrEnd = to;
                int resume = to;
                int d2 = attrStart;
                while (true) {
                    d2 = nextSpacedDash(text, d2, to);
                    if (d2 < 0) {
                        break;
                    }
                    int q = prevNonSpace(text, d2 - 1, attrStart);
                    char pc = q >= attrStart ? text.charAt(q) : 0;
                    if (pc == '.' || pc == ',' || pc == ':') {
                        attrEnd = q;
                        resume = skipSpace(text, d2 + 1, to);
                        break;
                    }
                    d2++;
                }
                int partEnd = p == ',' ? before : before + 1;
                Cue cue = attributor.inside(attrStart, attrEnd);
                if (partEnd > partStart) {
                    parts.add(new Part(partStart, trimEnd(text, partStart, partEnd), cue));
                }
                partStart = resume;
                i = resume;
                continue;
            }
            i = dash + 1;
        }
        if (partStart < to) {
            int e = trimEnd(text, partStart, to);
            if (e > partStart) {
                parts.add(new Part(partStart, e, null));
            }
        }
        return parts;
    }

    /** A dash with a space on each side (an en dash typed for an em dash counts). */
    static int nextSpacedDash(String text, int from, int to) {
        for (int k = Math.max(from, 1); k < to - 1; k++) {
            char c = text.charAt(k);
            if ((c == '—' || c == '–') && Character.isWhitespace(text.charAt(k - 1))
                    && Character.isWhitespace(text.charAt(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    private static int prevNonSpace(String text, int from, int floor) {
        int k = from;
        while (k >= floor && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    private static int skipSpace(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }
}
