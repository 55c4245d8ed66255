package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a URL host that is an IP literal, in every spelling the C resolver accepts. {@code inet_aton} (which
 * {@code getaddrinfo} falls back to) takes {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1} and {@code 127.1}
 * all as 127.0.0.1, so a guard that only knows dotted decimal is bypassed (RELIABILITY S3).
 */
final class HostLiterals {
    private HostLiterals() {}

    /** The address the host spells, or empty when it is a name that needs DNS. Never does a DNS lookup. */
    static Optional<InetAddress> parse(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host;
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return parseV6(h);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);   // "127.0.0.1." resolves like "127.0.0.1"
        }
        return parseV4Lenient(h).map(HostLiterals::v4);
    }

    private static Optional<InetAddress> parseV6(String h) {
        // Only hex digits, colons, dots (embedded IPv4) and a zone id may appear; anything else is not a literal,
        // and checking first keeps InetAddress.getByName from ever falling back to a DNS lookup.
        String literal = h;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** inet_aton rules: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
    static Optional<byte[]> parseV4Lenient(String h) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (!lower.matches("[0-9a-fx.]+") || lower.startsWith(".") || lower.contains("..")) {
            return Optional.empty();
        }
        String[] parts = lower.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                return Optional.empty();
            }
            values[i] = v;
        }
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xFF) {
                return Optional.empty();
            }
        }
        int restBytes = 4 - (values.length - 1);
        long last = values[values.length - 1];
        if (last >= (1L << (8 * restBytes))) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < values.length - 1; i++) {
            out[i] = (byte) values[i];
        }
        for (int i = 0; i < restBytes; i++) {
            out[3 - i] = (byte) (last >>> (8 * i));
        }
        return Optional.of(out);
    }

    private static Long number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        try {
            if (part.startsWith("0x")) {
                String hex = part.substring(2);
                if (hex.isEmpty()) {
                    return 0L;   // glibc reads a bare "0x" as zero
                }
                if (hex.length() > 8) {
                    return null;
                }
                return Long.parseLong(hex, 16);
            }
            if (part.contains("x") || part.matches(".*[a-f].*")) {
                return null;
            }
            if (part.length() > 12) {
                return null;
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return part.matches("[0-7]+") ? Long.parseLong(part, 8) : null;
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
