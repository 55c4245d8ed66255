package dev.newsdigest.bot.chat.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict model of Telegram's HTML parse mode (https://core.telegram.org/bots/api#html-style), stricter than the
 * real one where the real one is lenient: only the documented tags, only {@code &lt; &gt; &amp; &quot;} and
 * numeric entities, no bare {@code < > &}, every tag closed in order. {@link #parse} returns the text a user would
 * see, or throws with Telegram's error wording ("can't parse entities"). The fake Bot API uses it for every send.
 */
public final class StrictTelegramHtml {

    static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code",
            "pre", "blockquote", "tg-spoiler", "span");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern HREF = Pattern.compile("a\\s+href=\"([^\"]*)\"");

    public static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError(String message) {
            super("Bad Request: can't parse entities: " + message);
        }
    }

    /** What a message shows: its text and the links in it. */
    public record Parsed(String text, List<String> hrefs) {
    }

    private StrictTelegramHtml() {
    }

    public static Parsed parse(String html) {
        StringBuilder out = new StringBuilder();
        List<String> hrefs = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new ParseError("unclosed start tag at byte offset " + i);
                }
                String tag = html.substring(i + 1, end);
                if (tag.startsWith("/")) {
                    String name = tag.substring(1);
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        throw new ParseError("unmatched end tag \"" + name + "\" at byte offset " + i);
                    }
                    open.pop();
                } else {
                    String name = tag.split("\\s", 2)[0];
                    if (!TAGS.contains(name)) {
                        throw new ParseError("unsupported start tag \"" + name + "\" at byte offset " + i);
                    }
                    if (name.equals("a")) {
                        Matcher m = HREF.matcher(tag);
                        if (!m.matches()) {
                            throw new ParseError("bad a tag at byte offset " + i);
                        }
                        hrefs.add(decode(m.group(1), i));
                    } else if (!tag.equals(name)) {
                        throw new ParseError("unexpected attributes at byte offset " + i);
                    }
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html);
                if (!m.find(i) || m.start() != i) {
                    throw new ParseError("unsupported entity at byte offset " + i);
                }
                out.append(entity(m.group(1)));
                i = m.end();
            } else if (c == '>') {
                throw new ParseError("unescaped > at byte offset " + i);
            } else {
                out.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new ParseError("can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return new Parsed(out.toString(), hrefs);
    }

    private static String decode(String attr, int at) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < attr.length()) {
            char c = attr.charAt(i);
            if (c == '&') {
                Matcher m = ENTITY.matcher(attr);
                if (!m.find(i) || m.start() != i) {
                    throw new ParseError("unsupported entity in attribute at byte offset " + at);
                }
                sb.append(entity(m.group(1)));
                i = m.end();
            } else if (c == '<' || c == '>') {
                throw new ParseError("unescaped " + c + " in attribute at byte offset " + at);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> name.startsWith("#x")
                    ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                    : new String(Character.toChars(Integer.parseInt(name.substring(1))));
        };
    }
}
