package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.ChatSettings.DeliveryMode;
import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.delivery.SubscriberDirectory.Subscriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns new stories into outbox rows. Chats on instant delivery get each matching story as its own post, queued
 * with the key {@code story:<id>} so a story is queued at most once per chat however often routing runs (a crash
 * and re-run, a story matching several follows). Chats on hourly or daily digests get one post per period with
 * the matching stories, most covered first, queued with the key {@code digest:<due time>}.
 */
public final class DigestRouter {

    private static final Logger log = LoggerFactory.getLogger(DigestRouter.class);
    /** Stories in one batched digest. */
    static final int MAX_BATCH = 20;

    private final SubscriberDirectory chats;
    private final OutboxStore outbox;
    private final Posts posts;
    private final BotText texts;
    private final Clock clock;

    public DigestRouter(SubscriberDirectory chats, OutboxStore outbox, BotText texts, Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.posts = new Posts(texts);
        this.texts = texts;
        this.clock = clock;
    }

    /** Queues instant posts of these new stories for every matching chat; returns how many rows were added. */
    public int routeNew(List<RoutableStory> stories) {
        if (stories.isEmpty()) {
            return 0;
        }
        int queued = 0;
        Instant now = clock.instant();
        for (Subscriber s : chats.subscribers()) {
            if (s.settings().mode() != DeliveryMode.INSTANT) {
                continue;
            }
            for (RoutableStory story : stories) {
                if (StoryMatcher.matches(story, s.subscriptions())) {
                    OutgoingMessage post = posts.story(story.view(), s.settings().language());
                    if (outbox.enqueue(s.chat(), post, "story:" + story.id(), now)) {
                        queued++;
                    }
                }
            }
        }
        log.info("routed {} new stories: {} posts queued", stories.size(), queued);
        return queued;
    }

    /**
     * Queues the batched digests that are due. {@code storiesBetween} gives the stories stored in a period (the
     * chats' subscriptions filter them here). A chat's first period starts when it chose batching.
     */
    public int queueDueDigests(BiFunction<Instant, Instant, List<RoutableStory>> storiesBetween) {
        Instant now = clock.instant();
        int queued = 0;
        for (Subscriber s : chats.subscribers()) {
            ChatSettings settings = s.settings();
            if (settings.mode() == DeliveryMode.INSTANT) {
                continue;
            }
            Instant due = s.digestDueAt();
            if (due == null) {
                chats.digestQueued(s.chat(), s.lastDigestAt() == null ? now : s.lastDigestAt(), nextDue(settings, now));
                continue;
            }
            if (due.isAfter(now)) {
                continue;
            }
            Instant from = s.lastDigestAt() == null ? due.minus(period(settings)) : s.lastDigestAt();
            List<StoryView> matching = new ArrayList<>();
            for (RoutableStory story : storiesBetween.apply(from, due)) {
                if (StoryMatcher.matches(story, s.subscriptions())) {
                    matching.add(story.view());
                }
            }
            if (!matching.isEmpty()) {
                List<StoryView> top = matching.stream().sorted(Posts.MOST_COVERED_FIRST).limit(MAX_BATCH).toList();
                String key = settings.mode() == DeliveryMode.HOURLY ? "digest.title.hourly" : "digest.title.daily";
                OutgoingMessage digest = posts.batch(texts.get(settings.language(), key, top.size()), top,
                        settings.language());
                if (outbox.enqueue(s.chat(), digest, "digest:" + due, now)) {
                    queued++;
                }
            }
            chats.digestQueued(s.chat(), due, nextDue(settings, now));
        }
        return queued;
    }

    static Duration period(ChatSettings s) {
        return s.mode() == DeliveryMode.HOURLY ? Duration.ofHours(1) : Duration.ofDays(1);
    }

    /** The next hour boundary, or the next {@code dailyAt} in the chat's zone, after {@code now}. */
    static Instant nextDue(ChatSettings s, Instant now) {
        if (s.mode() == DeliveryMode.HOURLY) {
            return now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        }
        ZonedDateTime local = now.atZone(s.zone());
        ZonedDateTime at = local.toLocalDate().atTime(s.dailyAt()).atZone(s.zone());
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }
}
