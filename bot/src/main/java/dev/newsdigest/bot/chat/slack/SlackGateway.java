package dev.newsdigest.bot.chat.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.RequestProgress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChatGateway} for Slack: {@code chat.postMessage} with Block Kit, link unfurling off. If Slack refuses the
 * blocks, that part is posted once more as its (escaped) text only, like Telegram's plain-text fallback (D5).
 */
public final class SlackGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

    private final Slack slack;
    private final String botToken;
    private final SlackRenderer renderer;

    public SlackGateway(Slack slack, String botToken, SlackRenderer renderer) {
        this.slack = slack;
        this.botToken = botToken;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public SendResult send(ChatRef chat, OutgoingMessage message, int skipParts) {
        List<SlackPost> posts = renderer.render(message);
        List<String> ids = new ArrayList<>();
        for (int i = skipParts; i < posts.size(); i++) {
            SendResult r = post(chat, posts.get(i), true, i - skipParts);
            if (r instanceof SendResult.Rejected rej && SlackErrors.BAD_BLOCKS.contains(rej.reason())) {
                log.warn("Slack refused our blocks for {} ({}); posting that part as text", chat, rej.reason());
                r = post(chat, posts.get(i), false, i - skipParts);
            }
            if (!(r instanceof SendResult.Sent sent)) {
                return r;
            }
            ids.addAll(sent.messageIds());
        }
        return new SendResult.Sent(ids);
    }

    private SendResult post(ChatRef chat, SlackPost post, boolean withBlocks, int partsSent) {
        RequestProgress.Tracked<Object> call = RequestProgress.during(() -> {
            try {
                return slack.methods(botToken).chatPostMessage(r -> {
                    r.channel(chat.id()).text(post.text()).unfurlLinks(false).unfurlMedia(false);
                    return withBlocks ? r.blocks(post.blocks()) : r;
                });
            } catch (IOException | SlackApiException e) {
                return e;
            }
        });
        Object outcome = call.result();
        if (outcome instanceof ChatPostMessageResponse resp) {
            return resp.isOk() ? SendResult.Sent.of(resp.getTs()) : SlackErrors.fromError(resp.getError(), partsSent);
        }
        if (outcome instanceof SlackApiException e) {
            return SlackErrors.fromHttp(e.getResponse().code(), e.getResponse().header("Retry-After"), partsSent);
        }
        return SlackErrors.fromNetwork((IOException) outcome, call.progress(), partsSent);
    }
}
