package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.Mention.SurnameOption;
import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.NameReading;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reading for every full mention of one name in an article. Mentions such as "Веселином Топаловым" and "Веселина
 * Топалова (Болгария)", or "Бессель Кок" and "Бесселя Кока", write the same first name and surname in different
 * cases; read one at a time, the second may come out as another person (the woman Веселина Топалова, the surname
 * Кока). Mentions whose words share their stems and a surname reading are read together: the first name, surname and
 * gender that most of them allow are kept for each mention that allows them.
 */
final class FullNameReadings {
    private FullNameReadings() {}

    /** A first name, surname and gender a full mention may be read as. */
    private record Reading(String first, String surnameKey, Gender gender) {
        boolean agrees(Reading other) {
            return first.equals(other.first) && surnameKey.equals(other.surnameKey)
                    && (gender == Gender.UNKNOWN || other.gender == Gender.UNKNOWN || gender == other.gender);
        }
    }

    static void agree(List<Mention> mentions) {
        List<Mention> full = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isFull() && m.first != null && m.initials == null && !m.firstOptions.isEmpty()) {
                full.add(m);
            }
        }
        for (List<Mention> group : groups(full)) {
            if (group.size() >= 2) {
                readTogether(group);
            }
        }
    }

    /** Connected groups of mentions that write the same two words in different cases. */
    private static List<List<Mention>> groups(List<Mention> full) {
        int n = full.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameName(full.get(i), full.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Mention>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(full.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean sameName(Mention a, Mention b) {
        String[] wa = a.surface.split("[\\s.]+");
        String[] wb = b.surface.split("[\\s.]+");
        if (wa.length < 2 || wb.length < 2 || !sameStem(wa[0], wb[0]) || !sameStem(wa[wa.length - 1], wb[wb.length - 1])) {
            return false;
        }
        return a.surnames.stream().anyMatch(o -> b.surnames.stream().anyMatch(p -> p.key().equals(o.key())));
    }

    /** Two forms of one word: the same first letters (up to four, one fewer than the shorter has) and close lengths. */
    private static boolean sameStem(String x, String y) {
        String fx = NameText.fold(x);
        String fy = NameText.fold(y);
        int shorter = Math.min(fx.length(), fy.length());
        int n = Math.min(4, shorter - 1);
        return n >= 2 && fx.regionMatches(0, fy, 0, n) && Math.abs(fx.length() - fy.length()) <= 3;
    }

    private static void readTogether(List<Mention> group) {
        if (group.stream().map(m -> NameText.fold(m.surface)).distinct().count() < 2) {
            return; // one form written again and again: nothing to reconcile
        }
        // each written form supports each of its readings once, by how well its two words agree in case
        Map<String, Map<Reading, Double>> byForm = new LinkedHashMap<>();
        for (Mention m : group) {
            Map<Reading, Double> form = byForm.computeIfAbsent(NameText.fold(m.surface), k -> new HashMap<>());
            for (NameReading f : m.firstOptions) {
                for (SurnameOption o : m.surnames) {
                    Gender g = combined(f.gender(), o.gender());
                    if (g == null || (m.agreement != Gender.UNKNOWN && g != Gender.UNKNOWN && g != m.agreement)) {
                        continue;
                    }
                    form.merge(new Reading(NameText.fold(f.lemma()), o.key(), g), caseFit(f, o), Math::max);
                }
            }
        }
        Map<Reading, Double> score = new HashMap<>();
        Map<Reading, Integer> forms = new HashMap<>();
        for (Map<Reading, Double> form : byForm.values()) {
            for (Map.Entry<Reading, Double> e : form.entrySet()) {
                score.merge(e.getKey(), e.getValue(), Double::sum);
                forms.merge(e.getKey(), 1, Integer::sum);
            }
        }
        Reading chosen = null;
        double chosenScore = 0;
        boolean tie = false;
        for (Map.Entry<Reading, Double> e : score.entrySet()) {
            if (e.getValue() > chosenScore + 1e-9) {
                chosen = e.getKey();
                chosenScore = e.getValue();
                tie = false;
            } else if (Math.abs(e.getValue() - chosenScore) <= 1e-9) {
                tie = true;
            }
        }
        if (chosen == null || tie || forms.get(chosen) < 2) {
            return; // no reading two written forms share, or no clear one: each mention keeps its own
        }
        for (Mention m : group) {
            restrict(m, chosen);
        }
    }

    /**
     * How well a first-name reading and a surname reading fit together: best in one case ("Веселином Топаловым") or
     * both as written ("Бессель Кок"), worst when a first name in an oblique case stands before a surname read as
     * written ("Майкла Гоува" read as Гоува).
     */
    private static double caseFit(NameReading f, SurnameOption o) {
        GrammarCase fc = f.gramCase();
        GrammarCase oc = o.gramCase();
        boolean fNominative = fc == GrammarCase.NOM || fc == GrammarCase.ANY;
        boolean oNominative = oc == GrammarCase.NOM || oc == GrammarCase.ANY;
        if ((fc == oc && fc != GrammarCase.ANY) || (fNominative && oNominative)) {
            return 1.0;
        }
        if (oc == GrammarCase.ANY || fc == GrammarCase.ANY) {
            return fNominative ? 0.75 : 0.5;
        }
        return 0.25;
    }

    private static Gender combined(Gender a, Gender b) {
        if (a == Gender.UNKNOWN) {
            return b;
        }
        if (b == Gender.UNKNOWN || a == b) {
            return a;
        }
        return null;
    }

    /** Keeps only the readings of {@code m} that agree with {@code chosen}, when it has any. */
    private static void restrict(Mention m, Reading chosen) {
        List<NameReading> firsts = new ArrayList<>();
        for (NameReading f : m.firstOptions) {
            if (NameText.fold(f.lemma()).equals(chosen.first()) && combined(f.gender(), chosen.gender()) != null) {
                firsts.add(f);
            }
        }
        List<SurnameOption> surnames = new ArrayList<>();
        for (SurnameOption o : m.surnames) {
            if (o.key().equals(chosen.surnameKey()) && combined(o.gender(), chosen.gender()) != null) {
                surnames.add(o);
            }
        }
        if (firsts.isEmpty() || surnames.isEmpty()) {
            return;
        }
        m.firstOptions = List.copyOf(firsts);
        m.surnames = List.copyOf(surnames);
        if (!Objects.equals(m.first, firsts.get(0).lemma()) && firsts.stream().noneMatch(f -> f.lemma().equals(m.first))) {
            m.first = firsts.get(0).lemma();
        }
    }
}
