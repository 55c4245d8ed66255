package dev.newsdigest.bot.chat;

import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.StoryView;
import java.time.Instant;
import java.util.List;

/** Stories used by renderer and adapter tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A story whose every field carries characters that markup would misread (R1, R3, R8). */
    public static StoryView hostileStory() {
        return new StoryView(7, "AT&T <3 Go </b><a href=\"tg://user?id=1\">x</a> <!channel>",
                "https://news.example/a?x=1&y=\"2\"",
                "Summary with <i>tags</i> & <@U123> and <http://evil|click>.",
                List.of(new StoryView.QuoteLine("Мы <b>не</b> будем & не хотим", "Дмитрий Песков"),
                        new StoryView.QuoteLine("Second > first", null)),
                List.of("Дмитрий Песков", "Jane <Roe>"), List.of("TASS", "R&R News"),
                Instant.parse("2025-01-20T10:00:00Z"));
    }

    public static StoryView story(long id, String headline, int sources) {
        List<String> names = java.util.stream.IntStream.range(0, sources).mapToObj(i -> "Source " + i).toList();
        return new StoryView(id, headline, "https://news.example/" + id, "Summary of story " + id + ".",
                List.of(new StoryView.QuoteLine("Quote of story " + id, "Jane Roe")), List.of("Jane Roe"), names,
                Instant.parse("2025-01-20T10:00:00Z").plusSeconds(id));
    }

    public static OutgoingMessage hostilePost() {
        return new Posts(new BotText()).story(hostileStory(), BotLanguage.EN);
    }
}
