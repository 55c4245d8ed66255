package dev.newsdigest.bot.ingest.feed;

import java.nio.charset.Charset;

/**
 * A body turned into text.
 *
 * @param text    the characters, without a byte-order mark
 * @param charset the charset used
 * @param how     which rule chose it ("override", "bom", "utf-8", "header", "xml prolog", "meta", "guessed"), for logs
 */
record DecodedText(String text, Charset charset, String how) {}
