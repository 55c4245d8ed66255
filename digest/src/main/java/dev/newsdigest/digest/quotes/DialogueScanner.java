package dev.newsdigest.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Dialogue lines of Russian and Ukrainian prose: a paragraph that opens with a dash is direct speech, "— Мы
 * готовы, — сказал он. — Но не сейчас." Only lines whose attribution names a speech verb are taken: a dash
 * also opens list items and interview questions that are nobody's quote.
 */
final class DialogueScanner {
    private final ArticleView view;
    private final InterruptionSplitter splitter;

    DialogueScanner(ArticleView view, InterruptionSplitter splitter) {
        this.view = view;
        this.splitter = splitter;
    }

    List<Candidate> scan(Ranges taken) {
        List<Candidate> out = new ArrayList<>();
        String text = view.text;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n && out.size() < QuoteScanner.MAX_QUOTES) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int i = lineStart;
            while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i + 2 < lineEnd && (text.charAt(i) == '—' || text.charAt(i) == '–')
                    && Character.isWhitespace(text.charAt(i + 1)) && !taken.overlaps(i, lineEnd)) {
                int from = i + 1;
                while (from < lineEnd && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                List<InterruptionSplitter.Part> parts = splitter.split(from, lineEnd);
                if (parts.size() > 0 && parts.get(0).cue() != null) {
                    Cue last = null;
                    for (InterruptionSplitter.Part p : parts) {
                        Candidate c = new Candidate(i, p.start(), p.end(), p.end(), false, text.charAt(p.end() - 1));
                        c.cue = p.cue() != null ? p.cue() : last;
                        c.cueInside = true;
                        last = c.cue;
                        out.add(c);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
