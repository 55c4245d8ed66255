package dev.newsdigest.bot.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A local address whose connects hang (RELIABILITY F2) without sending a packet off this machine: a listening
 * socket that never accepts, with its accept queue filled, so the kernel drops further SYNs and the next connect
 * waits until the client's connect timeout.
 */
final class BlackHole implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();
    private final boolean full;

    BlackHole() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        boolean filled = false;
        for (int i = 0; i < 32 && !filled; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", server.getLocalPort()), 300);
                fillers.add(s);
            } catch (SocketTimeoutException e) {
                s.close();
                filled = true;
            }
        }
        full = filled;
    }

    /** False when this kernel kept accepting into the queue; the caller should skip rather than pass vacuously. */
    boolean isBlackHoled() {
        return full;
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        server.close();
    }
}
