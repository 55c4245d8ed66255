package dev.newsdigest.bot.storage;

import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.delivery.RoutableStory;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns a stored digest into the story chats see and the facts routing matches on. */
final class StoredStories {

    private StoredStories() {
    }

    static RoutableStory routable(StoredDigest d) {
        Digest digest = d.digest();
        List<StoryView.QuoteLine> quotes = digest.keyQuotes(3).stream()
                .map(q -> new StoryView.QuoteLine(q.text(), q.speaker(), q.kind() == Quote.Kind.INDIRECT)).toList();
        List<String> people = digest.people().stream().map(Person::name).limit(5).toList();
        List<String> sourceNames = d.sources().stream().map(StoredDigest.SourceRef::name).toList();
        Set<String> sourceIds = new LinkedHashSet<>();
        d.sources().forEach(s -> sourceIds.add(s.id()));
        Set<String> quoted = new LinkedHashSet<>();
        digest.quotes().stream().map(Quote::speakerKey).filter(Objects::nonNull).forEach(quoted::add);
        StoryView view = new StoryView(d.storyId(), digest.headline(), d.url(), digest.summary(), quotes, people,
                sourceNames, d.published());
        return new RoutableStory(view, sourceIds, quoted, digest.text());
    }
}
