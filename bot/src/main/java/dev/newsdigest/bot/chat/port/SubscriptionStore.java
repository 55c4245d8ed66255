package dev.newsdigest.bot.chat.port;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Subscription;
import java.util.List;

/** Which chats follow what. Implemented in {@code storage}. */
public interface SubscriptionStore {

    /** Adds the subscription; false when the chat already had it. */
    boolean add(ChatRef chat, Subscription subscription);

    /** Removes it; false when the chat did not have it. */
    boolean remove(ChatRef chat, Subscription subscription);

    /** Removes every subscription of the chat; returns how many there were. */
    int removeAll(ChatRef chat);

    /** The chat's subscriptions in the order they were added. */
    List<Subscription> list(ChatRef chat);
}
