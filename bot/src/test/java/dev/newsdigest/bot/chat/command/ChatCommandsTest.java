package dev.newsdigest.bot.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.UserRef;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import dev.newsdigest.bot.chat.port.SourceView;
import dev.newsdigest.bot.chat.port.StoryView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatCommandsTest {

    static final Instant NOW = Instant.parse("2025-01-21T12:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FakePorts fake = new FakePorts();
    final ChatRef group = new ChatRef(Platform.TELEGRAM, "-100200", ChatKind.GROUP);
    final UserRef admin = new UserRef(Platform.TELEGRAM, "42", "Ann");
    final UserRef stranger = new UserRef(Platform.TELEGRAM, "77", "Bob");
    final CommandParser parser = new CommandParser("NewsDigestBot");
    ChatCommands commands;

    @BeforeEach
    void setUp() {
        commands = new ChatCommands(fake.ports(), new AdminPolicy(Set.of("42"), Set.of()),
                new UserRateLimiter(100, 1000, clock), new BotText(), clock);
        fake.people.add(new FakePorts.KnownPerson("peskov", "Дмитрий Песков", List.of("Песков", "Пескова", "Peskov")));
        fake.people.add(new FakePorts.KnownPerson("ivanov-a", "Алексей Иванов", List.of("Иванов")));
        fake.people.add(new FakePorts.KnownPerson("ivanov-s", "Сергей Иванов", List.of("Иванов")));
        for (int i = 0; i < 7; i++) {
            fake.quotes.add(new QuoteView("Цитата " + i, "Дмитрий Песков", "peskov", "https://news.example/" + i,
                    "Заголовок " + i, "Example", NOW.minusSeconds(3600L * (i + 1))));
        }
        fake.sources.add(new SourceView("tass", "TASS", "https://tass.example/rss", true, null, 0, NOW));
    }

    List<OutgoingMessage> send(UserRef user, String text) {
        return commands.handle(new IncomingCommand(group, user, text), parser);
    }

    static String text(List<OutgoingMessage> replies) {
        return String.join("\n---\n", replies.stream().map(OutgoingMessage::plainText).toList());
    }

    @Test
    void helpListsEveryCommandWithAnExampleAndAdminCommandsOnlyForAdmins() {
        String forStranger = text(send(stranger, "/help"));
        for (String name : HelpCommand.USER_COMMANDS) {
            assertThat(forStranger).contains("/" + name);
        }
        assertThat(forStranger).contains("e.g. /quotes Peskov").doesNotContain("/addsource");
        assertThat(text(send(admin, "/start"))).contains("/addsource URL [NAME]", "/setsource ID KEY VALUE");
    }

    @Test
    void subscribeAllSourcePersonKeywordAndList() {
        assertThat(text(send(stranger, "/subscribe"))).isEqualTo("Subscribed: all news.");
        assertThat(text(send(stranger, "/subscribe all"))).isEqualTo("Already subscribed: all news.");
        assertThat(text(send(stranger, "/subscribe source tass"))).isEqualTo("Subscribed: source tass.");
        assertThat(text(send(stranger, "/subscribe source nope"))).contains("There is no source nope");
        assertThat(text(send(stranger, "/subscribe person Пескова"))).isEqualTo("Subscribed: person Дмитрий Песков.");
        assertThat(text(send(stranger, "/subscribe person Peskov"))).startsWith("Already subscribed");
        assertThat(text(send(stranger, "/subscribe keyword Gas"))).isEqualTo("Subscribed: keyword \"gas\".");
        assertThat(fake.list(group)).extracting(Subscription::kind).containsExactly(
                Subscription.Kind.ALL, Subscription.Kind.SOURCE, Subscription.Kind.PERSON, Subscription.Kind.KEYWORD);
        assertThat(fake.list(group).get(2).value()).isEqualTo("peskov");
        assertThat(text(send(stranger, "/subscriptions"))).contains("This chat follows (4)", "person Дмитрий Песков");
    }

    @Test
    void followingSomeoneNotYetQuotedUsesTheEnginesKey() {
        assertThat(text(send(stranger, "/subscribe person Jane Roe"))).isEqualTo("Subscribed: person Jane Roe.");
        assertThat(fake.list(group).get(0).value()).isEqualTo("roe");
    }

    @Test
    void ambiguousPersonGivesAChoiceList() {
        List<OutgoingMessage> r = send(stranger, "/subscribe person Иванов");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).choices()).extracting(Choice::command)
                .containsExactly("/subscribe person key:ivanov-a", "/subscribe person key:ivanov-s");
        assertThat(text(send(stranger, r.get(0).choices().get(1).command()))).isEqualTo("Subscribed: person Сергей Иванов.");
    }

    @Test
    void unsubscribeOneOrEverything() {
        send(stranger, "/subscribe keyword gas");
        send(stranger, "/subscribe person Песков");
        assertThat(text(send(stranger, "/unsubscribe person Peskov"))).isEqualTo("Unsubscribed: person Дмитрий Песков.");
        assertThat(text(send(stranger, "/unsubscribe keyword oil"))).isEqualTo("This chat does not follow keyword \"oil\".");
        assertThat(text(send(stranger, "/unsubscribe"))).isEqualTo("Unsubscribed from everything (1).");
        assertThat(fake.list(group)).isEmpty();
    }

    @Test
    void quotesNewestFirstWithDateSourceAndLink() {
        List<OutgoingMessage> r = send(stranger, "/quotes Peskov 3");
        String t = text(r);
        assertThat(t).startsWith("Quotes of Дмитрий Песков (3)");
        assertThat(t.indexOf("Цитата 0")).isLessThan(t.indexOf("Цитата 1"));
        assertThat(t).contains("2025-01-21 · Example · Заголовок 0").doesNotContain("Цитата 3");
        assertThat(text(send(stranger, "/quotes Пескова"))).contains("(5)");
    }

    @Test
    void quotesOfNobodyNamesTheNearestAndEchoesTheQueryAsText_R7() {
        assertThat(text(send(stranger, "/quotes <b>x</b>"))).isEqualTo("No quotes of <b>x</b> yet.");
        List<OutgoingMessage> r = send(stranger, "/quotes Алексей");
        assertThat(text(r)).isEqualTo("No quotes of Алексей yet. Did you mean: Алексей Иванов?");
        assertThat(r.get(0).choices()).extracting(Choice::command).containsExactly("/quotes key:ivanov-a");
    }

    @Test
    void unknownCommandAndBadArgumentsGetAOneLineHint() {
        assertThat(text(send(stranger, "/frobnicate"))).isEqualTo("I don't know /frobnicate. /help lists the commands.");
        assertThat(text(send(stranger, "/quotes"))).isEqualTo("Usage: /quotes NAME [N]");
        assertThat(text(send(stranger, "/subscribe planet Mars"))).startsWith("Usage: /subscribe [all");
        assertThat(text(send(stranger, "/settings daily 25:00"))).startsWith("Usage: /settings");
        assertThat(text(send(stranger, "/people month"))).isEqualTo("Usage: /people [today | week]");
    }

    @Test
    void commandsForAnotherBotAndPlainChatterAreIgnored() {
        assertThat(send(stranger, "/quotes@OtherBot Peskov")).isEmpty();
        assertThat(send(stranger, "hello there")).isEmpty();
        assertThat(text(send(stranger, "/quotes@NewsDigestBot Peskov 1"))).contains("Цитата 0");
    }

    @Test
    void nonAdminAddsourceIsRefusedAuditedAndChangesNothing_I5() {
        assertThat(text(send(stranger, "/addsource https://evil.example/rss Evil")))
                .isEqualTo("Sorry, only the bot's admins can change sources.");
        assertThat(fake.adminCalls).isEmpty();
        assertThat(fake.sources).hasSize(1);
        assertThat(fake.audit).containsExactly(
                new FakePorts.AuditEntry("telegram:77", "/addsource", "https://evil.example/rss Evil", false));
        // Every admin command is guarded, not only /addsource.
        for (String cmd : List.of("/removesource tass", "/pausesource tass", "/resumesource tass", "/setsource tass every 5m")) {
            send(stranger, cmd);
        }
        assertThat(fake.adminCalls).isEmpty();
        assertThat(fake.audit).hasSize(5).allMatch(e -> !e.allowed());
    }

    @Test
    void anonymousGroupAdminIsNotABotAdmin_I5() {
        UserRef anonymous = new UserRef(Platform.TELEGRAM, "1087968824", "GroupAnonymousBot");
        assertThat(text(send(anonymous, "/removesource tass"))).contains("only the bot's admins");
        assertThat(fake.sources).hasSize(1);
    }

    @Test
    void adminChangesGoThroughSourceAdmin() {
        assertThat(text(send(admin, "/addsource https://new.example/feed My News"))).isEqualTo("Done: added source my-news");
        assertThat(text(send(admin, "/addsource http://plain.example/feed"))).isEqualTo("Not changed: url must be https");
        assertThat(text(send(admin, "/setsource my-news include gas oil"))).isEqualTo("Done: my-news include = gas oil");
        assertThat(text(send(admin, "/removesource nope"))).isEqualTo("Not found: nope");
        assertThat(text(send(admin, "/pausesource"))).isEqualTo("Usage: /pausesource ID");
        assertThat(fake.adminCalls).containsExactly(
                "add https://new.example/feed My News by telegram:42",
                "add http://plain.example/feed null by telegram:42",
                "set my-news include=gas oil by telegram:42",
                "remove nope by telegram:42");
    }

    @Test
    void perUserRateLimitWarnsOnceThenDrops_I7() {
        commands = new ChatCommands(fake.ports(), AdminPolicy.none(), new UserRateLimiter(3, 60_000, clock),
                new BotText(), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(text(send(stranger, "/quotes Peskov 1"))).contains("Цитата 0");
        }
        assertThat(text(send(stranger, "/quotes Peskov 1"))).startsWith("Too many commands");
        for (int i = 0; i < 1000; i++) {
            assertThat(send(stranger, "/quotes Peskov 1")).isEmpty();
        }
        // Another user is not affected.
        assertThat(text(send(admin, "/quotes Peskov 1"))).contains("Цитата 0");
    }

    @Test
    void settingsSwitchLanguageAndAnswerInIt() {
        assertThat(text(send(stranger, "/settings language ru"))).startsWith("Сохранено.").contains("язык: русский");
        assertThat(text(send(stranger, "/frobnicate"))).startsWith("Я не знаю команды /frobnicate");
        assertThat(text(send(stranger, "/settings language uk"))).startsWith("Збережено.");
        assertThat(text(send(stranger, "/quotes"))).isEqualTo("Використання: /quotes ІМ'Я [N]");
        assertThat(text(send(stranger, "/settings daily 7:30 Europe/Kyiv"))).contains("щодня о 07:30 (Europe/Kyiv)");
        assertThat(fake.get(group).language()).isEqualTo(BotLanguage.UK);
        List<OutgoingMessage> shown = send(stranger, "/settings");
        assertThat(shown.get(0).choices()).extracting(Choice::command).contains("/settings hourly", "/settings language en");
    }

    @Test
    void digestShowsMostCoveredFirstAndHintsWhenFollowingNothing() {
        fake.stories.add(new StoryView(1, "Small story", "https://a.example/1", "Sum 1", List.of(), List.of(),
                List.of("A"), NOW.minusSeconds(60)));
        fake.stories.add(new StoryView(2, "Big story", "https://a.example/2", "Sum 2",
                List.of(new StoryView.QuoteLine("We agree", "Jane Roe")), List.of("Jane Roe"),
                List.of("A", "B", "C"), NOW.minusSeconds(600)));
        List<OutgoingMessage> r = send(stranger, "/digest");
        String t = text(r);
        assertThat(t).startsWith("Latest news (2)");
        assertThat(t.indexOf("Big story")).isLessThan(t.indexOf("Small story"));
        assertThat(t).contains("«We agree» — Jane Roe", "People: Jane Roe", "Source: A, B, C");
        assertThat(r).hasSize(2);
        assertThat(text(send(stranger, "/digest yesterday"))).startsWith("Usage: /digest");
    }

    @Test
    void everyTextKeyExistsInAllThreeLanguages() {
        BotText texts = new BotText();
        assertThat(texts.keys()).isNotEmpty().allMatch(texts::definedEverywhere);
    }

    @Test
    void aFailingPortGivesAnApologyNotAStackTrace() {
        CommandPorts broken = new CommandPorts(fake, fake, (key, n) -> {
            throw new IllegalStateException("db down");
        }, fake, fake, fake, fake);
        commands = new ChatCommands(broken, AdminPolicy.none(), new UserRateLimiter(100, 1000, clock), new BotText(), clock);
        assertThat(text(send(stranger, "/quotes Peskov"))).isEqualTo("Something went wrong on my side; please try again in a minute.");
    }
}
