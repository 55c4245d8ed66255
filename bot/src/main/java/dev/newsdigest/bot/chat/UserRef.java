package dev.newsdigest.bot.chat;

import java.util.Objects;

/**
 * Who sent a command. {@code id} is the platform's stable user id (Telegram numeric id, Slack user id from the
 * signed payload); usernames are never used for authorisation because users can change them.
 */
public record UserRef(Platform platform, String id, String displayName) {

    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }

    @Override
    public String toString() {
        return platform.id() + ":" + id;
    }
}
