package dev.newsdigest.bot.chat.telegram;

/**
 * Escaping for Telegram's HTML parse mode. Telegram knows only {@code &lt; &gt; &amp; &quot;} and numeric
 * entities, so only {@code & < >} are replaced in text (https://core.telegram.org/bots/api#html-style); a general
 * HTML escaper (escapeHtml4) would emit entities like {@code &eacute;} that Telegram rejects (R1).
 */
public final class TelegramHtml {
    private TelegramHtml() {
    }

    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** For a double-quoted attribute value (href): text escaping plus {@code "}. */
    public static String attribute(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
