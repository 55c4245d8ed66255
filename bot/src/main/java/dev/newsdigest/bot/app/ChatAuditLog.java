package dev.newsdigest.bot.app;

import dev.newsdigest.bot.chat.port.AuditLog;
import java.time.Clock;

/** The command layer's audit port over the {@code audit_log} table (refused admin attempts, I5). */
final class ChatAuditLog implements AuditLog {

    private final dev.newsdigest.bot.storage.AuditLog log;
    private final Clock clock;

    ChatAuditLog(dev.newsdigest.bot.storage.AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String detail, boolean allowed) {
        String target = detail == null || detail.isBlank() ? null : detail.split("\\s+", 2)[0];
        log.record(new dev.newsdigest.bot.storage.AuditLog.Entry(clock.instant(), actor,
                allowed ? action : action + ".refused", target, allowed ? detail : "not an admin: " + detail));
    }
}
