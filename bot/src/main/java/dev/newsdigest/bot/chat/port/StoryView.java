package dev.newsdigest.bot.chat.port;

import java.time.Instant;
import java.util.List;

/**
 * One story as chats see it: a digested article and every source that carried it.
 *
 * @param quotes  key quotes, best first (the post shows up to three)
 * @param people  names of the people involved, most mentioned first
 * @param sources display names of the sources that published the story
 */
public record StoryView(long id, String headline, String url, String summary, List<QuoteLine> quotes,
                        List<String> people, List<String> sources, Instant published) {

    public StoryView {
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        sources = List.copyOf(sources);
    }

    /** How many sources carried the story: batched digests put the most covered first. */
    public int coverage() {
        return sources.size();
    }

    /**
     * A quote with its speaker's name (null when not a person).
     *
     * @param reported reported speech (the engine's {@code indirect} kind): the article's wording, not the speaker's
     */
    public record QuoteLine(String text, String speaker, boolean reported) {

        /** The speaker's own words. */
        public QuoteLine(String text, String speaker) {
            this(text, speaker, false);
        }
    }
}
