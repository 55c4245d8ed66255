package dev.newsdigest.bot.cluster;

import dev.newsdigest.bot.delivery.DeliveryGate;
import dev.newsdigest.bot.storage.LeaseStore;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One role held through a lease in the database (see {@link Leadership}). It also serves as the {@link DeliveryGate}
 * of the delivery role.
 *
 * <p>Safety: this process trusts its lease only until {@code t0 + ttl - margin}, where {@code t0} is the monotonic
 * time just before the renewal was sent. The database set the expiry to its own clock at or after {@code t0}, plus
 * {@code ttl}, so this process stops acting before any other can take the role, whatever the clocks say; the
 * margin covers clocks that run at slightly different rates. The fencing token lets the database refuse claims made
 * under a term that ended.
 */
public final class LeaderRole implements DeliveryGate {
    private static final Logger log = LoggerFactory.getLogger(LeaderRole.class);

    /** Told when the role is won, renewed and lost. Called on the leadership thread; must not block long. */
    public interface Listener {
        void acquired();

        void lost();

        /** Each successful renewal: a place to retry what failed at {@link #acquired()}. */
        default void renewed() {}

        Listener NONE = new Listener() {
            @Override
            public void acquired() {}

            @Override
            public void lost() {}
        };
    }

    private final String name;
    private final String holder;
    private final Duration ttl;
    private final long quietNanos;
    private final long marginNanos;
    private final LeaseStore store;
    private final Listener listener;
    private volatile Fence fence;
    private volatile long validUntilNanos;
    private volatile long activeFromNanos;

    LeaderRole(String name, String holder, Duration ttl, Duration quiet, LeaseStore store, Listener listener) {
        this.name = name;
        this.holder = holder;
        this.ttl = ttl;
        this.quietNanos = quiet.toNanos();
        this.marginNanos = Math.max(ttl.toNanos() / 10, Duration.ofMillis(200).toNanos());
        this.store = store;
        this.listener = listener;
    }

    public String name() {
        return name;
    }

    /** True while this process holds the role (the quiet period after winning it included). */
    public boolean held() {
        Fence f = fence;
        return f != null && System.nanoTime() < validUntilNanos;
    }

    @Override
    public Optional<Fence> fence() {
        Fence f = fence;
        long now = System.nanoTime();
        if (f == null || now >= validUntilNanos || now < activeFromNanos) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    /** One election round: take or renew the lease, or notice it is gone. */
    synchronized void attempt() {
        long t0 = System.nanoTime();
        Optional<LeaseStore.Grant> grant;
        try {
            grant = store.tryAcquire(name, holder, ttl);
        } catch (RuntimeException e) {
            // Database unreachable (C8): keep acting until the lease we had runs out, then stop.
            log.warn("lease {}: cannot reach the database ({})", name, e.getMessage());
            if (fence != null && System.nanoTime() >= validUntilNanos) {
                lose("its lease ran out while the database was unreachable");
            }
            return;
        }
        if (grant.isEmpty()) {
            if (fence != null) {
                lose("another instance holds it");
            }
            return;
        }
        LeaseStore.Grant g = grant.get();
        Fence current = fence;
        validUntilNanos = t0 + ttl.toNanos() - marginNanos;
        if (current == null || current.token() != g.token()) {
            activeFromNanos = t0 + quietNanos;
            fence = new Fence(name, holder, g.token());
            log.info("this instance now holds {} (term {})", name, g.token());
            listener.acquired();
        } else {
            listener.renewed();
        }
    }

    private void lose(String why) {
        fence = null;
        log.warn("this instance no longer holds {}: {}", name, why);
        listener.lost();
    }

    /** Gives the role up (graceful stop). */
    synchronized void release() {
        if (fence == null) {
            return;
        }
        fence = null;
        try {
            listener.lost();
        } catch (RuntimeException e) {
            log.warn("lease {}: stopping: {}", name, e.toString());
        }
        try {
            store.release(name, holder);
            log.info("released {}", name);
        } catch (RuntimeException e) {
            log.warn("lease {}: release failed ({}); it expires by itself", name, e.getMessage());
        }
    }
}
