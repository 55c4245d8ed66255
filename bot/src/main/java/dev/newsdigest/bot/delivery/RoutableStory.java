package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.port.StoryView;
import java.util.Set;

/**
 * A stored story with what routing needs beyond its post: the ids of the sources that carried it, the keys of the
 * people quoted in it (a person subscription posts when that person is quoted), and its text for keywords.
 */
public record RoutableStory(StoryView view, Set<String> sourceIds, Set<String> quotedPersonKeys, String text) {

    public RoutableStory {
        sourceIds = Set.copyOf(sourceIds);
        quotedPersonKeys = Set.copyOf(quotedPersonKeys);
        text = text == null ? "" : text;
    }

    public long id() {
        return view.id();
    }
}
