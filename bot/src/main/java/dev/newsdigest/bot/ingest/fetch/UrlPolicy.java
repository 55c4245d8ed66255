package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * The friendly, early half of the SSRF guard, for {@code /addsource}, {@code sources add} and config validation:
 * tells an admin at once that a URL will never be fetched. {@link HttpFetcher} re-checks every hop and, decisively,
 * every address it dials, so passing here is necessary but not sufficient (a name may later resolve elsewhere).
 *
 * <pre>{@code
 * UrlPolicy policy = new UrlPolicy(settings);   // same FetchSettings the fetcher uses
 * URI uri = policy.check(text);                 // throws RefusedUrlException("refused: private network")
 * }</pre>
 */
public final class UrlPolicy {
    private final NetworkGuard guard;
    private final Dns dns;

    public UrlPolicy(FetchSettings settings) {
        this(settings, Dns.SYSTEM);
    }

    UrlPolicy(FetchSettings settings, Dns dns) {
        this(new NetworkGuard(settings), dns);
    }

    UrlPolicy(NetworkGuard guard, Dns dns) {
        this.guard = guard;
        this.dns = dns;
    }

    /** The policy of {@link FetchSettings#defaults()}: no private networks, no exemptions. */
    public static UrlPolicy defaults() {
        return new UrlPolicy(FetchSettings.defaults());
    }

    /**
     * Checks the URL's form and scheme, its host name or literal, then resolves the host and requires every address
     * to be allowed.
     *
     * @return the URL as a {@link URI} in OkHttp's canonical form (lower-case host, IDN as punycode)
     * @throws RefusedUrlException reason {@link FailureReason#REFUSED} with a message such as "refused: loopback",
     *                             or {@link FailureReason#DNS} when the host does not resolve
     */
    public URI check(String url) throws RefusedUrlException {
        HttpUrl parsed = checkWithoutDns(url);
        if (HostLiterals.parse(parsed.host()).isPresent() || guard.isExempt(parsed.host(), parsed.port())) {
            return parsed.uri();   // a literal was judged already; an exempt host or allowPrivateNetworks needs no DNS
        }
        List<InetAddress> addresses;
        try {
            addresses = dns.lookup(parsed.host());
        } catch (UnknownHostException e) {
            throw new RefusedUrlException(FailureReason.DNS, "host not found: " + parsed.host());
        }
        for (InetAddress a : addresses) {
            Optional<String> refusal = guard.refusalForAddress(parsed.host(), a, parsed.port());
            if (refusal.isPresent()) {
                throw new RefusedUrlException(FailureReason.REFUSED, refusal.get());
            }
        }
        return parsed.uri();
    }

    /** The checks that need no network: form, scheme, internal names, IP literals in every spelling. */
    HttpUrl checkWithoutDns(String url) throws RefusedUrlException {
        if (url == null || url.isBlank()) {
            throw new RefusedUrlException(FailureReason.REFUSED, "refused: empty URL");
        }
        String scheme = scheme(url.strip());
        if (!NetworkGuard.isFetchableScheme(scheme)) {
            throw new RefusedUrlException(FailureReason.REFUSED, "refused: only http and https URLs are fetched"
                    + (scheme == null ? "" : " (got " + scheme + ":)"));
        }
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new RefusedUrlException(FailureReason.REFUSED, "refused: not a valid URL");
        }
        Optional<String> refusal = guard.refusalBeforeDns(parsed.host(), parsed.port());
        if (refusal.isPresent()) {
            throw new RefusedUrlException(FailureReason.REFUSED, refusal.get());
        }
        return parsed;
    }

    /** Same checks for a URI already parsed (a redirect target). */
    HttpUrl checkWithoutDns(URI uri) throws RefusedUrlException {
        return checkWithoutDns(uri.toString());
    }

    private static String scheme(String url) {
        try {
            String s = new URI(url).getScheme();
            if (s != null) {
                return s;
            }
        } catch (URISyntaxException e) {
            // fall through to a plain prefix read: "javascript:alert(1)" and friends still have a scheme
        }
        int colon = url.indexOf(':');
        if (colon > 0 && url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return url.substring(0, colon);
        }
        return null;
    }
}
