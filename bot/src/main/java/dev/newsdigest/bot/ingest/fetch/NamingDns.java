package dev.newsdigest.bot.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves through a delegate and stamps every address with the name that was asked for, so the dial-time check in
 * {@link GuardedSocketFactory} can match {@code allowHosts} name entries by the name the URL used, never by a name a
 * DNS server chose.
 */
final class NamingDns implements Dns {
    private final Dns delegate;

    NamingDns(Dns delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> found = delegate.lookup(hostname);
        if (found == null || found.isEmpty()) {
            throw new UnknownHostException(hostname);
        }
        List<InetAddress> named = new ArrayList<>(found.size());
        for (InetAddress a : found) {
            named.add(InetAddress.getByAddress(hostname, a.getAddress()));
        }
        return named;
    }
}
