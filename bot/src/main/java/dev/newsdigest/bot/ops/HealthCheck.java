package dev.newsdigest.bot.ops;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The health of this instance as {@code /healthz} reports it: named probes (database reachable, scheduler running,
 * each chat adapter connected, ...), each bounded by a timeout so a hung database makes the answer "down" quickly
 * instead of hanging the load balancer's probe. Up only when every probe is up.
 */
public final class HealthCheck {

    /** One probe's answer; {@code detail} is a short phrase for an operator (never a secret). */
    public record Status(boolean up, String detail) {
        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }

    @FunctionalInterface
    public interface Probe {
        Status check() throws Exception;
    }

    /** Every probe's status, in registration order. */
    public record Report(boolean up, Map<String, Status> components) {}

    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Duration timeout;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "health-probe");
        t.setDaemon(true);
        return t;
    });

    public HealthCheck(Duration timeout) {
        this.timeout = timeout;
    }

    public synchronized HealthCheck register(String name, Probe probe) {
        probes.put(name, probe);
        return this;
    }

    public Report run() {
        Map<String, Probe> snapshot;
        synchronized (this) {
            snapshot = new LinkedHashMap<>(probes);
        }
        Map<String, Future<Status>> running = new LinkedHashMap<>();
        snapshot.forEach((name, p) -> running.put(name, runner.submit(p::check)));
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Status> out = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, Future<Status>> e : running.entrySet()) {
            Status s;
            try {
                s = e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException ex) {
                e.getValue().cancel(true);
                s = Status.down("no answer within " + timeout.toMillis() + " ms");
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                s = Status.down("interrupted");
            } catch (Exception ex) {
                Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                s = Status.down(cause.getClass().getSimpleName());
            }
            out.put(e.getKey(), s);
            up &= s.up();
        }
        return new Report(up, out);
    }
}
