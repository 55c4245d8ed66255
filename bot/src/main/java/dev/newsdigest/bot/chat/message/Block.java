package dev.newsdigest.bot.chat.message;

import java.util.List;

/**
 * One paragraph-level piece of a message. Renderers may split a long message between blocks, never inside one
 * unless a single block is itself too long (then on whitespace, before escaping: R5).
 */
public sealed interface Block {

    /** The block's text without any styling, for plain-text fallbacks and length budgets. */
    String plainText();

    /** A normal paragraph. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        @Override
        public String plainText() {
            return Spans.plain(spans);
        }
    }

    /**
     * A quotation with who said it; {@code speaker} may be null when the source is not a person.
     *
     * <p>{@code paraphraseLabel} is null for the speaker's own words (shown in quotation marks). For reported
     * speech ("Peskov said that the talks would go on": not the speaker's words) it is the word that marks it in the
     * chat's language, e.g. "paraphrase"; renderers then show no quotation marks, so nobody reads the reporter's
     * wording as a verbatim quote.
     */
    record Quotation(String text, String speaker, String paraphraseLabel) implements Block {

        /** The speaker's own words. */
        public Quotation(String text, String speaker) {
            this(text, speaker, null);
        }

        /** True for reported speech (no quotation marks). */
        public boolean paraphrase() {
            return paraphraseLabel != null;
        }

        @Override
        public String plainText() {
            if (paraphrase()) {
                return (speaker == null ? "" : speaker + " ") + "(" + paraphraseLabel + "): " + text;
            }
            return speaker == null ? "«" + text + "»" : "«" + text + "» — " + speaker;
        }
    }

    /** Secondary small text (sources, dates, hints). */
    record Context(List<Span> spans) implements Block {
        public Context {
            spans = List.copyOf(spans);
        }

        @Override
        public String plainText() {
            return Spans.plain(spans);
        }
    }

    /** A visual separator between stories of a batched digest. */
    record Divider() implements Block {
        @Override
        public String plainText() {
            return "";
        }
    }

    static Paragraph paragraph(Span... spans) {
        return new Paragraph(List.of(spans));
    }

    static Paragraph text(String plain) {
        return new Paragraph(List.of(new Span.Plain(plain)));
    }

    static Context context(Span... spans) {
        return new Context(List.of(spans));
    }
}
