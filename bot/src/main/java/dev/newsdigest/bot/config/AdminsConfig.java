package dev.newsdigest.bot.config;

import java.util.List;

/** {@code admins.*}: platform user ids allowed to run admin commands. */
public record AdminsConfig(List<String> telegram, List<String> slack) {
    public AdminsConfig {
        telegram = List.copyOf(telegram);
        slack = List.copyOf(slack);
    }

    public static AdminsConfig defaults() {
        return new AdminsConfig(List.of(), List.of());
    }
}
