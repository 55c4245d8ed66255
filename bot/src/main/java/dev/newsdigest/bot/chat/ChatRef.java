package dev.newsdigest.bot.chat;

import java.util.Objects;

/**
 * One conversation on one platform: a Telegram chat id (numeric, negative for groups), a Slack channel id, or the
 * console. The id is kept as text because Slack ids are not numbers.
 */
public record ChatRef(Platform platform, String id, ChatKind kind) {

    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("chat id is empty");
        }
    }

    /** The same chat under a new id (Telegram moves a group to a new id when it becomes a supergroup). */
    public ChatRef withId(String newId) {
        return new ChatRef(platform, newId, kind);
    }

    /** {@code telegram:-100123}: how logs and the audit log name a chat. */
    @Override
    public String toString() {
        return platform.id() + ":" + id;
    }
}
