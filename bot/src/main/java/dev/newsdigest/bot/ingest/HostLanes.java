package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sources of one pass queued by host, so that no more than {@code perHost} of one host's sources are handed to
 * workers at a time (RELIABILITY L1). The fetcher enforces the same limit for every request; queueing here as well
 * means a worker never sits waiting for a busy host while other hosts' sources are ready: a host full of slow
 * feeds occupies at most {@code perHost} workers and the others keep serving fast hosts.
 *
 * <p>Not thread-safe by itself: {@link OnePass} calls it under its own lock.
 */
final class HostLanes {
    private final List<SourceConfig> sources;
    private final Map<String, Deque<Integer>> waiting = new LinkedHashMap<>();
    private final int perHost;

    HostLanes(List<SourceConfig> sources, int perHost) {
        this.sources = sources;
        this.perHost = perHost;
        for (int i = 0; i < sources.size(); i++) {
            waiting.computeIfAbsent(host(sources.get(i)), h -> new ArrayDeque<>()).add(i);
        }
    }

    /** The host a source's feed is fetched from; a URL without one gets a lane of its own. */
    static String host(SourceConfig source) {
        String host = source.url().getHost();
        return host == null ? "\0" + source.id() : host.toLowerCase(Locale.ROOT);
    }

    /**
     * The first sources to start: up to {@code perHost} per host, taken host by host in turn so that the workers'
     * queue interleaves hosts rather than draining one host before the next.
     */
    List<Integer> start() {
        List<Integer> first = new ArrayList<>();
        for (int round = 0; round < perHost; round++) {
            for (Deque<Integer> q : waiting.values()) {
                if (!q.isEmpty()) {
                    first.add(q.poll());
                }
            }
        }
        return first;
    }

    /** A source of {@code host} finished: the host's next source to start, or null when it has none left. */
    Integer next(String host) {
        Deque<Integer> q = waiting.get(host);
        return q == null ? null : q.poll();
    }

    /** Puts a source back at the end of its host's queue (it found the host busy). */
    void requeue(int index) {
        waiting.computeIfAbsent(host(sources.get(index)), h -> new ArrayDeque<>()).add(index);
    }
}
