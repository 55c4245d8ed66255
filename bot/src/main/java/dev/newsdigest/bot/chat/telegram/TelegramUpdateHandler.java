package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.UpdateDeduplicator;
import dev.newsdigest.bot.chat.UserRef;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandParser;
import dev.newsdigest.bot.chat.command.IncomingCommand;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.ChatLifecycle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Turns Telegram updates into commands for the shared command layer and posts the replies. Both long polling and
 * the webhook feed it. Each {@code update_id} is handled once (I4). Only new text messages written by a person and
 * presses of our own buttons count: edited messages, forwards, channel posts and messages from bots are ignored,
 * so none of them can re-issue a command (I5).
 */
public final class TelegramUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);

    private final ChatCommands commands;
    private final ChatGateway gateway;
    private final TelegramClient client;
    private final UpdateDeduplicator dedup;
    private final ChatLifecycle lifecycle;
    private volatile CommandParser parser;

    public TelegramUpdateHandler(ChatCommands commands, ChatGateway gateway, TelegramClient client,
                                 UpdateDeduplicator dedup, ChatLifecycle lifecycle, String botUsername) {
        this.commands = commands;
        this.gateway = gateway;
        this.client = client;
        this.dedup = dedup;
        this.lifecycle = lifecycle;
        this.parser = new CommandParser(botUsername);
    }

    /** Set once {@code getMe} told us our username (commands like {@code /quotes@OurBot} need it). */
    public void setBotUsername(String username) {
        this.parser = new CommandParser(username);
    }

    public void handle(Update update) {
        if (update == null || update.getUpdateId() == null) {
            return;
        }
        // Claimed before handling: a crash mid-command loses that command rather than answering it twice.
        if (!dedup.firstSeen(Platform.TELEGRAM, String.valueOf(update.getUpdateId()))) {
            log.debug("update {} already handled", update.getUpdateId());
            return;
        }
        try {
            if (update.hasMessage()) {
                onMessage(update.getMessage());
            } else if (update.hasCallbackQuery()) {
                onButton(update.getCallbackQuery());
            } else if (update.hasMyChatMember()) {
                onMembership(update.getMyChatMember());
            }
        } catch (RuntimeException e) {
            log.error("update {} failed", update.getUpdateId(), e);
        }
    }

    private void onMessage(Message m) {
        if (m.getMigrateToChatId() != null) {
            // The group became a supergroup: follow it now rather than on the next failed post (D4).
            ChatRef old = chatRef(m.getChat());
            lifecycle.chatMigrated(old, old.withId(String.valueOf(m.getMigrateToChatId())));
            return;
        }
        User from = m.getFrom();
        if (!m.hasText() || from == null || Boolean.TRUE.equals(from.getIsBot()) || m.getForwardOrigin() != null
                || m.getForwardDate() != null || Boolean.TRUE.equals(m.getIsAutomaticForward())) {
            return;
        }
        ChatRef chat = chatRef(m.getChat());
        run(new IncomingCommand(chat, userRef(from), m.getText()));
    }

    /** The bot was removed from a group or blocked in a private chat: stop posting there at once (D3). */
    private void onMembership(ChatMemberUpdated u) {
        String status = u.getNewChatMember() == null ? null : u.getNewChatMember().getStatus();
        if ("kicked".equals(status) || "left".equals(status)) {
            lifecycle.chatGone(chatRef(u.getChat()), "bot " + status);
        }
    }

    private void onButton(CallbackQuery q) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).build());
        } catch (Exception e) {
            log.debug("answerCallbackQuery failed: {}", e.toString());
        }
        if (q.getMessage() == null || q.getData() == null || q.getFrom() == null) {
            return;
        }
        run(new IncomingCommand(chatRef(q.getMessage().getChat()), userRef(q.getFrom()), q.getData()));
    }

    private void run(IncomingCommand in) {
        List<OutgoingMessage> replies = commands.handle(in, parser);
        for (OutgoingMessage reply : replies) {
            SendResult r = gateway.send(in.chat(), reply);
            if (!(r instanceof SendResult.Sent)) {
                log.warn("reply to {} not delivered: {}", in.chat(), r);
            }
        }
    }

    static ChatRef chatRef(Chat chat) {
        ChatKind kind = switch (chat.getType() == null ? "private" : chat.getType()) {
            case "group", "supergroup" -> ChatKind.GROUP;
            case "channel" -> ChatKind.CHANNEL;
            default -> ChatKind.PRIVATE;
        };
        return new ChatRef(Platform.TELEGRAM, String.valueOf(chat.getId()), kind);
    }

    static UserRef userRef(User u) {
        String name = u.getUserName() != null ? "@" + u.getUserName() : u.getFirstName();
        return new UserRef(Platform.TELEGRAM, String.valueOf(u.getId()), name);
    }
}
