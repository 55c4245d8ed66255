package dev.newsdigest.bot.chat.port;

import java.time.Instant;
import java.util.List;

/** Read side of stored quotes, for {@code /quotes}. Implemented in {@code storage}. */
public interface QuoteQueries {

    /** The most recent {@code limit} quotes of the person with this key, newest first. */
    List<QuoteView> recentQuotes(String personKey, int limit);

    /**
     * One stored quote with where it was published.
     *
     * @param url      the article's URL (untrusted: renderers check it)
     * @param source   the source's display name
     * @param reported reported speech (stored kind {@code indirect}): the article's wording, not the speaker's
     */
    record QuoteView(String text, String speaker, String speakerKey, String url, String headline, String source,
                     Instant published, boolean reported) {

        /** The speaker's own words. */
        public QuoteView(String text, String speaker, String speakerKey, String url, String headline, String source,
                         Instant published) {
            this(text, speaker, speakerKey, url, headline, source, published, false);
        }
    }
}
