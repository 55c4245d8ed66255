package dev.newsdigest.bot.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Items per second of a task over a list of inputs, on one thread or several, repeated in rounds. Each round
 * reports two rates:
 * <ul>
 *   <li>wall: items / elapsed time - what the machine delivered, distorted when other processes share the cores;</li>
 *   <li>cpu: items / CPU seconds the worker threads consumed (per core) - stable under load, the figure to compare
 *       with a per-core target. It misses GC and JIT threads' time, so it is slightly optimistic.</li>
 * </ul>
 */
public final class Throughput {

    /** One round: items done, wall seconds, CPU seconds of the workers. */
    public record Round(int items, double wallSeconds, double cpuSeconds) {
        public double wallRate() {
            return items / wallSeconds;
        }

        public double cpuRate() {
            return cpuSeconds == 0 ? 0 : items / cpuSeconds;
        }
    }

    /** Rounds of one measurement, with their medians and spreads. */
    public record Result(String name, int threads, List<Round> rounds, long failures) {
        public Stats wall() {
            return Stats.of(rounds.stream().map(Round::wallRate).toList());
        }

        public Stats cpuPerCore() {
            return Stats.of(rounds.stream().map(Round::cpuRate).toList());
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Throughput() {}

    /**
     * Runs {@code task} over {@code inputs} (cycled) for {@code warmups + rounds} rounds of {@code perThread} items
     * on each of {@code threads} threads; warm-up rounds are dropped. {@code task} returns a number that is summed
     * (so the JIT cannot drop the work) and is negative for a failed item.
     */
    public static <T> Result measure(String name, List<T> inputs, int threads, int warmups, int rounds, int perThread,
                                     ToIntFunction<T> task) throws InterruptedException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(name + ": no inputs");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-" + name);
            t.setDaemon(true);
            return t;
        });
        List<Round> measured = new ArrayList<>();
        long failures = 0;
        long sink = 0;
        try {
            for (int round = 0; round < warmups + rounds; round++) {
                List<Callable<long[]>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t * 7919 + round * 104729;
                    work.add(() -> {
                        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
                        long cpu0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
                        long sum = 0;
                        long failed = 0;
                        for (int i = 0; i < perThread; i++) {
                            int r = task.applyAsInt(inputs.get(Math.floorMod(offset + i, inputs.size())));
                            if (r < 0) {
                                failed++;
                            } else {
                                sum += r;
                            }
                        }
                        long cpuNanos = cpu ? THREADS.getCurrentThreadCpuTime() - cpu0 : 0;
                        return new long[] {cpuNanos, failed, sum};
                    });
                }
                long t0 = System.nanoTime();
                List<Future<long[]>> done = pool.invokeAll(work);
                long wall = System.nanoTime() - t0;
                long cpuNanos = 0;
                for (Future<long[]> f : done) {
                    long[] r;
                    try {
                        r = f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException(name + " failed: " + e.getCause(), e.getCause());
                    }
                    cpuNanos += r[0];
                    if (round >= warmups) {
                        failures += r[1];
                    }
                    sink += r[2];
                }
                if (round >= warmups) {
                    measured.add(new Round(threads * perThread, wall / 1e9, cpuNanos / 1e9));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");   // keeps sink alive
        }
        return new Result(name, threads, measured, failures);
    }
}
