package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leases for the roles one instance at a time holds (issue 7), on both databases. */
class LeaseStoreTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void oneHolderUntilExpiryThenANewTermWithAHigherToken(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            LeaseStore leases = new LeaseStore(db);
            Duration ttl = Duration.ofMillis(800);
            LeaseStore.Grant a = leases.tryAcquire("delivery", "A", ttl).orElseThrow();
            assertThat(a.token()).isEqualTo(1);
            assertThat(leases.tryAcquire("delivery", "B", ttl)).as("A holds it").isEmpty();
            LeaseStore.Grant renewed = leases.tryAcquire("delivery", "A", ttl).orElseThrow();
            assertThat(renewed.renewed()).isTrue();
            assertThat(renewed.token()).isEqualTo(1);
            assertThat(leases.holder("delivery").orElseThrow().holder()).isEqualTo("A");

            Thread.sleep(1_000); // A stops renewing (it died)
            assertThat(leases.holder("delivery").orElseThrow().live()).isFalse();
            LeaseStore.Grant b = leases.tryAcquire("delivery", "B", ttl).orElseThrow();
            assertThat(b.token()).as("a new term").isEqualTo(2);
            assertThat(leases.tryAcquire("delivery", "A", ttl)).as("A came back: B holds it now").isEmpty();

            assertThat(leases.release("delivery", "A")).as("only the holder releases").isFalse();
            assertThat(leases.release("delivery", "B")).isTrue();
            assertThat(leases.holder("delivery")).isEmpty();
            assertThat(leases.tryAcquire("delivery", "A", ttl).orElseThrow().token()).isEqualTo(3);
            // Roles are independent.
            assertThat(leases.tryAcquire("telegram-polling", "B", ttl)).isPresent();
        }
    }

    /** Several instances (each with its own pool) race for a free lease: exactly one wins, none fails. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void racingInstancesElectExactlyOne(String kind) throws Exception {
        var config = TestDatabases.of(kind, dir);
        int instances = 6;
        List<Database> dbs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            dbs.add(Database.open(config));
            for (int i = 1; i < instances; i++) {
                dbs.add(kind.equals("h2") ? dbs.get(0) : Database.open(config));
            }
            for (int round = 0; round < 5; round++) {
                String name = "race-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<LeaseStore.Grant>>> results = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    LeaseStore leases = new LeaseStore(dbs.get(i));
                    String me = "instance-" + i;
                    Callable<Optional<LeaseStore.Grant>> task = () -> {
                        go.await();
                        return leases.tryAcquire(name, me, Duration.ofSeconds(30));
                    };
                    results.add(pool.submit(task));
                }
                go.countDown();
                int winners = 0;
                for (Future<Optional<LeaseStore.Grant>> f : results) {
                    winners += f.get().isPresent() ? 1 : 0;
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            dbs.stream().distinct().forEach(Database::close);
        }
    }
}
