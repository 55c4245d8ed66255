package dev.newsdigest.bot.chat.message;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for links we put in front of users: only absolute {@code http} and {@code https} URLs with a host.
 * {@code javascript:}, {@code tg:}, {@code data:} and relative or malformed URLs are dropped (RELIABILITY.md R2);
 * the link text is still shown.
 */
public final class SafeUrl {
    private SafeUrl() {
    }

    /** The URL if it may be linked, trimmed; empty otherwise. */
    public static Optional<String> check(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.strip();
        if (u.isEmpty() || u.length() > 2048 || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(encodeIllegal(u));
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes the ASCII characters RFC 3986 never allows (feeds do publish them), as browsers do. */
    private static String encodeIllegal(String u) {
        StringBuilder sb = new StringBuilder(u.length() + 8);
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (" \"<>\\^`{|}".indexOf(c) >= 0) {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
