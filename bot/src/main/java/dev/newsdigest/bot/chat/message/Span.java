package dev.newsdigest.bot.chat.message;

import java.util.Objects;

/**
 * A run of inline text with one style. Text is always plain (never markup): renderers escape it for their platform
 * (RELIABILITY.md R1, R3, R8).
 */
public sealed interface Span {

    String text();

    record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    record Bold(String text) implements Span {
        public Bold {
            Objects.requireNonNull(text, "text");
        }
    }

    record Italic(String text) implements Span {
        public Italic {
            Objects.requireNonNull(text, "text");
        }
    }

    record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A link. {@code url} is untrusted (it comes from feeds); renderers emit it only when {@link SafeUrl} accepts it
     * and otherwise show the text alone (R2).
     */
    record Link(String text, String url, boolean bold) implements Span {
        public Link {
            Objects.requireNonNull(text, "text");
        }

        public Link(String text, String url) {
            this(text, url, false);
        }
    }

    static Span plain(String text) {
        return new Plain(text);
    }

    static Span bold(String text) {
        return new Bold(text);
    }

    static Span italic(String text) {
        return new Italic(text);
    }
}
