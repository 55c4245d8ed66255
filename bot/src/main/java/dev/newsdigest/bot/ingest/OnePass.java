package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls a list of sources once each on a bounded pool of workers ({@code run --once}, the benchmark): the same
 * {@link SourcePoller} as the scheduled jobs, so a one-shot run behaves exactly like one round of the scheduler.
 */
public final class OnePass {
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, sources.size()), r -> {
            Thread t = new Thread(r, "poll-once-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PollOutcome>> futures = new ArrayList<>();
            for (SourceConfig s : sources) {
                futures.add(pool.submit(() -> poller.poll(s, respectBackoff)));
            }
            List<PollOutcome> out = new ArrayList<>();
            for (Future<PollOutcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("poll failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
