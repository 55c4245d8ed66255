package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.bot.app.bench.QuoteDbSeeder;
import dev.newsdigest.bot.app.bench.Stats;
import dev.newsdigest.digest.people.PeopleDirectory;
import dev.newsdigest.digest.people.PersonMatcher;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The people matcher alone, without a database: {@link PeopleDirectory} against a scan with {@link PersonMatcher}
 * over the people of the query benchmarks ({@link QuoteDbSeeder}: "Иван Каломинеов" with the aliases Каломинеов
 * and Каломинеова), typed in the genitive and drawn with the seeding's power law. CPU time of the calling thread,
 * so the figures hold on a loaded machine; the heap the directory keeps is measured after full GCs.
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar dev.newsdigest.bench.PeopleDirectoryReport [people=100000] [queries=5000]</pre>
 */
public final class PeopleDirectoryReport {
    private PeopleDirectoryReport() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%,d people (QuoteDbSeeder), %,d queries; load %s; max heap %d MiB%n", n, queries,
                BenchSuite.load(), Runtime.getRuntime().maxMemory() >> 20);

        new PersonMatcher().rank("Пескова", List.of(new KnownPerson("Дмитрий Песков", null, List.of())));  // dictionaries
        long heap0 = usedAfterGc();
        List<KnownPerson> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            people.add(new KnownPerson(QuoteDbSeeder.name(i), QuoteDbSeeder.key(i),
                    List.of(QuoteDbSeeder.surname(i), QuoteDbSeeder.alias(i))));
        }
        long heapPeople = usedAfterGc();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PeopleDirectory directory = PeopleDirectory.of(people);
        double buildCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        double buildWall = (System.nanoTime() - t0) / 1e6;
        long heapDirectory = usedAfterGc();
        System.out.printf(Locale.ROOT, "build: %.0f ms CPU (%.0f ms wall); heap: people %.1f MiB, directory index %.1f MiB"
                + " more (%.0f bytes a person)%n", buildCpu, buildWall, (heapPeople - heap0) / 1048576.0,
                (heapDirectory - heapPeople) / 1048576.0, (heapDirectory - heapPeople) / (double) n);

        Random random = new Random(7);
        List<String> typed = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            int who = QuoteDbSeeder.personIndex(random, n);
            // Mostly the genitive the benchmarks type; some nominatives, Latin keys and one-letter typos too.
            typed.add(switch (i % 10) {
                case 0 -> QuoteDbSeeder.surname(who);
                case 1 -> QuoteDbSeeder.key(who);
                case 2 -> QuoteDbSeeder.key(who).replace('o', 'a');
                default -> QuoteDbSeeder.alias(who);
            });
        }
        for (String q : typed.subList(0, Math.min(500, queries))) {
            directory.rank(q); // warm-up
        }
        double[] ms = new double[queries];
        long matches = 0;
        for (int i = 0; i < queries; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            matches += directory.rank(typed.get(i)).size();
            ms[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Stats indexed = Stats.of(ms);
        int scans = Math.min(10, queries);
        double[] scanMs = new double[scans];
        PersonMatcher matcher = new PersonMatcher();
        for (int i = 0; i < scans; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            List<PersonMatcher.Match> expected = matcher.rank(typed.get(i), people);
            scanMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            if (!expected.equals(directory.rank(typed.get(i)))) {
                throw new IllegalStateException("PeopleDirectory and PersonMatcher differ on " + typed.get(i));
            }
        }
        Stats scan = Stats.of(scanMs);
        System.out.printf(Locale.ROOT, "rank, PeopleDirectory: CPU p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d queries, %.1f"
                + " matches a query)%n", indexed.median(), indexed.p99(), indexed.max(), queries, matches / (double) queries);
        System.out.printf(Locale.ROOT, "rank, PersonMatcher scan: CPU p50 %.0f ms, p99 %.0f ms (%d queries, same results)%n",
                scan.median(), scan.p99(), scans);

        // Incremental: 100 refreshes adding 20 new people and changing 20 known ones each.
        double[] addMs = new double[100];
        PeopleDirectory d = directory;
        for (int r = 0; r < addMs.length; r++) {
            List<KnownPerson> changed = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                int i = n + r * 20 + k;
                changed.add(new KnownPerson(QuoteDbSeeder.name(i), QuoteDbSeeder.key(i), List.of(QuoteDbSeeder.alias(i))));
                KnownPerson old = d.people().get(random.nextInt(n));
                List<String> aliases = new ArrayList<>(old.aliases());
                aliases.add(old.name() + "у");
                changed.add(new KnownPerson(old.name(), old.key(), aliases));
            }
            long c = cpu.getCurrentThreadCpuTime();
            d = d.withPeople(changed);
            addMs[r] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Stats adds = Stats.of(addMs);
        System.out.printf(Locale.ROOT, "withPeople (20 new + 20 changed): CPU p50 %.2f ms, p99 %.2f ms, max %.1f ms;"
                + " %d people after%n", adds.median(), adds.p99(), adds.max(), d.size());
        long heapAfter = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap after GC with both directories alive: %.1f MiB%n", heapAfter / 1048576.0);
        if (d.size() == 0 || directory.size() == 0) {
            throw new AssertionError();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
