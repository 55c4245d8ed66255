package dev.newsdigest.bot.ingest.fetch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perHost} requests in flight to one host, whichever worker (scheduled poll, {@code run --once},
 * full-text article fetch) makes them (RELIABILITY L1: politeness, and one slow site cannot take every worker).
 *
 * <p>Why not OkHttp's {@code Dispatcher.maxRequestsPerHost}: it only governs {@code enqueue()}d calls, and the
 * fetcher uses {@code execute()} so that its deadline covers the body read on the caller's thread.
 *
 * <p>One fair semaphore per host name (as written in the URL, so two sites behind one CDN address are two hosts),
 * created on first use and dropped when nobody holds or waits for it, so the map stays as small as the number of
 * hosts being fetched right now even after months of article links to ever new hosts.
 */
final class HostSlots {
    private final int perHost;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /** A host's semaphore plus how many callers hold or await it (guarded by the map's per-key locking). */
    private static final class Lane {
        final Semaphore permits;
        int users;

        Lane(int permits) {
            this.permits = new Semaphore(permits, true);
        }
    }

    /** A held slot; {@link #close()} gives it back (once, even if called twice). */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    HostSlots(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be at least 1, was " + perHost);
        }
        this.perHost = perHost;
    }

    int perHost() {
        return perHost;
    }

    /**
     * Waits up to {@code timeoutNanos} for a slot on {@code host}.
     *
     * @return the slot, or null when none came free in time
     * @throws InterruptedException when the waiting thread is interrupted (nothing is held then)
     */
    Slot acquire(String host, long timeoutNanos) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Lane lane = lanes.compute(key, (k, existing) -> {
            Lane l = existing == null ? new Lane(perHost) : existing;
            l.users++;
            return l;
        });
        boolean acquired = false;
        try {
            acquired = lane.permits.tryAcquire(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } finally {
            if (!acquired) {
                leave(key);
            }
        }
        if (!acquired) {
            return null;
        }
        return new Slot() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    lane.permits.release();
                    leave(key);
                }
            }
        };
    }

    private void leave(String key) {
        lanes.computeIfPresent(key, (k, l) -> --l.users == 0 ? null : l);
    }

    /** For tests: hosts with a slot held or awaited right now. */
    int activeHosts() {
        return lanes.size();
    }
}
