package dev.newsdigest.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.ChatSettings.DeliveryMode;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.ChatTestDb;
import dev.newsdigest.bot.storage.JdbcOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DigestRouterTest {

    static final Instant NOW = Instant.parse("2025-01-21T10:20:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final DataSource ds = ChatTestDb.h2();
    final ChatStore chats = new ChatStore(ds, clock);
    final JdbcOutbox outbox = new JdbcOutbox(ds);
    final DigestRouter router = new DigestRouter(chats, outbox, new BotText(), clock);

    final ChatRef all = chat("1");
    final ChatRef tass = chat("2");
    final ChatRef peskov = chat("3");
    final ChatRef gas = chat("4");
    final ChatRef nothing = chat("5");

    static ChatRef chat(String id) {
        return new ChatRef(Platform.TELEGRAM, id, ChatKind.PRIVATE);
    }

    static RoutableStory story(long id, String headline, Set<String> sources, Set<String> quoted, String text) {
        StoryView v = new StoryView(id, headline, "https://n.example/" + id, "Summary " + id, List.of(), List.of(),
                sources.stream().sorted().toList(), NOW.minusSeconds(60));
        return new RoutableStory(v, sources, quoted, text);
    }

    @Test
    void eachMatchingChatGetsEachStoryOnceWhateverItFollows() {
        chats.add(all, Subscription.all());
        chats.add(all, Subscription.person("peskov", "Песков")); // follows twice: still one post
        chats.add(tass, Subscription.source("tass"));
        chats.add(peskov, Subscription.person("peskov", "Песков"));
        chats.add(gas, Subscription.keyword("газ"));
        chats.add(nothing, Subscription.source("reuters"));
        RoutableStory quoted = story(1, "Кремль ответил", Set.of("tass"), Set.of("peskov"), "Песков сказал: «Нет».");
        RoutableStory mentioned = story(2, "Поставки газа выросли", Set.of("ria"), Set.of(), "Песков не комментировал.");
        assertThat(router.routeNew(List.of(quoted, mentioned))).isEqualTo(5);
        assertThat(outbox.statusesOf(all)).hasSize(2);
        assertThat(outbox.statusesOf(tass)).hasSize(1);
        assertThat(outbox.statusesOf(peskov)).hasSize(1); // quoted only, not merely mentioned
        assertThat(outbox.statusesOf(gas)).hasSize(1);   // "газа" starts with "газ"
        assertThat(outbox.statusesOf(nothing)).isEmpty();
        // Routing the same stories again (a crash and re-run) queues nothing new.
        assertThat(router.routeNew(List.of(quoted, mentioned))).isZero();
    }

    @Test
    void batchedChatsGetOneDigestPerPeriodWhenDue() {
        chats.add(all, Subscription.all());
        chats.put(all, ChatSettings.defaults().withDaily(LocalTime.of(8, 0), ZoneId.of("Europe/Kyiv")));
        RoutableStory s = story(1, "Story", Set.of("tass"), Set.of(), "");
        assertThat(router.routeNew(List.of(s))).isZero(); // not instant
        assertThat(router.queueDueDigests((from, to) -> List.of(s))).isZero(); // schedules the first one
        assertThat(chats.subscribers().get(0).digestDueAt()).isEqualTo(Instant.parse("2025-01-22T06:00:00Z"));

        Clock later = Clock.fixed(Instant.parse("2025-01-22T06:00:30Z"), ZoneOffset.UTC);
        DigestRouter next = new DigestRouter(chats, outbox, new BotText(), later);
        assertThat(next.queueDueDigests((from, to) -> List.of(s))).isEqualTo(1);
        assertThat(next.queueDueDigests((from, to) -> List.of(s))).isZero();
        assertThat(chats.subscribers().get(0).digestDueAt()).isEqualTo(Instant.parse("2025-01-23T06:00:00Z"));
    }

    @Test
    void nextDueTimes() {
        ChatSettings hourly = ChatSettings.defaults().withMode(DeliveryMode.HOURLY);
        assertThat(DigestRouter.nextDue(hourly, NOW)).isEqualTo(Instant.parse("2025-01-21T11:00:00Z"));
        ChatSettings daily = ChatSettings.defaults().withDaily(LocalTime.of(12, 0), ZoneId.of("UTC"));
        assertThat(DigestRouter.nextDue(daily, NOW)).isEqualTo(Instant.parse("2025-01-21T12:00:00Z"));
        ChatSettings dailyPast = ChatSettings.defaults().withDaily(LocalTime.of(9, 0), ZoneId.of("UTC"));
        assertThat(DigestRouter.nextDue(dailyPast, NOW)).isEqualTo(Instant.parse("2025-01-22T09:00:00Z"));
    }
}
