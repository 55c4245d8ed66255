package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages for the bot's admins (a source keeps failing, a post may not have arrived), sent like any post: through
 * the persistent outbox, so they survive a restart, obey the platforms' rate limits and are retried.
 *
 * <p>Admins are the user ids of {@code admins.telegram} / {@code admins.slack}: a private chat with the bot has the
 * user's id on Telegram, and a Slack user id as the channel of {@code chat.postMessage} is the bot's direct message
 * with that user. The console adapter adds its own chat (its user is the admin).
 *
 * <p>Each notice has a key; the outbox queues a key once per chat ({@code outbox_once}), so the same notice queued
 * again (a poll re-run after a crash, two passes racing) reaches each admin once.
 */
public final class AdminNotices {
    private static final Logger log = LoggerFactory.getLogger(AdminNotices.class);
    /** Prefix of every notice's outbox dedup key: a notice that is itself in doubt is not reported again. */
    public static final String KEY_PREFIX = "admin:";

    private final OutboxStore outbox;
    private final Clock clock;
    private final List<ChatRef> chats = new CopyOnWriteArrayList<>();

    public AdminNotices(OutboxStore outbox, List<ChatRef> chats, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.chats.addAll(chats);
    }

    /** Adds an admin chat (the console's). */
    public void addChat(ChatRef chat) {
        if (!chats.contains(chat)) {
            chats.add(chat);
        }
    }

    public List<ChatRef> chats() {
        return List.copyOf(chats);
    }

    /** Queues {@code message} for every admin chat under {@code key}; returns how many rows were newly queued. */
    public int send(String key, OutgoingMessage message) {
        if (chats.isEmpty()) {
            log.info("no admin chat configured for notice {}: {}", key, message.plainText());
            return 0;
        }
        int queued = 0;
        for (ChatRef chat : chats) {
            if (outbox.enqueue(chat, message, KEY_PREFIX + key, clock.instant())) {
                queued++;
            }
        }
        return queued;
    }

    /** True for an outbox row that carries an admin notice. */
    public static boolean isNotice(String dedupKey) {
        return dedupKey != null && dedupKey.startsWith(KEY_PREFIX);
    }
}
