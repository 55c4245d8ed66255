package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Platform;
import java.time.Duration;

/** Told how long each known command took to answer, for the command latency metric. */
@FunctionalInterface
public interface CommandObserver {

    /** @param outcome ok, usage, refused or error */
    void handled(String command, Platform platform, Duration took, String outcome);

    CommandObserver NONE = (command, platform, took, outcome) -> { };
}
