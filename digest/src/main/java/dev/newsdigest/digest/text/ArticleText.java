package dev.newsdigest.digest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article reduced to its title and its body paragraphs, boilerplate removed.
 *
 * <p>{@link #fullText()} is the text every later stage works on and every offset points into: the title (when
 * there is one), a blank line, then the paragraphs separated by blank lines.
 */
public final class ArticleText {
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final String title;
    private final List<String> paragraphs;
    private final boolean fromHtml;
    private final String fullText;
    private final int bodyStart;

    public ArticleText(String title, List<String> paragraphs, boolean fromHtml) {
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.paragraphs = List.copyOf(paragraphs);
        this.fromHtml = fromHtml;
        String body = String.join(PARAGRAPH_SEPARATOR, this.paragraphs);
        if (this.title == null) {
            this.fullText = body;
            this.bodyStart = 0;
        } else {
            this.fullText = body.isEmpty() ? this.title : this.title + PARAGRAPH_SEPARATOR + body;
            this.bodyStart = body.isEmpty() ? this.title.length() : this.title.length() + PARAGRAPH_SEPARATOR.length();
        }
    }

    /** The cleaned title, or null when the article has none. */
    public String title() {
        return title;
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    public boolean fromHtml() {
        return fromHtml;
    }

    /** Title and body as one string; offsets of people and quotes refer to it. */
    public String fullText() {
        return fullText;
    }

    /** Offset in {@link #fullText()} where the body starts (0 when there is no title). */
    public int bodyStart() {
        return bodyStart;
    }

    /** The body alone, paragraphs separated by blank lines. */
    public String body() {
        return fullText.substring(bodyStart);
    }

    /** Start offsets of each paragraph in {@link #fullText()}. */
    public List<Integer> paragraphStarts() {
        List<Integer> starts = new ArrayList<>(paragraphs.size());
        int at = bodyStart;
        for (String p : paragraphs) {
            starts.add(at);
            at += p.length() + PARAGRAPH_SEPARATOR.length();
        }
        return starts;
    }

    public boolean isEmpty() {
        return title == null && paragraphs.isEmpty();
    }
}
