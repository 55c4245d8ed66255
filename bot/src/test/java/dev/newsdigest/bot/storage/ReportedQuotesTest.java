package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.UserRef;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandParser;
import dev.newsdigest.bot.chat.command.IncomingCommand;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.console.ConsoleRenderer;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.chat.slack.SlackPost;
import dev.newsdigest.bot.chat.slack.SlackRenderer;
import dev.newsdigest.bot.chat.telegram.TelegramPart;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.delivery.RoutableStory;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.testing.TestDatabases;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 posts and {@code /quotes}: a quote the engine found as reported speech (kind {@code indirect}) is the
 * article's wording, not the speaker's, so no renderer may show it in quotation marks; a direct quote keeps them.
 * From the stored row through the read side to the Telegram HTML, Slack mrkdwn and console text.
 */
class ReportedQuotesTest {
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");
    private static final String DIRECT = "We will not sign this agreement";
    private static final String REPORTED = "the talks would go on next week in Geneva";

    @TempDir
    Path dir;
    private Database db;
    private JdbcChatQueries queries;

    @BeforeEach
    void storeAnArticleWithADirectAndAReportedQuote() {
        db = Database.open(TestDatabases.h2(dir));
        new SourceRegistry(db, Clock.fixed(NOW, ZoneOffset.UTC)).add(new SourceConfig("wire", "The Wire",
                URI.create("https://wire.example/rss"), null, Duration.ofMinutes(10), false, "en", List.of(), List.of(),
                true, null), "test");
        String text = "Anna Example spoke on Monday. \"" + DIRECT + "\", Example said. Example also said that " + REPORTED + ".";
        int d = text.indexOf(DIRECT);
        int r = text.indexOf(REPORTED);
        List<Quote> quotes = List.of(
                new Quote(DIRECT, "Anna Example", "example", Quote.Kind.DIRECT, d, d + DIRECT.length(), 0),
                new Quote(REPORTED, "Anna Example", "example", Quote.Kind.INDIRECT, r, r + REPORTED.length(), 1));
        Person anna = new Person("Anna Example", "example", 3, List.of("Example"), null, Gender.FEMALE);
        Digest digest = new Digest("https://wire.example/1", "en", "Talks stall", "", List.of(anna), quotes, text);
        new ArticleStore(db).store(new NewArticle("wire", "https://wire.example/1", Fingerprints.contentHash("u", "1"),
                null, null, Fingerprints.contentHash("Talks stall", text), null, null, "Talks stall",
                NOW.minus(Duration.ofHours(1)), NOW, digest));
        queries = new JdbcChatQueries(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theReadSideKeepsTheKind() {
        assertThat(queries.recentQuotes("example", 5))
                .extracting(QuoteView::text, QuoteView::reported)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DIRECT, false),
                        org.assertj.core.groups.Tuple.tuple(REPORTED, true));
        StoryView story = story();
        assertThat(story.quotes()).extracting(StoryView.QuoteLine::text, StoryView.QuoteLine::reported)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DIRECT, false),
                        org.assertj.core.groups.Tuple.tuple(REPORTED, true));
    }

    @Test
    void digestPostShowsReportedSpeechWithoutQuotationMarksOnEveryRenderer() {
        OutgoingMessage post = new Posts(new BotText()).story(story(), BotLanguage.EN);
        assertRendered(post);
        // Localised label in the chat's language.
        OutgoingMessage ru = new Posts(new BotText()).story(story(), BotLanguage.RU);
        assertThat(new ConsoleRenderer().render(ru)).contains("Anna Example (пересказ): " + REPORTED);
    }

    @Test
    void quotesCommandShowsReportedSpeechWithoutQuotationMarksOnEveryRenderer() {
        FakePorts ports = new FakePorts();
        ports.people.add(new FakePorts.KnownPerson("example", "Anna Example", List.of("Example")));
        ports.quotes.addAll(queries.recentQuotes("example", 5));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ChatCommands commands = new ChatCommands(ports.ports(), new AdminPolicy(Set.of(), Set.of()),
                new UserRateLimiter(100, 1000, clock), new BotText(), clock);
        List<OutgoingMessage> replies = commands.handle(new IncomingCommand(new ChatRef(Platform.TELEGRAM, "5",
                ChatKind.PRIVATE), new UserRef(Platform.TELEGRAM, "5", "Bob"), "/quotes Example"),
                new CommandParser("NewsDigestBot"));
        assertThat(replies).hasSize(1);
        assertRendered(replies.get(0));
    }

    private StoryView story() {
        List<RoutableStory> stories = queries.storiesBetween(NOW.minus(Duration.ofDays(1)), NOW.plusSeconds(1));
        assertThat(stories).hasSize(1);
        return stories.get(0).view();
    }

    /** Direct quote in «» (Telegram, console) or a "> " block quote (Slack); the reported one in neither. */
    private static void assertRendered(OutgoingMessage message) {
        String html = new TelegramRenderer().render(message).stream().map(TelegramPart::html)
                .collect(Collectors.joining("\n"));
        assertThat(html).contains("«" + DIRECT + "» — <i>Anna Example</i>")
                .contains("<i>Anna Example</i> (paraphrase): " + REPORTED)
                .doesNotContain("«" + REPORTED, "“" + REPORTED, "\"" + REPORTED);

        String mrkdwn = new SlackRenderer().render(message).stream().map(SlackPost::blocks).flatMap(List::stream)
                .map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(mrkdwn).contains("> " + DIRECT)
                .contains("_Anna Example_ (paraphrase): " + REPORTED)
                .doesNotContain("> " + REPORTED, "«" + REPORTED);

        String console = new ConsoleRenderer().render(message);
        assertThat(console).contains("«" + DIRECT + "» — Anna Example")
                .contains("Anna Example (paraphrase): " + REPORTED)
                .doesNotContain("«" + REPORTED);
    }
}
