package dev.newsdigest.digest.people;

import java.util.List;
import java.util.Locale;

/**
 * Reads the context right before each mention: a role phrase ("пресс-секретарь Кремля Дмитрий Песков",
 * "President Joe Biden") becomes the mention's role; a noun that usually governs a person's name
 * ("администрацией Байдена") marks a person cue.
 */
final class RoleFinder {
    /** How far before a name a role word may stand ("министр иностранных дел страны-агрессора России Сергей Лавров"). */
    private static final int MAX_ROLE_WORDS = 6;

    private final boolean english;

    RoleFinder(boolean english) {
        this.english = english;
    }

    void annotate(String text, List<Token> tokens, List<Mention> mentions) {
        int ti = 0;
        for (Mention m : mentions) {
            while (ti < tokens.size() && tokens.get(ti).start() < m.start) {
                ti++;
            }
            if (ti >= tokens.size() || tokens.get(ti).start() != m.start) {
                continue;
            }
            annotate(text, tokens, ti, m);
        }
    }

    private void annotate(String text, List<Token> tokens, int first, Mention m) {
        Token name = tokens.get(first);
        if (!name.joined() || first == 0 || name.sentenceStart()) {
            return;
        }
        Token before = tokens.get(first - 1);
        if (RoleWords.personCue(before.text())) {
            m.personCue = true;
        }
        int k = first - 1;
        int words = 0;
        while (k >= 0 && words < MAX_ROLE_WORDS) {
            Token t = tokens.get(k);
            boolean role = english ? RoleWords.englishRole(t.text()) != null : RoleWords.slavicRole(t.text()) != null;
            if (role) {
                m.role = roleText(text, t.start(), name.start());
                return;
            }
            if (!t.joined() || t.sentenceStart()) {
                return;
            }
            k--;
            words++;
        }
    }

    private static String roleText(String text, int from, int to) {
        String role = text.substring(from, to).strip();
        while (!role.isEmpty() && !Character.isLetterOrDigit(role.charAt(role.length() - 1))) {
            role = role.substring(0, role.length() - 1).strip();
        }
        if (role.length() > 1 && Character.isUpperCase(role.charAt(0)) && Character.isLowerCase(role.charAt(1))) {
            role = role.substring(0, 1).toLowerCase(Locale.ROOT) + role.substring(1);
        }
        return role.isEmpty() ? null : role;
    }
}
