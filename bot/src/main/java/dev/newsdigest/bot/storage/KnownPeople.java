package dev.newsdigest.bot.storage;

import dev.newsdigest.digest.people.PeopleDirectory;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stored person with the spellings seen, in memory as a {@link PeopleDirectory} for {@code /quotes NAME}:
 * read whole once, then kept up to date by reading only the aliases stored since (person_aliases.id, V6), which
 * also bring new people (ArticleStore stores each person with their name as an alias, in one transaction).
 *
 * <p>A background refresher ({@link #startRefreshing}) does the reading; a command then only asks for what was
 * committed since the refresher last looked ({@link #upToDate}: one indexed query returning no rows, well under a
 * millisecond), so a person stored just before a command is found by it. Reading everything again, as before,
 * took 2-10 s on H2 with 100,000 people inside whichever command found the list stale (issue 8 benchmarks).
 *
 * <p>Thread-safe: one reader at a time updates the directory; the directory itself is immutable.
 */
final class KnownPeople {
    private static final Logger log = LoggerFactory.getLogger(KnownPeople.class);

    /** Rows one catch-up inside a command reads at most; a burst beyond it is the refresher's work. */
    static final int COMMAND_ROWS = 1_000;
    /** Rows one refresher step reads; it takes steps until nothing is left, letting commands in between. */
    static final int REFRESH_ROWS = 5_000;
    /** How long a command waits for a refresher step before answering from the directory already loaded. */
    static final Duration COMMAND_WAIT = Duration.ofMillis(200);
    /** How long an id skipped by a committed later one is looked for (see {@link ChangeWatermark}). */
    static final Duration GAP_TIMEOUT = Duration.ofMinutes(10);

    private final Database db;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final ChangeWatermark watermark = new ChangeWatermark(GAP_TIMEOUT);
    private volatile PeopleDirectory directory;

    KnownPeople(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The directory with every person committed before this call: loaded whole on first use, otherwise brought up to
     * date with at most {@link #COMMAND_ROWS} new aliases. If the refresher holds the directory longer than
     * {@link #COMMAND_WAIT}, or the catch-up fails, the directory already loaded answers.
     */
    PeopleDirectory upToDate() {
        PeopleDirectory loaded = directory;
        if (loaded == null) {
            lock.lock();
            try {
                if (directory == null) {
                    loadAll();
                }
                return directory;
            } finally {
                lock.unlock();
            }
        }
        try {
            if (!lock.tryLock(COMMAND_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return loaded;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return loaded;
        }
        try {
            catchUp(COMMAND_ROWS);
        } catch (StorageException e) {
            log.warn("known people: catching up failed, answering from those loaded: {}", e.getMessage());
        } finally {
            lock.unlock();
        }
        return directory;
    }

    /** One refresh: the whole load if none yet, else every alias stored since, in steps of {@link #REFRESH_ROWS}. */
    void refresh() {
        boolean more = true;
        while (more) {
            lock.lock();
            try {
                if (directory == null) {
                    loadAll();
                    more = false;
                } else {
                    more = catchUp(REFRESH_ROWS) == REFRESH_ROWS;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Refreshes every {@code every} on a daemon thread, starting now; close the result to stop. */
    AutoCloseable startRefreshing(Duration every) {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "known-people");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("known people: refresh failed, retrying in {} ms: {}", every.toMillis(), e.getMessage());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return refresher::shutdownNow;
    }

    /** Every person with every alias, in key order (the order PersonMatcher saw them in before). */
    private void loadAll() {
        long t0 = System.nanoTime();
        List<KnownPerson> people = new ArrayList<>();
        LongArray ids = new LongArray();
        db.read("known people", c -> streaming(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.person_key, p.name, a.alias, a.id FROM people p "
                    + "LEFT JOIN person_aliases a ON a.person_key = p.person_key ORDER BY p.person_key")) {
                ps.setFetchSize(REFRESH_ROWS);
                try (ResultSet rs = ps.executeQuery()) {
                    String key = null;
                    String name = null;
                    List<String> aliases = new ArrayList<>();
                    while (rs.next()) {
                        if (!rs.getString(1).equals(key)) {
                            if (key != null) {
                                people.add(new KnownPerson(name, key, aliases));
                            }
                            key = rs.getString(1);
                            name = rs.getString(2);
                            aliases = new ArrayList<>();
                        }
                        String alias = rs.getString(3);
                        if (alias != null) {
                            aliases.add(alias);
                            ids.add(rs.getLong(4));
                        }
                    }
                    if (key != null) {
                        people.add(new KnownPerson(name, key, aliases));
                    }
                }
            }
        }));
        watermark.loaded(ids.toArray(), clock.instant());
        directory = PeopleDirectory.of(people);
        log.info("known people: {} loaded in {} ms", people.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Reads up to {@code maxRows} aliases stored since the last read (and any gaps) into the directory. */
    private int catchUp(int maxRows) {
        Instant now = clock.instant();
        List<Long> gaps = watermark.gaps(now);
        long since = watermark.highest();
        List<AliasRow> rows = db.read("people stored since " + since, c -> {
            List<AliasRow> out = new ArrayList<>();
            String select = "SELECT a.id, a.person_key, p.name, a.alias FROM person_aliases a "
                    + "JOIN people p ON p.person_key = a.person_key ";
            try (PreparedStatement ps = c.prepareStatement(select + "WHERE a.id > ? ORDER BY a.id FETCH FIRST "
                    + maxRows + " ROWS ONLY")) {
                ps.setLong(1, since);
                read(ps, out);
            }
            for (int from = 0; from < gaps.size(); from += 500) {
                List<Long> chunk = gaps.subList(from, Math.min(gaps.size(), from + 500));
                try (PreparedStatement ps = c.prepareStatement(select + "WHERE a.id IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    read(ps, out);
                }
            }
            return out;
        });
        int fresh = 0;
        Map<String, KnownPerson> changed = new LinkedHashMap<>();
        for (AliasRow r : rows) {
            fresh += r.id() > since ? 1 : 0;
            watermark.saw(r.id(), now);
            KnownPerson known = changed.containsKey(r.key()) ? changed.get(r.key()) : directory.byKey(r.key());
            List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
            if (!aliases.contains(r.alias())) {
                aliases.add(r.alias());
            }
            changed.put(r.key(), new KnownPerson(r.name(), r.key(), aliases));
        }
        if (!changed.isEmpty()) {
            directory = directory.withPeople(changed.values());
        }
        return fresh;
    }

    private static void read(PreparedStatement ps, List<AliasRow> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AliasRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    /**
     * Runs a large read so that PostgreSQL streams it ({@code setFetchSize} works only inside a transaction; in
     * auto-commit mode its driver holds the whole result in memory). H2 ignores the difference.
     */
    private static Void streaming(Connection c, SqlRun work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        return null;
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    private record AliasRow(long id, String key, String name, String alias) {
    }

    /** A growable long[] (alias ids of the full load). */
    private static final class LongArray {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
