package dev.newsdigest.bot.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Hands OkHttp sockets that ask the {@link NetworkGuard} before they connect. OkHttp connects every plain socket
 * (direct, HTTP proxy, and the one TLS is layered on) through its socket factory, so this is the one place that
 * sees each address actually dialled, after DNS and on every redirect hop (RELIABILITY S4, S5).
 */
final class GuardedSocketFactory extends SocketFactory {
    private final NetworkGuard guard;

    GuardedSocketFactory(NetworkGuard guard) {
        this.guard = guard;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(guard);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket s = new GuardedSocket(guard);
        s.bind(new InetSocketAddress(localHost, localPort));
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket s = new GuardedSocket(guard);
        s.bind(new InetSocketAddress(localAddress, localPort));
        s.connect(new InetSocketAddress(address, port));
        return s;
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket s = new GuardedSocket(guard);
        try {
            s.connect(target);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private static final class GuardedSocket extends Socket {
        private final NetworkGuard guard;

        GuardedSocket(NetworkGuard guard) {
            this.guard = guard;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target)) {
                throw new RefusedAddressException("refused: not an IP socket address");
            }
            guard.checkDial(target);
            super.connect(endpoint, timeout);
        }
    }
}
