package dev.newsdigest.bot.chat.port;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;

/** Per-chat settings; a chat never seen has {@link ChatSettings#defaults()}. Implemented in {@code storage}. */
public interface ChatSettingsStore {

    ChatSettings get(ChatRef chat);

    void put(ChatRef chat, ChatSettings settings);
}
