package dev.newsdigest.bot.chat;

/** The chat platforms the bot talks to. {@link #CONSOLE} is the local terminal adapter (one chat, one admin). */
public enum Platform {
    TELEGRAM, SLACK, CONSOLE;

    /** Lower-case name used in storage and configuration ({@code telegram}, {@code slack}, {@code console}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Platform fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
