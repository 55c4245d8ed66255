package dev.newsdigest.bot.chat.slack;

/**
 * Escaping for Slack's mrkdwn: {@code & < >} are the control characters, so escaping them is enough to make
 * {@code <!channel>}, {@code <@U123>} and {@code <http://evil|click>} plain text that pings nobody
 * (https://api.slack.com/reference/surfaces/formatting#escaping, RELIABILITY.md R3).
 */
public final class SlackMrkdwn {
    private SlackMrkdwn() {
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
}
