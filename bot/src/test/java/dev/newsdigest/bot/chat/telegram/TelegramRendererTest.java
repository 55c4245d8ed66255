package dev.newsdigest.bot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.Golden;
import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.port.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TelegramRendererTest {

    final TelegramRenderer renderer = new TelegramRenderer();

    @Test
    void hostileStoryValidatesAndShowsExactlyTheOriginalText_R1_R8() {
        List<TelegramPart> parts = renderer.render(Fixtures.hostilePost());
        assertThat(parts).hasSize(1);
        StrictTelegramHtml.Parsed shown = StrictTelegramHtml.parse(parts.get(0).html());
        StoryView s = Fixtures.hostileStory();
        assertThat(shown.text()).startsWith(s.headline() + "\n\n" + s.summary());
        assertThat(shown.text()).contains("«Мы <b>не</b> будем & не хотим» — Дмитрий Песков", "People: Дмитрий Песков, Jane <Roe>");
        assertThat(shown.text()).isEqualTo(parts.get(0).plain());
        assertThat(shown.hrefs()).containsExactly("https://news.example/a?x=1&y=%222%22");
        assertThat(parts.get(0).html()).doesNotContain("&eacute;", "<a href=\"tg:");
    }

    @Test
    void goldenStory() {
        Golden.assertMatches("telegram/hostile-story.html", renderer.render(Fixtures.hostilePost()).get(0).html());
    }

    @Test
    void onlyHttpAndHttpsLinksAreEmitted_R2() {
        for (String url : List.of("javascript:alert(1)", "tg://resolve?domain=x", "data:text/html,x", "/relative",
                "ftp://x.example/", " JAVASCRIPT:alert(1)", "http://")) {
            String html = renderer.render(OutgoingMessage.of(Block.paragraph(new Span.Link("click", url)))).get(0).html();
            assertThat(html).as(url).isEqualTo("click");
        }
        String html = renderer.render(OutgoingMessage.of(Block.paragraph(
                new Span.Link("ok", "https://x.example/a b?q='1'&r=\"2\"")))).get(0).html();
        assertThat(StrictTelegramHtml.parse(html).hrefs()).containsExactly("https://x.example/a%20b?q='1'&r=%222%22");
    }

    @Test
    void longDigestSplitsOnBlockBoundariesUnderTheLimitAndEveryPartValidates_R5() {
        List<StoryView> stories = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stories.add(Fixtures.story(i, "Story & <" + i + "> about AT&T", i % 4 + 1));
        }
        OutgoingMessage digest = new Posts(new BotText()).batch("Today", stories, BotLanguage.EN)
                .withChoices(List.of(new Choice("More", "/digest today")));
        List<TelegramPart> parts = renderer.render(digest);
        assertThat(parts.size()).isGreaterThan(1);
        StringBuilder shown = new StringBuilder();
        for (TelegramPart p : parts) {
            assertThat(p.html().length()).isLessThanOrEqualTo(TelegramRenderer.MAX_MESSAGE);
            shown.append(StrictTelegramHtml.parse(p.html()).text()).append("\n\n");
        }
        for (int i = 0; i < 60; i++) {
            assertThat(shown).contains("Story & <" + i + "> about AT&T");
        }
        assertThat(parts.subList(0, parts.size() - 1)).allMatch(p -> p.choices().isEmpty());
        assertThat(parts.get(parts.size() - 1).choices()).hasSize(1);
    }

    @Test
    void aSingleHugeParagraphIsCutBeforeEscapingSoNoEntityIsHalved_R5() {
        String text = "&<> AT&T ".repeat(2000); // escapes to ~5x its length
        List<TelegramPart> parts = renderer.render(OutgoingMessage.text(text));
        assertThat(parts.size()).isGreaterThan(2);
        String joined = parts.stream().map(p -> StrictTelegramHtml.parse(p.html()).text())
                .collect(Collectors.joining(" "));
        assertThat(joined.replaceAll("\\s+", " ").strip()).isEqualTo(text.strip());
        assertThat(parts).allMatch(p -> p.html().length() <= TelegramRenderer.MAX_MESSAGE);
    }

    @Test
    void emojiRtlMarksZeroWidthJoinersAndCombiningMarksSurviveEvenAHardCut_R6() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
        String text = "\u200Fשלום\u200E й\u0306 " + family + " " + "\uD83D\uDE00".repeat(3000);
        List<TelegramPart> parts = new TelegramRenderer(1000).render(OutgoingMessage.text(text));
        String joined = parts.stream().map(p -> StrictTelegramHtml.parse(p.html()).text()).collect(Collectors.joining());
        assertThat(joined).isEqualTo(text);
        for (TelegramPart p : parts) {
            String h = p.html();
            assertThat(Character.isHighSurrogate(h.charAt(h.length() - 1))).isFalse();
            assertThat(Character.isLowSurrogate(h.charAt(0))).isFalse();
        }
    }
}
