package dev.newsdigest.bot.chat;

/**
 * What kind of conversation a chat is. It matters for rate limits: Telegram allows about one message a second
 * in a private chat but only twenty a minute in a group (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
 */
public enum ChatKind {
    PRIVATE, GROUP, CHANNEL
}
