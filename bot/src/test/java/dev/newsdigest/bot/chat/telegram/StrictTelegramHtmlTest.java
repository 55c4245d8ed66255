package dev.newsdigest.bot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The validator the fake Bot API uses must itself reject what Telegram rejects, or the R1 tests prove nothing. */
class StrictTelegramHtmlTest {

    @Test
    void rejectsWhatTelegramRejects() {
        for (String bad : new String[] {"AT&T", "a <3 b", "</b>", "<b>x", "<script>x</script>", "&eacute;",
                "x > y", "<a href=\"x\">y", "<b><i>x</b></i>", "&am"}) {
            assertThatThrownBy(() -> StrictTelegramHtml.parse(bad)).as(bad)
                    .hasMessageContaining("can't parse entities");
        }
    }

    @Test
    void acceptsWellFormedHtmlAndDecodesEntities() {
        StrictTelegramHtml.Parsed p = StrictTelegramHtml.parse(
                "<b><a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">AT&amp;T &lt;3</a></b> &#128512;");
        assertThat(p.text()).isEqualTo("AT&T <3 \uD83D\uDE00");
        assertThat(p.hrefs()).containsExactly("https://x.example/?a=1&b=\"2\"");
    }
}
