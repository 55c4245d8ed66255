package dev.newsdigest.bot.ingest.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Says whether an IP address is one a feed fetcher must never dial when private networks are not allowed, and
 * why. The lists follow the IANA special-purpose registries (RFC 6890, RFC 6598 for CGNAT, RFC 4193 for unique
 * local IPv6) and miniflux {@code IsNonPublicIP}; IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64,
 * 6to4) are judged by the IPv4 address inside (CVE-2026-33480 was an IPv4-mapped bypass).
 */
final class NonPublicAddresses {
    /** Prefix of the classifications of link-local addresses, where cloud metadata services answer. */
    static final String LINK_LOCAL = "link-local";

    private NonPublicAddresses() {}

    /** Link-local, in any spelling (mapped, NAT64, 6to4 included): never a feed, whatever the settings. */
    static boolean isLinkLocal(InetAddress address) {
        return classify(address).filter(why -> why.startsWith(LINK_LOCAL)).isPresent();
    }

    /** A short classification such as "loopback" or "private network", or empty for a public address. */
    static Optional<String> classify(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? classifyV4(b) : classifyV6(b);
    }

    static boolean isPublic(InetAddress address) {
        return classify(address).isEmpty();
    }

    private static Optional<String> classifyV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return Optional.of("unspecified address");          // 0.0.0.0/8: "this network", dials localhost on Linux
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private network");
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return Optional.of("private network (carrier-grade NAT)");   // 100.64.0.0/10, RFC 6598
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of(LINK_LOCAL + " (cloud metadata)");          // 169.254.169.254 lives here
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("reserved address");                     // 192.0.0.0/24 IETF protocol assignments
        }
        if (a0 == 198 && (a1 & 0xFE) == 18) {
            return Optional.of("reserved address");                     // 198.18.0.0/15 benchmarking
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast");
        }
        if (a0 >= 240) {
            return Optional.of("reserved address");                     // 240.0.0.0/4 and 255.255.255.255
        }
        return Optional.empty();
    }

    private static Optional<String> classifyV6(byte[] b) {
        if (allZero(b, 0, 16)) {
            return Optional.of("unspecified address");
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return Optional.of("loopback");
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): judge the IPv4 address inside.
        if (allZero(b, 0, 10) && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
            return classifyV4(slice(b, 12));
        }
        // 64:ff9b::/96 well-known NAT64 prefix: the gateway would dial the embedded IPv4 address.
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && allZero(b, 4, 12)) {
            return classifyV4(slice(b, 12));
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && b[4] == 0 && b[5] == 1) {
            return Optional.of("private network (local NAT64)");      // 64:ff9b:1::/48, RFC 8215
        }
        // 2002::/16 6to4 embeds an IPv4 address in bytes 2..5.
        if (b[0] == 0x20 && b[1] == 0x02) {
            Optional<String> inner = classifyV4(slice(b, 2));
            if (inner.isPresent()) {
                return inner;
            }
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("reserved address");                  // 2001::/32 Teredo tunnels to obfuscated IPv4
        }
        if (b[0] == 0x01 && b[1] == 0 && allZero(b, 2, 8)) {
            return Optional.of("reserved address");                  // 100::/64 discard-only
        }
        int top = b[0] & 0xFF;
        if ((top & 0xFE) == 0xFC) {
            return Optional.of("private network (unique local)");    // fc00::/7
        }
        if (top == 0xFE && (b[1] & 0xC0) == 0x80) {
            return Optional.of(LINK_LOCAL);                         // fe80::/10
        }
        if (top == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return Optional.of("private network (site-local)");      // fec0::/10, deprecated but still routed inside sites
        }
        if (top == 0xFF) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    /** For messages: IPv4 addresses only, never the raw IPv6 bytes of a mapped address. */
    static boolean isV4(InetAddress address) {
        return address instanceof Inet4Address;
    }
}
