package dev.newsdigest.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    final MessageCodec codec = new MessageCodec();

    @Test
    void everyBlockAndSpanSurvivesTheRoundTrip() {
        OutgoingMessage m = new OutgoingMessage(List.of(
                Block.paragraph(new Span.Link("AT&T <3", "https://x.example/?a=1&b=2", true), Span.plain(" "),
                        Span.bold("b"), Span.italic("i"), new Span.Code("c")),
                new Block.Quotation("«Нет»", "Дмитрий Песков"), new Block.Quotation("anon", null),
                new Block.Quotation("переговоры продолжатся", "Дмитрий Песков", "пересказ"),
                new Block.Divider(), Block.context(Span.plain("Source: TASS"))),
                List.of(new Choice("Сергей Иванов", "/quotes key:ivanov")));
        assertThat(codec.decode(codec.encode(m))).isEqualTo(m);
        assertThat(codec.decode(codec.encode(Fixtures.hostilePost()))).isEqualTo(Fixtures.hostilePost());
        assertThat(codec.encode(m)).contains("\"type\":\"quotation\"").doesNotContain("plainText");
    }

    @Test
    void aQuotationQueuedBeforeParaphrasesExistedReadsAsADirectQuote() {
        OutgoingMessage old = codec.decode("{\"blocks\":[{\"type\":\"quotation\",\"text\":\"Нет\",\"speaker\":\"Дмитрий Песков\"}],"
                + "\"choices\":[]}");
        assertThat(old.blocks()).containsExactly(new Block.Quotation("Нет", "Дмитрий Песков"));
    }
}
