package dev.newsdigest.bot.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    @Test
    void pipedSessionReadsLikeATranscriptAndTheOperatorIsAdmin() throws Exception {
        FakePorts ports = new FakePorts();
        ports.people.add(new FakePorts.KnownPerson("ivanov-a", "Алексей Иванов", List.of("Иванов")));
        ports.people.add(new FakePorts.KnownPerson("ivanov-s", "Сергей Иванов", List.of("Иванов")));
        ports.quotes.add(new QuoteView("Всё будет хорошо", "Сергей Иванов", "ivanov-s", "https://n.example/1", "Заголовок",
                "TASS", Instant.parse("2025-01-20T10:00:00Z")));
        Clock clock = Clock.systemUTC();
        ChatCommands commands = new ChatCommands(ports.ports(), AdminPolicy.none(), UserRateLimiter.standard(clock),
                new BotText(), clock);
        StringWriter buf = new StringWriter();
        PrintWriter out = new PrintWriter(buf);
        String input = "# a comment\n/subscribe keyword gas\n\n/quotes Иванов\n2\nhello\n/addsource https://x.example/rss X\n/quit\n/help\n";
        int n = new ConsoleSession(commands, new ConsoleGateway(out), out, true).run(new BufferedReader(new StringReader(input)));
        String t = buf.toString();
        assertThat(n).isEqualTo(5);
        assertThat(t).contains("> /subscribe keyword gas\nSubscribed: keyword \"gas\".");
        assertThat(t).contains("Which person do you mean by \"Иванов\"?\n  [1] Алексей Иванов\n  [2] Сергей Иванов");
        assertThat(t).contains("> 2\nQuotes of Сергей Иванов (1)\n«Всё будет хорошо» — Сергей Иванов\n  2025-01-20 · TASS · Заголовок <https://n.example/1>");
        assertThat(t).contains("> hello\nCommands start with /. Try /help.");
        assertThat(ports.adminCalls).containsExactly("add https://x.example/rss X by console:operator");
        assertThat(t).doesNotContain("I turn the news"); // nothing after /quit
    }
}
