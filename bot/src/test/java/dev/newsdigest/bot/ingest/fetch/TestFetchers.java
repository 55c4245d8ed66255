package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;

/** Real {@link HttpFetcher}s for tests in other packages, with a scripted DNS (the only thing faked). */
public final class TestFetchers {
    private TestFetchers() {}

    /**
     * A fetcher whose DNS answers from {@code addresses} (host name to IP literal) and fails for any other name, so
     * a test can give many host names to a few local servers and point others at private addresses.
     */
    public static HttpFetcher withDns(FetchSettings settings, Map<String, String> addresses) {
        Dns dns = host -> {
            String ip = addresses.get(host);
            if (ip == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(ip));
        };
        return new HttpFetcher(settings, dns, Clock.systemUTC(), b -> {});
    }

    /** Connections held by a call right now (0 when no fetch runs, unless a response was leaked). */
    public static int connectionsInUse(HttpFetcher fetcher) {
        return fetcher.connectionsInUse();
    }

    /** For tests: connections the fetcher's pool holds (idle and in use). */
    public static int pooledConnections(HttpFetcher fetcher) {
        return fetcher.pooledConnections();
    }
}
