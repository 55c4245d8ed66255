package dev.newsdigest.bot.chat.message;

import java.util.List;

/** Helpers over lists of {@link Span}. */
public final class Spans {
    private Spans() {
    }

    /** The spans' text concatenated, without styling. */
    public static String plain(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }
}
