package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.command.ChatCommands;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram side of a running bot: learns its username ({@code getMe}), publishes the command menu in the three
 * languages ({@code setMyCommands}), then receives updates by long polling (default) or by webhook.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    /** Update types we use; others are not even sent to us. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");

    private final TelegramApi api;
    private final TelegramClient client;
    private final TelegramUpdateHandler handler;
    private final BotText texts;
    private volatile TelegramBotsLongPollingApplication polling;
    private String username;

    public TelegramBot(TelegramApi api, TelegramClient client, TelegramUpdateHandler handler, BotText texts) {
        this.api = api;
        this.client = client;
        this.handler = handler;
        this.texts = texts;
    }

    /** getMe and setMyCommands; call before receiving updates. */
    public String introduce() throws TelegramApiException {
        User me = client.execute(GetMe.builder().build());
        username = me.getUserName();
        handler.setBotUsername(username);
        for (BotLanguage l : BotLanguage.values()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(menu(l));
            if (l != BotLanguage.EN) {
                b.languageCode(l.code());
            }
            client.execute(b.build());
        }
        log.info("Telegram bot @{} ready", username);
        return username;
    }

    List<BotCommand> menu(BotLanguage l) {
        List<BotCommand> menu = new ArrayList<>();
        menu.add(new BotCommand("help", shorten(texts.get(l, "help.help"))));
        for (String name : ChatCommands.userCommandNames()) {
            menu.add(new BotCommand(name, shorten(texts.get(l, "help." + name))));
        }
        return menu;
    }

    private static String shorten(String s) {
        return s.length() <= 256 ? s : s.substring(0, 255) + "…";
    }

    /** Long polling through TelegramBots' own session (offsets, back-off), against {@link TelegramApi#baseUrl()}. */
    public synchronized BotSession startLongPolling() throws TelegramApiException {
        client.execute(DeleteWebhook.builder().build()); // getUpdates refuses to work while a webhook is set
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication();
        try {
            BotSession session = app.registerBot(api.token(), api::telegramUrl,
                    new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), updates -> updates.forEach(handler::handle));
            polling = app;
            return session;
        } catch (TelegramApiException | RuntimeException e) {
            closeQuietly(app);
            throw e;
        }
    }

    /** True while this process long-polls. */
    public boolean polling() {
        return polling != null;
    }

    /**
     * Stops long polling (another instance takes over, or we stop). Updates fetched and not confirmed are handed
     * out again to the next poller, which skips those already handled (update_id in the database, I4).
     */
    public synchronized void stopLongPolling() {
        TelegramBotsLongPollingApplication app = polling;
        polling = null;
        if (app != null) {
            closeQuietly(app);
        }
    }

    private static void closeQuietly(TelegramBotsLongPollingApplication app) {
        try {
            app.close();
        } catch (Exception e) {
            log.warn("stopping long polling: {}", e.toString());
        }
    }

    /** Registers {@code publicUrl} (which must reach our {@link TelegramWebhook}) with the secret token. */
    public void startWebhook(String publicUrl, String secret) throws TelegramApiException {
        client.execute(SetWebhook.builder().url(publicUrl).secretToken(secret).allowedUpdates(ALLOWED_UPDATES).build());
        log.info("Telegram webhook set");
    }

    public String username() {
        return username;
    }

    @Override
    public void close() {
        stopLongPolling();
    }
}
