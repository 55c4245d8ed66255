package dev.newsdigest.bot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatSettings.DeliveryMode;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.delivery.SubscriberDirectory.Subscriber;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory benchmark's chats are real subscribers of the bot: what routing reads back is what was seeded. */
class ChatSeederTest {
    @TempDir
    Path dir;

    @Test
    void seededChatsFollowTheirSourceOrEverythingDaily() {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        // Ten sources: numbering chats and sources alike must not leave a source without followers.
        List<String> sources = IntStream.range(0, 10).mapToObj(i -> "s" + i).toList();
        ChatSeeder.seed(url, 100, sources);

        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 2))) {
            List<Subscriber> subscribers = new ChatStore(db.dataSource(), Clock.systemUTC()).subscribers();
            assertThat(subscribers).hasSize(100);
            Map<DeliveryMode, List<Subscriber>> byMode =
                    subscribers.stream().collect(Collectors.groupingBy(s -> s.settings().mode()));
            assertThat(byMode.get(DeliveryMode.DAILY)).hasSize(10)
                    .allSatisfy(s -> assertThat(s.subscriptions()).containsExactly(Subscription.all()));
            assertThat(byMode.get(DeliveryMode.INSTANT)).hasSize(90).allSatisfy(s -> assertThat(s.subscriptions())
                    .singleElement().extracting(Subscription::kind).isEqualTo(Subscription.Kind.SOURCE));
            // Every source has as many instant followers (90 / 10).
            Map<String, Long> followers = byMode.get(DeliveryMode.INSTANT).stream()
                    .collect(Collectors.groupingBy(s -> s.subscriptions().get(0).value(), Collectors.counting()));
            assertThat(followers).containsOnlyKeys(sources).allSatisfy((source, n) -> assertThat(n).isEqualTo(9));
        }
        assertThat(ChatSeeder.outbox(url)).isEmpty();
    }
}
