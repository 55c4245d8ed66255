package dev.newsdigest.bot.chat.port;

import dev.newsdigest.bot.chat.ChatRef;

/** What delivery learns about chats and storage must remember. Implemented in {@code storage}. */
public interface ChatLifecycle {

    /** The bot can no longer post there (blocked, kicked, deleted): end the chat's subscriptions (D3). */
    void chatGone(ChatRef chat, String reason);

    /** The chat now lives under another id: move its subscriptions and settings (D4). */
    void chatMigrated(ChatRef from, ChatRef to);
}
