package dev.newsdigest.bot.app;

import dev.newsdigest.digest.DigestEngine;

/** One digest engine per process: its dictionaries are loaded once, on first use. */
final class EngineHolder {
    private EngineHolder() {}

    private static final class Lazy {
        static final DigestEngine ENGINE = DigestEngine.create();
    }

    static DigestEngine engine() {
        return Lazy.ENGINE;
    }
}
