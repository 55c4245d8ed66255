package dev.newsdigest.bot.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/** In-memory {@link UpdateDeduplicator} that remembers the most recent ids (bounded). */
public final class RecentUpdateIds implements UpdateDeduplicator {

    private final int capacity;
    private final Map<String, Boolean> seen;

    public RecentUpdateIds(int capacity) {
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > RecentUpdateIds.this.capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstSeen(Platform platform, String updateId) {
        return seen.putIfAbsent(platform.id() + ":" + updateId, Boolean.TRUE) == null;
    }
}
