package dev.newsdigest.bot.chat.port;

import dev.newsdigest.bot.chat.Subscription;
import java.time.Instant;
import java.util.List;

/** Read side of stored digests, for {@code /digest} and batched posts. Implemented in {@code storage}. */
public interface DigestQueries {

    /**
     * Stories published since {@code since} that match any of the subscriptions, most covered (number of sources)
     * first, then newest.
     */
    List<StoryView> stories(List<Subscription> subscriptions, Instant since, int limit);
}
