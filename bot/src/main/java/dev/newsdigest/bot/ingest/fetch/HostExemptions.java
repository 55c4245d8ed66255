package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code fetch.allowHosts} list: destinations an operator exempted from the private-network block (a local
 * rss-bridge, a test feed on 127.0.0.1). An entry is a name or an IP literal, optionally with a port, so an
 * exemption can be as narrow as one service: {@code 127.0.0.1:8080} does not exempt {@code 127.0.0.1:22}.
 *
 * <p>A name entry matches only the name the URL asked for, never whatever else resolves to the same address; an
 * IP entry matches that address however it was reached.
 */
final class HostExemptions {
    private static final int ANY_PORT = -1;

    private record Entry(String name, InetAddress address, int port) {
        boolean matches(String host, InetAddress dialled, int dialledPort) {
            if (port != ANY_PORT && port != dialledPort) {
                return false;
            }
            if (address != null) {
                return address.equals(dialled);
            }
            return host != null && name.equals(host);
        }
    }

    private final List<Entry> entries;

    private HostExemptions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static HostExemptions of(Collection<String> specs) {
        List<Entry> entries = new ArrayList<>();
        for (String spec : specs) {
            entries.add(parse(spec));
        }
        return new HostExemptions(entries);
    }

    HostExemptions plus(String host, int port) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(entry(host, port));
        return new HostExemptions(more);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param host    the host name as the URL spelled it (or an address literal), may be null
     * @param address the address being dialled or the literal the host spells, may be null
     */
    boolean exempts(String host, InetAddress address, int port) {
        String h = normalize(host);
        for (Entry e : entries) {
            if (e.matches(h, address, port)) {
                return true;
            }
        }
        return false;
    }

    private static Entry parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty allowHosts entry");
        }
        String host = s;
        int port = ANY_PORT;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("allowHosts entry '" + spec + "': unclosed [");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (rest.startsWith(":")) {
                port = port(rest.substring(1), spec);
            } else if (!rest.isEmpty()) {
                throw new IllegalArgumentException("allowHosts entry '" + spec + "': unexpected '" + rest + "'");
            }
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            int colon = s.indexOf(':');
            host = s.substring(0, colon);
            port = port(s.substring(colon + 1), spec);
        }
        return entry(host, port);
    }

    private static Entry entry(String host, int port) {
        String h = normalize(host);
        Optional<InetAddress> literal = HostLiterals.parse(h);
        return literal.map(a -> new Entry(null, a, port)).orElseGet(() -> new Entry(h, null, port));
    }

    private static int port(String text, String spec) {
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("allowHosts entry '" + spec + "': bad port '" + text + "'");
        }
    }

    private static String normalize(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
