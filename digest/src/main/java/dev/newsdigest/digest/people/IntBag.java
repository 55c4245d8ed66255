package dev.newsdigest.digest.people;

import java.util.Arrays;

/** A growable list of ints (candidate ids) without boxing; {@link #sortedUnique()} turns it into a set. */
final class IntBag {
    private int[] values;
    private int size;

    IntBag(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    /** The values in ascending order, each once. */
    int[] sortedUnique() {
        int[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[n - 1] != out[i]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
