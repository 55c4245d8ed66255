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
     * @param url    the article's URL (untrusted: renderers check it)
     * @param source the source's display name
     */
    record QuoteView(String text, String speaker, String speakerKey, String url, String headline, String source,
                     Instant published) {
    }
}
