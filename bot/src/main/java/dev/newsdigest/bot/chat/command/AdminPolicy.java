package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.UserRef;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Who is a bot admin: exactly the user ids configured in {@code admins.telegram} / {@code admins.slack}. Being a
 * group admin, a channel, or Telegram's anonymous-admin account does not count (RELIABILITY.md I5). The console's
 * single user is the operator at the terminal, hence always an admin.
 */
public final class AdminPolicy {

    private final Map<Platform, Set<String>> admins = new EnumMap<>(Platform.class);

    public AdminPolicy(Set<String> telegramIds, Set<String> slackIds) {
        admins.put(Platform.TELEGRAM, Set.copyOf(telegramIds));
        admins.put(Platform.SLACK, Set.copyOf(slackIds));
    }

    public static AdminPolicy none() {
        return new AdminPolicy(Set.of(), Set.of());
    }

    public boolean isAdmin(UserRef user) {
        if (user.platform() == Platform.CONSOLE) {
            return true;
        }
        return admins.getOrDefault(user.platform(), Set.of()).contains(user.id());
    }
}
