package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several instances writing the same thing at the same moment on one PostgreSQL, each with its own pool: the same
 * Telegram update arriving at every instance behind a load balancer (webhook retries, I4) is handled by exactly
 * one; the same post queued by several routers is queued once. No instance sees an error.
 */
class ConcurrentInstancesTest {
    private static final int INSTANCES = 6;

    @Test
    void i4SameUpdateOnEveryInstanceAtOnceIsFirstSeenByExactlyOne() throws Exception {
        StorageConfig config = TestDatabases.postgres();
        List<Database> dbs = open(config);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int update = 0; update < 20; update++) {
                String id = String.valueOf(700_000 + update);
                int winners = race(pool, dbs, db -> new ChatStore(db.dataSource(), Clock.systemUTC())
                        .firstSeen(Platform.TELEGRAM, id));
                assertThat(winners).as("update " + id).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            dbs.forEach(Database::close);
        }
    }

    @Test
    void samePostQueuedByEveryInstanceAtOnceIsQueuedOnce() throws Exception {
        StorageConfig config = TestDatabases.postgres();
        List<Database> dbs = open(config);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        ChatRef chat = new ChatRef(Platform.TELEGRAM, "4242", ChatKind.PRIVATE);
        try {
            for (int story = 0; story < 20; story++) {
                String key = "story:" + story;
                int winners = race(pool, dbs, db -> new JdbcOutbox(db.dataSource())
                        .enqueue(chat, OutgoingMessage.text("post " + key), key, Instant.now()));
                assertThat(winners).as(key).isEqualTo(1);
            }
            assertThat(new JdbcOutbox(dbs.get(0).dataSource()).statusesOf(chat)).hasSize(20);
        } finally {
            pool.shutdownNow();
            dbs.forEach(Database::close);
        }
    }

    interface Attempt {
        boolean run(Database db);
    }

    private static int race(ExecutorService pool, List<Database> dbs, Attempt attempt) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Database db : dbs) {
            Callable<Boolean> task = () -> {
                go.await();
                return attempt.run(db);
            };
            results.add(pool.submit(task));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> f : results) {
            winners += f.get() ? 1 : 0; // an exception here fails the test: no instance may see an error
        }
        return winners;
    }

    private static List<Database> open(StorageConfig config) {
        List<Database> dbs = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            dbs.add(Database.open(config));
        }
        return dbs;
    }
}
