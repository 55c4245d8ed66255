package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One immutable piece of the {@link PeopleDirectory} index, over a set of person ids: for each person its folded
 * name and aliases, its keys, the consonant skeletons of its keys (tagged with the script of its name); its keys
 * long enough for a typo, and its own key, in {@link SortedKeys} for the searches within a few edits.
 *
 * <p>Exact entries are 64-bit longs, a 32-bit hash of the tagged string above the person id, in one sorted array:
 * 8 bytes an entry, no String or HashMap node per entry, a binary search per look-up. Two strings may share a hash;
 * the index only proposes candidates and {@link PersonMatcher}'s rules decide, so a collision costs a comparison,
 * never a wrong answer. Entries of a person indexed again in a newer segment are stale until the two segments
 * merge; they too only propose.
 */
final class DirectorySegment {
    static final int EXACT = 1;
    static final int KEY = 2;
    static final int SOUND_OF_CYRILLIC = 3;
    static final int SOUND_OF_LATIN = 4;

    /** The person ids this segment indexes, ascending. */
    final int[] ids;
    /** Names, aliases, keys and skeletons: (hash << 32) | person id, sorted. */
    private final long[] names;
    /** Every key of at least {@link TypoRule#MIN_LENGTH} letters of each person, for typos. */
    private final SortedKeys typoKeys;
    /** Each person's own key, for the nearest names. */
    private final SortedKeys ownKeys;

    private DirectorySegment(int[] ids, long[] names, SortedKeys typoKeys, SortedKeys ownKeys) {
        this.ids = ids;
        this.names = names;
        this.typoKeys = typoKeys;
        this.ownKeys = ownKeys;
    }

    /** Indexes {@code people[id]} (with its {@code profiles[id]}) for each of {@code ids} (ascending, distinct). */
    static DirectorySegment build(int[] ids, KnownPerson[] people, PersonProfile[] profiles) {
        LongList names = new LongList(ids.length * 8);
        List<String> typoKeys = new ArrayList<>();
        IntList typoOwners = new IntList(ids.length * 2);
        String[] ownKeys = new String[ids.length];
        for (int n = 0; n < ids.length; n++) {
            int id = ids[n];
            KnownPerson p = people[id];
            ownKeys[n] = p.key();
            names.add(entry(hash(EXACT, NameText.fold(p.name())), id));
            for (String a : p.aliases()) {
                names.add(entry(hash(EXACT, NameText.fold(a)), id));
            }
            int soundTag = profiles[id].cyrillic() ? SOUND_OF_CYRILLIC : SOUND_OF_LATIN;
            for (String k : profiles[id].keys()) {
                names.add(entry(hash(KEY, k), id));
                String skeleton = PersonMatcher.skeleton(k);
                if (skeleton.length() >= 3) {
                    names.add(entry(hash(soundTag, skeleton), id));
                }
                if (k.length() >= TypoRule.MIN_LENGTH) {
                    typoKeys.add(k);
                    typoOwners.add(id);
                }
            }
        }
        return new DirectorySegment(ids, names.sortedUnique(),
                SortedKeys.of(typoKeys.toArray(String[]::new), typoOwners.toArray()), SortedKeys.of(ownKeys, ids));
    }

    /**
     * One segment with the entries of both, without recomputing any key: the entries {@code older} holds for ids
     * that {@code newer} indexes again are stale versions of those people and are dropped.
     */
    static DirectorySegment merge(DirectorySegment older, DirectorySegment newer) {
        int[] ids = union(older.ids, newer.ids);
        LongList names = new LongList(older.names.length + newer.names.length);
        for (long e : older.names) {
            if (!newer.covers(idOf(e))) {
                names.add(e);
            }
        }
        long[] mergedNames = names.mergeWithSorted(newer.names);
        return new DirectorySegment(ids, mergedNames,
                SortedKeys.merge(older.typoKeys, newer.typoKeys, id -> !newer.covers(id)),
                SortedKeys.merge(older.ownKeys, newer.ownKeys, id -> !newer.covers(id)));
    }

    int size() {
        return ids.length;
    }

    boolean covers(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** Adds the ids of every entry of {@code tag} whose string may be {@code s}. */
    void find(int tag, String s, IntBag out) {
        collect(names, hash(tag, s, 0, s.length()), out);
    }

    /**
     * Adds the owner of every indexed key that PersonMatcher's typo rule accepts for {@code queryKey} (both at least
     * {@link TypoRule#MIN_LENGTH} letters, at most one edit apart, two when both have nine letters or more).
     */
    void findTypos(String queryKey, IntBag out) {
        int most = TypoRule.edits(queryKey.length());
        if (most == 0) {
            return;
        }
        typoKeys.within(queryKey, most, (i, distance) -> {
            if (TypoRule.allows(queryKey.length(), typoKeys.key(i).length(), distance)) {
                out.add(typoKeys.owner(i));
            }
        });
    }

    /** Adds every person whose own key is at most {@code maxEdits} edits from {@code key} (or was, if stale here). */
    void findNearKeys(String key, int maxEdits, IntBag out) {
        ownKeys.within(key, maxEdits, (i, distance) -> out.add(ownKeys.owner(i)));
    }

    /** Entries in this segment, for measuring. */
    long entries() {
        return names.length + typoKeys.size() + ownKeys.size();
    }

    private static void collect(long[] table, int hash, IntBag out) {
        long low = (long) hash << 32;
        int i = lowerBound(table, low);
        while (i < table.length && (int) (table[i] >>> 32) == hash) {
            out.add(idOf(table[i]));
            i++;
        }
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long entry(int hash, int id) {
        return ((long) hash << 32) | (id & 0xFFFF_FFFFL);
    }

    private static int idOf(long entry) {
        return (int) entry;
    }

    static int hash(int tag, String s) {
        return hash(tag, s, 0, s.length());
    }

    /** FNV-1a over the tag and the chars, finished with MurmurHash3's 64-bit mix, folded to 32 bits. */
    static int hash(int tag, CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L ^ (tag * 0x9E3779B97F4A7C15L);
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int v = j == b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != v) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** A growable long[] for building a table. */
    private static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[Math.max(8, capacity)];
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size + (size >> 1) + 8);
            }
            values[size++] = v;
        }

        long[] sortedUnique() {
            Arrays.sort(values, 0, size);
            return unique(values, size);
        }

        /** These values (already sorted) merged with another sorted array, duplicates dropped. */
        long[] mergeWithSorted(long[] other) {
            long[] out = new long[size + other.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < size || j < other.length) {
                out[n++] = j == other.length || (i < size && values[i] <= other[j]) ? values[i++] : other[j++];
            }
            return unique(out, n);
        }

        private static long[] unique(long[] sorted, int size) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || sorted[n - 1] != sorted[i]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }

    /** A growable int[]. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(8, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size + (size >> 1) + 8);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
