package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.port.AuditLog;
import dev.newsdigest.bot.chat.port.ChatSettingsStore;
import dev.newsdigest.bot.chat.port.DigestQueries;
import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.chat.port.QuoteQueries;
import dev.newsdigest.bot.chat.port.SourceAdmin;
import dev.newsdigest.bot.chat.port.SubscriptionStore;
import java.util.Objects;

/** Everything the command layer reads and writes, as the ports it owns (implemented in storage and app). */
public record CommandPorts(SubscriptionStore subscriptions, ChatSettingsStore settings, QuoteQueries quotes,
                           PeopleQueries people, DigestQueries digests, SourceAdmin sources, AuditLog audit) {

    public CommandPorts {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(audit, "audit");
    }
}
