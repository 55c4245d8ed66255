package dev.newsdigest.bot.cluster;

import dev.newsdigest.bot.storage.LeaseStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elections through the database for the roles one instance at a time may hold when several share it: each
 * {@link LeaderRole} is a row in the {@code leases} table that this process tries to take, and renews while it holds
 * it, every third of the lease. A process that dies stops renewing; another takes the role once the lease has
 * expired. A graceful stop releases the roles at once.
 *
 * <p>Why a lease in the database and not a coordination service: the database is already the one thing every
 * instance shares, and its clock decides expiry, so instances need no synchronised clocks (RELIABILITY C7).
 */
public final class Leadership implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    private final LeaseStore store;
    private final String holder;
    private final Duration ttl;
    private final List<LeaderRole> roles = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    public Leadership(LeaseStore store, String holder, Duration ttl) {
        this.store = store;
        this.holder = holder;
        this.ttl = ttl;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leadership");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Declares a role this process competes for.
     *
     * @param quiet    after taking the role, wait this long before acting (the previous holder's last actions settle:
     *                 for delivery, the longest per-chat spacing, so no chat gets two messages too close)
     * @param listener told when the role is won and lost (on the leadership thread)
     */
    public LeaderRole role(String name, Duration quiet, LeaderRole.Listener listener) {
        LeaderRole r = new LeaderRole(name, holder, ttl, quiet, store, listener);
        roles.add(r);
        return r;
    }

    /** Tries every role now (so a lone instance leads from its first second), then keeps trying and renewing. */
    public void start() {
        tick();
        long every = Math.max(100, ttl.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (closed) {
            return;
        }
        for (LeaderRole r : roles) {
            try {
                r.attempt();
            } catch (RuntimeException e) {
                log.error("lease {}: unexpected failure", r.name(), e);
            }
        }
    }

    public String holder() {
        return holder;
    }

    /** Stops renewing and releases every role held, so another instance takes over at once. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (LeaderRole r : roles) {
            r.release();
        }
    }
}
