package dev.newsdigest.digest.people;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A role phrase reduced for comparison: the classes of its role words and the stems of its other words. */
record RoleText(Set<RoleWords.RoleClass> classes, Set<String> stems) {
    private static final int STEM = 4;

    static RoleText of(String role) {
        Set<RoleWords.RoleClass> classes = new LinkedHashSet<>();
        Set<String> stems = new LinkedHashSet<>();
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            RoleWords.RoleClass c = RoleWords.anyRole(w);
            if (c != null) {
                classes.add(c);
            } else if (w.length() >= 3) {
                stems.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return new RoleText(classes, stems);
    }

    /** Same role class, and every other word of this query found in {@code held}. */
    boolean matches(RoleText held) {
        if (classes.isEmpty() || held.classes.stream().noneMatch(classes::contains)) {
            return false;
        }
        return held.stems.containsAll(stems);
    }
}
