package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.Subscription;
import java.time.Instant;
import java.util.List;

/** The chats routing posts to, with what they follow. Implemented in {@code storage}. */
public interface SubscriberDirectory {

    /**
     * A chat that follows something and can still be posted to.
     *
     * @param lastDigestAt batched modes: the end of the period the last digest covered
     * @param digestDueAt  batched modes: when the next digest is due (null until first scheduled)
     */
    record Subscriber(ChatRef chat, ChatSettings settings, List<Subscription> subscriptions, Instant lastDigestAt,
                      Instant digestDueAt) {
    }

    List<Subscriber> subscribers();

    /** A batched digest covering stories up to {@code coveredUntil} was queued; the next is due at {@code next}. */
    void digestQueued(ChatRef chat, Instant coveredUntil, Instant next);
}
