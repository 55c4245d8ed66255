package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chats, subscriptions, settings and update ids on H2 and on a real PostgreSQL. */
class ChatStoreTest {

    @TempDir
    Path dir;
    Database db;
    ChatStore store;

    void open(String kind) {
        db = Database.open(TestDatabases.of(kind, dir));
        store = new ChatStore(db.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    final ChatRef group = new ChatRef(Platform.TELEGRAM, "-100", ChatKind.GROUP);
    final ChatRef supergroup = new ChatRef(Platform.TELEGRAM, "-100999", ChatKind.GROUP);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void subscriptionsAreAddedOnceListedInOrderAndRemoved(String kind) {
        open(kind);
        assertThat(store.add(group, Subscription.person("peskov", "Песков"))).isTrue();
        assertThat(store.add(group, Subscription.person("peskov", "Peskov"))).isFalse();
        assertThat(store.add(group, Subscription.keyword("gas"))).isTrue();
        assertThat(store.add(group, Subscription.all())).isTrue();
        assertThat(store.list(group)).extracting(Subscription::value).containsExactly("peskov", "gas", "");
        assertThat(store.list(group).get(0).label()).isEqualTo("Песков");
        assertThat(store.remove(group, Subscription.keyword("GAS"))).isTrue();
        assertThat(store.remove(group, Subscription.keyword("gas"))).isFalse();
        assertThat(store.subscribers()).singleElement().satisfies(s -> assertThat(s.subscriptions()).hasSize(2));
        assertThat(store.removeAll(group)).isEqualTo(2);
        assertThat(store.subscribers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void settingsPersistAndDefaultForUnknownChats(String kind) {
        open(kind);
        assertThat(store.get(group)).isEqualTo(ChatSettings.defaults());
        ChatSettings s = ChatSettings.defaults().withDaily(LocalTime.of(7, 30), ZoneId.of("Europe/Kyiv"))
                .withLanguage(BotLanguage.UK);
        store.put(group, s);
        assertThat(store.get(group)).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void goneChatLosesItsSubscriptionsUntilItComesBack_D3(String kind) {
        open(kind);
        store.add(group, Subscription.all());
        store.chatGone(group, "Forbidden: bot was kicked");
        assertThat(store.list(group)).isEmpty();
        assertThat(store.subscribers()).isEmpty();
        store.add(group, Subscription.all());
        assertThat(store.subscribers()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void migrationMovesSubscriptionsAndSettings_D4(String kind) {
        open(kind);
        store.add(group, Subscription.all());
        store.add(group, Subscription.person("peskov", "Песков"));
        store.put(group, ChatSettings.defaults().withLanguage(BotLanguage.RU));
        store.chatMigrated(group, supergroup);
        assertThat(store.list(group)).isEmpty();
        assertThat(store.list(supergroup)).extracting(Subscription::value).containsExactly("", "peskov");
        assertThat(store.get(supergroup).language()).isEqualTo(BotLanguage.RU);
        assertThat(store.subscribers()).extracting(s -> s.chat().id()).containsExactly("-100999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void updateIdsAreSeenOncePerPlatform_I4(String kind) {
        open(kind);
        assertThat(store.firstSeen(Platform.TELEGRAM, "1001")).isTrue();
        assertThat(store.firstSeen(Platform.TELEGRAM, "1001")).isFalse();
        assertThat(store.firstSeen(Platform.SLACK, "1001")).isTrue();
        assertThat(store.pruneProcessedUpdates()).isZero();
    }
}
