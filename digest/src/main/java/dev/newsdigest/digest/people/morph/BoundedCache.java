package dev.newsdigest.digest.people.morph;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for dictionary answers that recur across articles (names, common words). It is emptied when
 * it reaches its size, which keeps memory bounded without the bookkeeping of an LRU: news vocabulary is skewed,
 * so the frequent words are back in the cache within a few articles.
 */
public final class BoundedCache<K, V> {
    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final int maxSize;

    public BoundedCache(int maxSize) {
        this.maxSize = maxSize;
    }

    public V get(K key, Function<K, V> compute) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        v = compute.apply(key);
        if (map.size() >= maxSize) {
            map.clear();
        }
        map.put(key, v);
        return v;
    }
}
