package dev.newsdigest.bot.app;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.delivery.AdminNotices;
import dev.newsdigest.bot.ingest.SourceAlerts;
import dev.newsdigest.bot.storage.SourceHealth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Source failing / recovered (RELIABILITY F1) as notices to the admin chats, in plain words with the reason. */
final class AdminSourceAlerts implements SourceAlerts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AdminNotices notices;
    private final BotText texts;

    AdminSourceAlerts(AdminNotices notices, BotText texts) {
        this.notices = notices;
        this.texts = texts;
    }

    @Override
    public void failing(SourceConfig source, SourceHealth h, String streak) {
        String error = h.lastErrorReason() == null ? "?" : h.lastErrorReason()
                + (h.lastErrorMessage() == null || h.lastErrorMessage().isBlank() ? "" : " (" + h.lastErrorMessage() + ")");
        notices.send("source-failing:" + streak, OutgoingMessage.text(texts.get(BotLanguage.EN, "admin.sourceFailing",
                source.name(), source.id(), String.valueOf(h.failuresInRow()), error, time(h.lastSuccessAt()),
                time(h.nextFetchAt()))));
    }

    @Override
    public void recovered(SourceConfig source, SourceHealth before, String streak) {
        notices.send("source-recovered:" + streak, OutgoingMessage.text(texts.get(BotLanguage.EN,
                "admin.sourceRecovered", source.name(), source.id(), String.valueOf(before.failuresInRow()),
                time(before.lastSuccessAt()))));
    }

    private String time(Instant t) {
        return t == null ? texts.get(BotLanguage.EN, "admin.never") : TIME.format(t);
    }
}
