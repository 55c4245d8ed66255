package dev.newsdigest.bot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.Golden;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackRendererTest {

    final SlackRenderer renderer = new SlackRenderer();
    final Gson gson = GsonFactory.createSnakeCase();

    /** The blocks as Slack receives them, with JSON string escapes (Gson writes '<' as \\u003c) decoded. */
    private String decoded(List<LayoutBlock> blocks) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(JsonParser.parseString(gson.toJson(blocks)));
    }

    private String pretty(List<LayoutBlock> blocks) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(gson.toJson(blocks)));
    }

    @Test
    void mentionsAndMaskedLinksInContentStayLiteralText_R3() {
        List<SlackPost> posts = renderer.render(Fixtures.hostilePost());
        assertThat(posts).hasSize(1);
        String json = decoded(posts.get(0).blocks());
        assertThat(json).doesNotContain("<!channel>", "<@U123>", "<http://evil|click>");
        assertThat(json).contains("&lt;!channel&gt;", "&lt;@U123&gt;", "&lt;http://evil|click&gt;", "AT&amp;T");
        assertThat(posts.get(0).text()).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
        // The one real link is ours, with '"' percent-encoded so the <url|text> syntax holds.
        assertThat(json).contains("<https://news.example/a?x=1&amp;y=%222%22|AT&amp;T");
    }

    @Test
    void goldenStory() {
        Golden.assertMatches("slack/hostile-story.json",
                pretty(renderer.render(Fixtures.hostilePost()).get(0).blocks()) + "\n");
    }

    @Test
    void atMostFiftyBlocksPerMessageAndChoicesOnTheLast() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            blocks.add(Block.text("Paragraph " + i));
        }
        OutgoingMessage m = new OutgoingMessage(blocks, List.of(new Choice("A", "/quotes key:a"), new Choice("B", "/quotes key:b")));
        List<SlackPost> posts = renderer.render(m);
        assertThat(posts).hasSize(3);
        assertThat(posts).allMatch(p -> p.blocks().size() <= SlackRenderer.MAX_BLOCKS);
        LayoutBlock last = posts.get(2).blocks().get(posts.get(2).blocks().size() - 1);
        assertThat(last).isInstanceOf(ActionsBlock.class);
        assertThat(decoded(List.of(last))).contains("\"value\":\"/quotes key:b\"", "newsdigest_choice_1");
    }

    @Test
    void sectionsStayUnderThreeThousandCharacters() {
        List<SlackPost> posts = renderer.render(OutgoingMessage.text("<&> word ".repeat(2000)));
        List<LayoutBlock> blocks = posts.stream().flatMap(p -> p.blocks().stream()).toList();
        assertThat(blocks.size()).isGreaterThan(5);
        for (LayoutBlock b : blocks) {
            String text = ((SectionBlock) b).getText().getText();
            assertThat(text.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION);
            assertThat(text).doesNotContain("<", ">").doesNotEndWith("&amp").doesNotEndWith("&lt");
        }
        assertThat(posts.get(0).text().length()).isLessThan(6000);
    }
}
