package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins about every post that ended IN_DOUBT (RELIABILITY D7): the request left but no answer came (a
 * timeout after the body was written, a connection reset, or a sender killed mid-request, found by lease recovery).
 * The bot does not repeat such a post, which could show it twice, nor drop it silently: a person decides.
 *
 * <p>Works from the outbox, not from the relay's memory, so rows marked in doubt by another instance or before a
 * restart are reported too. Queue the notice, then mark the row: a crash in between queues the same key again,
 * which the outbox ignores, so each row is reported exactly once.
 */
public final class InDoubtReporter {
    private static final Logger log = LoggerFactory.getLogger(InDoubtReporter.class);
    private static final int BATCH = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final OutboxStore outbox;
    private final AdminNotices notices;
    private final BotText texts;
    private final Clock clock;

    public InDoubtReporter(OutboxStore outbox, AdminNotices notices, BotText texts, Clock clock) {
        this.outbox = outbox;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    /** Reports the IN_DOUBT rows not reported yet; returns how many rows were handled. */
    public int report() {
        int handled = 0;
        List<OutboxStore.InDoubtPost> rows;
        do {
            rows = outbox.inDoubtNotAlerted(BATCH);
            for (OutboxStore.InDoubtPost p : rows) {
                if (AdminNotices.isNotice(p.dedupKey())) {
                    // A notice to an admin that may not have arrived: reporting it would send another notice to
                    // the same place, possibly failing the same way. The log keeps it.
                    log.warn("admin notice {} to {} is in doubt: {}", p.dedupKey(), p.chat(), p.reason());
                } else {
                    notices.send("in-doubt:" + p.id(), message(p));
                }
                outbox.markAlerted(p.id(), clock.instant());
                handled++;
            }
        } while (rows.size() == BATCH);
        return handled;
    }

    private OutgoingMessage message(OutboxStore.InDoubtPost p) {
        Instant at = p.finishedAt() != null ? p.finishedAt() : clock.instant();
        return OutgoingMessage.text(texts.get(BotLanguage.EN, "admin.inDoubt", p.chat().platform().id() + ":"
                + p.chat().id(), p.dedupKey(), TIME.format(at), p.reason() == null ? "?" : p.reason(), String.valueOf(p.id())));
    }
}
