package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls a list of sources once each on a bounded pool of workers ({@code run --once}, the benchmark): the same
 * {@link SourcePoller} as the scheduled jobs, so a one-shot run behaves exactly like one round of the scheduler.
 *
 * <p>Sources are handed to the workers through {@link HostLanes}: at most {@link HttpFetcher#MAX_REQUESTS_PER_HOST}
 * polls of one host at a time (RELIABILITY L1), so slow hosts cannot take every worker and fast ones keep flowing.
 * A poll that still found its host busy (an article fetch of another source was using it) goes back to the end of
 * its host's queue once.
 */
public final class OnePass {
    private static final int HOST_BUSY_RETRIES = 1;

    private final SourcePoller poller;
    private final int workers;

    public OnePass(SourcePoller poller, int workers) {
        this.poller = poller;
        this.workers = workers;
    }

    /** @return the outcomes in the order of {@code sources} */
    public List<PollOutcome> run(List<SourceConfig> sources, boolean respectBackoff) throws InterruptedException {
        if (sources.isEmpty()) {
            return List.of();
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, sources.size())), r -> {
            Thread t = new Thread(r, "poll-once-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Pass pass = new Pass(sources, respectBackoff, pool);
        try {
            return pass.run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one run: outcomes by index, the lanes, retries, the first unexpected error. */
    private final class Pass {
        private final List<SourceConfig> sources;
        private final boolean respectBackoff;
        private final ExecutorService pool;
        private final HostLanes lanes;
        private final PollOutcome[] outcomes;
        private final int[] retries;
        private final CountDownLatch done;
        private final AtomicReference<Throwable> error = new AtomicReference<>();

        Pass(List<SourceConfig> sources, boolean respectBackoff, ExecutorService pool) {
            this.sources = sources;
            this.respectBackoff = respectBackoff;
            this.pool = pool;
            this.lanes = new HostLanes(sources, HttpFetcher.MAX_REQUESTS_PER_HOST);
            this.outcomes = new PollOutcome[sources.size()];
            this.retries = new int[sources.size()];
            this.done = new CountDownLatch(sources.size());
        }

        List<PollOutcome> run() throws InterruptedException {
            List<Integer> first;
            synchronized (this) {
                first = lanes.start();
            }
            first.forEach(this::submit);
            done.await();
            Throwable t = error.get();
            if (t != null) {
                throw new IllegalStateException("poll failed: " + t, t);
            }
            return Arrays.asList(outcomes);
        }

        private void submit(int index) {
            pool.execute(() -> pollThenNext(index));
        }

        private void pollThenNext(int index) {
            SourceConfig source = sources.get(index);
            boolean finished = true;
            try {
                PollOutcome outcome = poller.poll(source, respectBackoff);
                synchronized (this) {
                    if (isHostBusy(outcome) && retries[index] < HOST_BUSY_RETRIES) {
                        retries[index]++;
                        lanes.requeue(index);
                        finished = false;
                    } else {
                        outcomes[index] = outcome;
                    }
                }
            } catch (Throwable t) {
                // SourcePoller catches what a poll can throw; this is an Error or a bug: report it after the pass.
                error.compareAndSet(null, t);
            } finally {
                if (finished) {
                    done.countDown();
                }
                Integer next;
                synchronized (this) {
                    next = lanes.next(HostLanes.host(source));
                }
                if (next != null) {
                    submit(next);
                }
            }
        }

        private boolean isHostBusy(PollOutcome o) {
            return o.status() == PollOutcome.Status.SKIPPED && FailureReason.HOST_BUSY.name().equals(o.reason());
        }
    }
}
