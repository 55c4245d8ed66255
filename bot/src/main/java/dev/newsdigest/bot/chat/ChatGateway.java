package dev.newsdigest.bot.chat;

import dev.newsdigest.bot.chat.message.OutgoingMessage;

/**
 * The port every chat platform implements: post one platform-neutral message to one chat. Implementations render
 * the message (only they know HTML or mrkdwn), call the platform once per part, and classify the outcome; they do
 * not retry, queue or rate-limit: that lives once, in the delivery relay.
 */
public interface ChatGateway {

    Platform platform();

    /**
     * Posts {@code message} to {@code chat}, skipping the first {@code skipParts} rendered parts (they were confirmed
     * by an earlier attempt; see {@link SendResult#partsSent()}). Never throws for platform or network errors.
     */
    SendResult send(ChatRef chat, OutgoingMessage message, int skipParts);

    default SendResult send(ChatRef chat, OutgoingMessage message) {
        return send(chat, message, 0);
    }
}
