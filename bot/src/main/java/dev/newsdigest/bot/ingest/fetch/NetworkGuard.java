package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SSRF policy of RELIABILITY S1–S8 in one place. Two checks use it:
 * <ul>
 *   <li>{@link #refusalBeforeDns} on every URL and redirect hop before any connection: scheme, internal names
 *       ({@code localhost}, {@code metadata.google.internal}), IP literals in every spelling;</li>
 *   <li>{@link #checkDial} on the address a socket is about to connect to. This is the authoritative one: it sees
 *       the address actually dialled, so DNS rebinding (S5) and names that resolve to private addresses fail.</li>
 * </ul>
 * Exempt destinations ({@code allowHosts}, the configured proxy) pass both. {@code allowPrivateNetworks} turns the
 * block off for loopback and private ranges but not for link-local addresses and the metadata host names: a bot
 * allowed into its LAN still has no business with 169.254.169.254, which hands out cloud credentials. Listing such
 * a destination in {@code allowHosts} is the only way to reach it. Schemes are always enforced.
 */
final class NetworkGuard {
    /** Names that only mean something inside a network; no public feed lives under them. */
    private static final Set<String> INTERNAL_SUFFIXES = Set.of(".local", ".internal", ".localdomain", ".home.arpa", ".lan", ".intranet");
    private static final Set<String> INTERNAL_NAMES = Set.of("metadata.goog", "metadata.google.internal", "instance-data");

    private final boolean allowPrivateNetworks;
    private final HostExemptions exemptions;

    NetworkGuard(FetchSettings settings) {
        this.allowPrivateNetworks = settings.allowPrivateNetworks();
        HostExemptions ex = HostExemptions.of(settings.allowHosts());
        if (settings.proxy() != null && settings.proxy().address() instanceof InetSocketAddress proxy) {
            // The operator's egress proxy is a trusted hop (S7); it usually lives on a private address.
            ex = ex.plus(proxy.getHostString(), proxy.getPort());
        }
        this.exemptions = ex;
    }

    static boolean isFetchableScheme(String scheme) {
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    /** Refusal for a URL host, judged without DNS; empty when the host may be tried (and dialled under {@link #checkDial}). */
    Optional<String> refusalBeforeDns(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        Optional<InetAddress> literal = HostLiterals.parse(h);
        if (exemptions.exempts(h, literal.orElse(null), port)) {
            return Optional.empty();
        }
        if (literal.isPresent()) {
            return refusalForAddress(h, literal.get(), port);
        }
        if (INTERNAL_NAMES.contains(h)) {
            return Optional.of(refused("cloud metadata host"));
        }
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return Optional.of(refused("loopback"));
        }
        if (h.indexOf('.') < 0 || INTERNAL_SUFFIXES.stream().anyMatch(h::endsWith)) {
            return Optional.of(refused("internal host name"));
        }
        return Optional.empty();
    }

    /** True when the host needs no address check because it is in allowHosts. */
    boolean isExempt(String host, int port) {
        return exemptions.exempts(host, null, port);
    }

    /** Refusal for an address a name resolved to; empty when it may be dialled. */
    Optional<String> refusalForAddress(String host, InetAddress address, int port) {
        if (exemptions.exempts(host, address, port)) {
            return Optional.empty();
        }
        if (allowPrivateNetworks && !NonPublicAddresses.isLinkLocal(address)) {
            return Optional.empty();
        }
        return NonPublicAddresses.classify(address).map(NetworkGuard::refused);
    }

    /**
     * Called by {@link GuardedSocketFactory} right before {@code connect}. The host string is the name the URL asked
     * for ({@link NamingDns} keeps it on every resolved address) or the literal itself.
     */
    void checkDial(InetSocketAddress target) throws RefusedAddressException {
        if (target.isUnresolved()) {
            // Never let the socket layer resolve a name behind our back.
            throw new RefusedAddressException("refused: unresolved address");
        }
        Optional<String> refusal = refusalForAddress(target.getHostString(), target.getAddress(), target.getPort());
        if (refusal.isPresent()) {
            throw new RefusedAddressException(refusal.get());
        }
    }

    static String refused(String why) {
        return "refused: " + why;
    }
}
