package dev.newsdigest.bot.ingest.fetch;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits and network policy for {@link HttpFetcher}. Safe by default: private networks refused, a deadline that
 * covers the body, a byte budget counted after decompression.
 *
 * @param connectTimeout       TCP (and TLS) connect budget per address tried (RELIABILITY F2)
 * @param deadline             total budget for one fetch, all redirect hops and the whole body included (F3, F4)
 * @param maxBodyBytes         byte budget for the body AFTER gzip/deflate decoding (F5, F6)
 * @param maxRedirects         redirects followed (each hop re-checked by the SSRF guard) before giving up (F10)
 * @param userAgent            sent on every request; identifies the bot and where to read about it
 * @param allowPrivateNetworks true lets the bot reach loopback and private networks (S7; for a bot inside a LAN);
 *                             link-local addresses (cloud metadata, 169.254.169.254) stay refused unless listed
 *                             in {@code allowHosts}
 * @param allowHosts           destinations exempt from the block: {@code host} or {@code host:port}, names or IP
 *                             literals ({@code rss-bridge.local}, {@code 127.0.0.1:8080}, {@code [::1]:8080})
 * @param proxy                egress HTTP proxy, or null for direct connections; the proxy is a trusted hop (S7)
 */
public record FetchSettings(Duration connectTimeout, Duration deadline, long maxBodyBytes, int maxRedirects,
                            String userAgent, boolean allowPrivateNetworks, Set<String> allowHosts, Proxy proxy) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BODY_BYTES = 15L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** Where a site operator who sees us in their logs can read what the bot is. */
    public static final String PROJECT_URL = "https://github.com/newsdigest/newsdigest";

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(deadline, "deadline");
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2 GiB, was " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20, was " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = defaultUserAgent();
        }
        if (!userAgent.matches("[\\x20-\\x7E]{1,512}")) {
            throw new IllegalArgumentException("userAgent must be printable ASCII, at most 512 characters");
        }
        allowHosts = allowHosts == null ? Set.of()
                : allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        HostExemptions.of(allowHosts);   // fail at configuration time on an unreadable entry, not at the first fetch
        if (proxy != null && proxy.type() != Proxy.Type.DIRECT && !(proxy.address() instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("proxy needs a host and port");
        }
        if (proxy != null && proxy.type() == Proxy.Type.DIRECT) {
            proxy = null;
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_REDIRECTS, defaultUserAgent(), false, Set.of(), null);
    }

    /** {@code newsdigest/<version> (+<project url>)}; the version comes from the jar manifest. */
    public static String defaultUserAgent() {
        String version = FetchSettings.class.getPackage().getImplementationVersion();
        return "newsdigest/" + (version == null ? "dev" : version) + " (+" + PROJECT_URL + ")";
    }

    public FetchSettings withConnectTimeout(Duration value) {
        return new FetchSettings(value, deadline, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks, allowHosts, proxy);
    }

    public FetchSettings withDeadline(Duration value) {
        return new FetchSettings(connectTimeout, value, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks, allowHosts, proxy);
    }

    public FetchSettings withMaxBodyBytes(long value) {
        return new FetchSettings(connectTimeout, deadline, value, maxRedirects, userAgent, allowPrivateNetworks, allowHosts, proxy);
    }

    public FetchSettings withMaxRedirects(int value) {
        return new FetchSettings(connectTimeout, deadline, maxBodyBytes, value, userAgent, allowPrivateNetworks, allowHosts, proxy);
    }

    public FetchSettings withUserAgent(String value) {
        return new FetchSettings(connectTimeout, deadline, maxBodyBytes, maxRedirects, value, allowPrivateNetworks, allowHosts, proxy);
    }

    public FetchSettings withAllowPrivateNetworks(boolean value) {
        return new FetchSettings(connectTimeout, deadline, maxBodyBytes, maxRedirects, userAgent, value, allowHosts, proxy);
    }

    public FetchSettings withAllowHosts(Set<String> value) {
        return new FetchSettings(connectTimeout, deadline, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks, value, proxy);
    }

    public FetchSettings withProxy(Proxy value) {
        return new FetchSettings(connectTimeout, deadline, maxBodyBytes, maxRedirects, userAgent, allowPrivateNetworks, allowHosts, value);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
