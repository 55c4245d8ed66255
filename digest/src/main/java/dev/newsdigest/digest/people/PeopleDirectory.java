package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.PersonMatcher.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known people, indexed so that {@link #rank(String)} gives exactly what {@link PersonMatcher#rank(String, List)}
 * gives over {@link #people()} (same people, kinds, scores and order) without comparing the query with everyone:
 * with 100,000 people the scan took over a second a query (issue 8 benchmarks).
 *
 * <p>How: hash look-ups find every person who can match at all — the folded query among names and aliases
 * (EXACT), the query's key and the keys of its dictionary lemmas among each person's keys (SAME_KEY, INFLECTED),
 * the consonant skeleton of the query's key among the skeletons of people written in the other script
 * (SOUNDS_ALIKE), and the keys within the typo rule's edits of the query's key ({@link SortedKeys}, TYPO) — and
 * only those candidates are scored, by PersonMatcher's rules over keys computed once per person
 * ({@link PreparedQuery}, {@link PersonProfile}).
 * The index may propose too many people, never too few. PersonMatcher stays the definition of a match;
 * {@code PeopleDirectoryTest} proves the equality on generated people and queries.
 *
 * <p>Immutable and thread-safe. {@link #withPeople} returns a directory with people added or replaced, indexing only
 * those in a new segment; segments are merged as in a log-structured merge tree (a segment at least half the size
 * of the one before it joins it), so a person is re-indexed O(log n) times in all and a query searches O(log n)
 * segments.
 */
public final class PeopleDirectory {
    /** PersonMatcher.rank's order: higher score first, then by name. */
    private static final Comparator<Match> BEST_FIRST =
            Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(m -> m.person().name());
    private static final PeopleDirectory EMPTY =
            new PeopleDirectory(new KnownPerson[0], new PersonProfile[0], new DirectorySegment[0]);

    /** Person id = position; the list PersonMatcher would be given. */
    private final KnownPerson[] people;
    /** Each person's keys, computed once. */
    private final PersonProfile[] profiles;
    private final DirectorySegment[] segments;

    private PeopleDirectory(KnownPerson[] people, PersonProfile[] profiles, DirectorySegment[] segments) {
        this.people = people;
        this.profiles = profiles;
        this.segments = segments;
    }

    public static PeopleDirectory empty() {
        return EMPTY;
    }

    /** A directory of these people, in this order (duplicates kept, as PersonMatcher would see them). */
    public static PeopleDirectory of(List<KnownPerson> people) {
        KnownPerson[] all = people.toArray(KnownPerson[]::new);
        for (KnownPerson p : all) {
            Objects.requireNonNull(p, "person");
        }
        if (all.length == 0) {
            return EMPTY;
        }
        PersonProfile[] profiles = new PersonProfile[all.length];
        int[] ids = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            profiles[i] = PersonProfile.of(all[i]);
            ids[i] = i;
        }
        return new PeopleDirectory(all, profiles, new DirectorySegment[] {DirectorySegment.build(ids, all, profiles)});
    }

    /**
     * This directory with {@code changed} people: one whose key is already here replaces that person (the first
     * with the key) in place, the others are appended in order. Only the changed people are indexed.
     */
    public PeopleDirectory withPeople(Collection<KnownPerson> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        KnownPerson[] next = Arrays.copyOf(people, people.length + changed.size());
        int size = people.length;
        Map<String, Integer> appended = new HashMap<>();
        IntBag touched = new IntBag(changed.size());
        for (KnownPerson p : changed) {
            Objects.requireNonNull(p, "person");
            Integer id = appended.get(p.key());
            if (id == null) {
                int existing = idOf(p.key());
                id = existing >= 0 ? existing : size++;
                if (existing < 0) {
                    appended.put(p.key(), id);
                }
            }
            next[id] = p;
            touched.add(id);
        }
        next = Arrays.copyOf(next, size);
        PersonProfile[] nextProfiles = Arrays.copyOf(profiles, size);
        int[] ids = touched.sortedUnique();
        for (int id : ids) {
            nextProfiles[id] = PersonProfile.of(next[id]);
        }
        List<DirectorySegment> segs = new ArrayList<>(Arrays.asList(segments));
        segs.add(DirectorySegment.build(ids, next, nextProfiles));
        // Size-tiered merging: like a binary counter, O(log n) segments remain.
        while (segs.size() >= 2 && segs.get(segs.size() - 1).size() * 2 >= segs.get(segs.size() - 2).size()) {
            DirectorySegment newer = segs.remove(segs.size() - 1);
            DirectorySegment older = segs.remove(segs.size() - 1);
            segs.add(DirectorySegment.merge(older, newer));
        }
        return new PeopleDirectory(next, nextProfiles, segs.toArray(DirectorySegment[]::new));
    }

    /** Every known person who matches {@code query} at all, best first: {@code PersonMatcher.rank(query, people())}. */
    public List<Match> rank(String query) {
        PreparedQuery q = PreparedQuery.of(query);
        if (q == null || people.length == 0) {
            return List.of();
        }
        // A sound-alike is a person whose name is in the other script than the query.
        int soundTag = q.cyrillic ? DirectorySegment.SOUND_OF_LATIN : DirectorySegment.SOUND_OF_CYRILLIC;
        IntBag found = new IntBag(32);
        for (DirectorySegment s : segments) {
            s.find(DirectorySegment.EXACT, q.folded, found);
            s.find(DirectorySegment.KEY, q.key, found);
            for (String k : q.lemmaKeys) {
                s.find(DirectorySegment.KEY, k, found);
            }
            if (q.skeleton.length() >= 3) {
                s.find(soundTag, q.skeleton, found);
            }
            s.findTypos(q.key, found);
        }
        // Ascending ids are PersonMatcher's list order, which its stable sort keeps among equals.
        List<Match> out = new ArrayList<>();
        for (int id : found.sortedUnique()) {
            Match m = q.match(people[id], profiles[id]);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(BEST_FIRST);
        return out;
    }

    /** The person with this key (the first, if several share it), or null. */
    public KnownPerson byKey(String key) {
        int id = idOf(key);
        return id < 0 ? null : people[id];
    }

    /** A person at most {@code edits} edits (Levenshtein) from a key, and how many. */
    public record Nearby(KnownPerson person, int edits) {}

    /**
     * People whose key is at most {@code maxEdits} edits from {@code key}, in directory order: for suggesting names
     * when nothing matches. The segments' own keys are searched as a trie ({@link SortedKeys}); each person found
     * is then measured again with its current key, since a segment may still hold a replaced person's old key.
     */
    public List<Nearby> nearKey(String key, int maxEdits) {
        if (key == null || key.isEmpty() || maxEdits < 0) {
            return List.of();
        }
        IntBag found = new IntBag(16);
        for (DirectorySegment s : segments) {
            s.findNearKeys(key, maxEdits, found);
        }
        LevenshteinDistance distance = new LevenshteinDistance(maxEdits);
        List<Nearby> out = new ArrayList<>();
        for (int id : found.sortedUnique()) {
            int d = distance.apply(key, people[id].key());
            if (d >= 0) {
                out.add(new Nearby(people[id], d));
            }
        }
        return out;
    }

    /** The people in directory order: the list {@link #rank} is equivalent to PersonMatcher's rank over. */
    public List<KnownPerson> people() {
        return Collections.unmodifiableList(Arrays.asList(people));
    }

    public int size() {
        return people.length;
    }

    /** Number of index segments (for tests and measurements). */
    int segmentCount() {
        return segments.length;
    }

    /** Index entries over all segments, 8 bytes each (for measurements). */
    long indexEntries() {
        long n = 0;
        for (DirectorySegment s : segments) {
            n += s.entries();
        }
        return n;
    }

    private int idOf(String key) {
        IntBag found = new IntBag(4);
        for (DirectorySegment s : segments) {
            s.find(DirectorySegment.KEY, key, found);
        }
        for (int id : found.sortedUnique()) {
            if (people[id].key().equals(key)) {
                return id;
            }
        }
        return -1;
    }
}
