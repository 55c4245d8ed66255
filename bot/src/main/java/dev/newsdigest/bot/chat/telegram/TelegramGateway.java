package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.RequestProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link ChatGateway} for Telegram over the TelegramBots client ({@code sendMessage} with {@code parse_mode=HTML}).
 * When Telegram cannot parse the HTML (it should not happen: the renderer escapes, but a bug must not block a
 * chat), that part is sent once more as plain text without a parse mode; if that fails too the message is
 * rejected and the relay moves on to the next one (D5).
 */
public final class TelegramGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);
    /** Choice buttons per keyboard row. */
    static final int BUTTONS_PER_ROW = 2;

    private final TelegramClient client;
    private final TelegramRenderer renderer;
    private final Duration callTimeout;

    public TelegramGateway(TelegramClient client, TelegramRenderer renderer, Duration callTimeout) {
        this.client = client;
        this.renderer = renderer;
        this.callTimeout = callTimeout;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public SendResult send(ChatRef chat, OutgoingMessage message, int skipParts) {
        List<TelegramPart> parts = renderer.render(message);
        List<String> ids = new ArrayList<>();
        for (int i = skipParts; i < parts.size(); i++) {
            TelegramPart part = parts.get(i);
            SendResult r = sendOne(chat, part, true, i - skipParts);
            if (TelegramErrors.cannotParseEntities(r)) {
                log.warn("Telegram could not parse our HTML for {} ({}); sending that part as plain text", chat,
                        ((SendResult.Rejected) r).reason());
                r = sendOne(chat, part, false, i - skipParts);
            }
            if (!(r instanceof SendResult.Sent sent)) {
                return r;
            }
            ids.addAll(sent.messageIds());
        }
        return new SendResult.Sent(ids);
    }

    private SendResult sendOne(ChatRef chat, TelegramPart part, boolean html, int partsSent) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
                .chatId(chat.id())
                .text(html ? part.html() : part.plain())
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (html) {
            b.parseMode("HTML");
        }
        if (!part.choices().isEmpty()) {
            b.replyMarkup(keyboard(part.choices()));
        }
        SendMessage method = b.build();
        RequestProgress.Tracked<CompletableFuture<Message>> call;
        try {
            call = RequestProgress.during(() -> {
                try {
                    return client.executeAsync(method);
                } catch (TelegramApiException e) {
                    return CompletableFuture.failedFuture(e);
                }
            });
        } catch (RuntimeException e) {
            return new SendResult.Rejected("invalid message: " + e.getMessage(), partsSent);
        }
        try {
            Message m = call.result().get(callTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return SendResult.Sent.of(String.valueOf(m.getMessageId()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TelegramApiRequestException api) {
                return TelegramErrors.fromApi(api, partsSent);
            }
            if (cause instanceof TelegramApiException && cause.getCause() == null) {
                // Raised by the client before any request (validation): never reached Telegram.
                return new SendResult.Rejected("invalid message: " + cause.getMessage(), partsSent);
            }
            return TelegramErrors.fromNetwork(cause, call.progress(), partsSent);
        } catch (TimeoutException e) {
            call.result().cancel(true);
            return TelegramErrors.fromNetwork(e, call.progress(), partsSent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TelegramErrors.fromNetwork(e, call.progress(), partsSent);
        }
    }

    static InlineKeyboardMarkup keyboard(List<Choice> choices) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Choice c : choices) {
            if (row.size() == BUTTONS_PER_ROW) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(InlineKeyboardButton.builder().text(c.label()).callbackData(c.command()).build());
        }
        rows.add(row);
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
