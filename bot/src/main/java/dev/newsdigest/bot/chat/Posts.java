package dev.newsdigest.bot.chat;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.port.StoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds digest posts from stories, platform-neutral (issue 6 "Posts"): the headline linked, a one-line summary,
 * up to three key quotes with their speakers, the people involved and the sources. Used by {@code /digest} and by
 * the delivery relay, so a story looks the same whichever way it reaches a chat.
 */
public final class Posts {

    /** Key quotes shown per story. */
    public static final int QUOTES_PER_STORY = 3;
    /** People named per story. */
    static final int PEOPLE_PER_STORY = 5;

    /** Most covered first (more sources carried it), then newest. */
    public static final Comparator<StoryView> MOST_COVERED_FIRST = Comparator
            .comparingInt(StoryView::coverage).reversed()
            .thenComparing(StoryView::published, Comparator.nullsLast(Comparator.reverseOrder()));

    private final BotText texts;

    public Posts(BotText texts) {
        this.texts = texts;
    }

    /** One story as its own post (instant delivery). */
    public OutgoingMessage story(StoryView story, BotLanguage language) {
        return new OutgoingMessage(storyBlocks(story, language), List.of());
    }

    /** Several stories as one digest, most covered first, under a title line. */
    public OutgoingMessage batch(String title, List<StoryView> stories, BotLanguage language) {
        List<StoryView> sorted = new ArrayList<>(stories);
        sorted.sort(MOST_COVERED_FIRST);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Span.bold(title)));
        for (StoryView s : sorted) {
            blocks.add(new Block.Divider());
            blocks.addAll(storyBlocks(s, language));
        }
        return new OutgoingMessage(blocks, List.of());
    }

    List<Block> storyBlocks(StoryView story, BotLanguage language) {
        List<Block> blocks = new ArrayList<>();
        String headline = story.headline() == null || story.headline().isBlank() ? story.url() : story.headline();
        blocks.add(Block.paragraph(new Span.Link(headline == null ? "" : headline, story.url(), true)));
        if (story.summary() != null && !story.summary().isBlank()) {
            blocks.add(Block.text(story.summary().strip()));
        }
        story.quotes().stream().limit(QUOTES_PER_STORY)
                .forEach(q -> blocks.add(new Block.Quotation(q.text(), q.speaker(),
                        q.reported() ? texts.get(language, "quote.paraphrase") : null)));
        if (!story.people().isEmpty()) {
            List<String> names = story.people().stream().limit(PEOPLE_PER_STORY).toList();
            blocks.add(Block.context(Span.plain(texts.get(language, "post.people", String.join(", ", names)))));
        }
        if (!story.sources().isEmpty()) {
            blocks.add(Block.context(Span.plain(texts.get(language, "post.sources", String.join(", ", story.sources())))));
        }
        return blocks;
    }
}
