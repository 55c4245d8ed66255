package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.Subscription;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a story is for a chat, given what the chat follows:
 * <ul>
 *   <li>{@code all}: every story;</li>
 *   <li>{@code source ID}: stories that source carried (a story in three feeds matches three source follows);</li>
 *   <li>{@code person KEY}: stories that quote that person (issue 6: "post whenever a new quote of that person
 *       appears"); a mere mention does not count;</li>
 *   <li>{@code keyword WORD}: stories whose headline, summary or text has a word starting with it, case-insensitive,
 *       so "газ" also finds "газа" and "газовый" (Russian and Ukrainian inflect; a prefix is the cheap stem).</li>
 * </ul>
 */
public final class StoryMatcher {
    private StoryMatcher() {
    }

    public static boolean matches(RoutableStory story, List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            if (matches(story, s)) {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(RoutableStory story, Subscription s) {
        return switch (s.kind()) {
            case ALL -> true;
            case SOURCE -> story.sourceIds().contains(s.value());
            case PERSON -> story.quotedPersonKeys().contains(s.value());
            case KEYWORD -> keyword(s.value()).matcher(searchable(story)).find();
        };
    }

    private static String searchable(RoutableStory story) {
        return String.join("\n", nz(story.view().headline()), nz(story.view().summary()), story.text());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Pattern keyword(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
