package dev.newsdigest.bot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 server on 127.0.0.1, written on plain sockets so that a behaviour can hang, drip, reset or cut a
 * response, and so that it sees the moment the client hangs up. It serves many host names on one port (the
 * {@code Host} header picks nothing; tests map names to 127.0.0.1 in DNS) and records, per host name, when each
 * exchange was in flight, to measure how many requests one host ever had at once (RELIABILITY L1).
 *
 * <p>How "in flight" is measured so that the count is never inflated by the server's own lag: an exchange starts
 * when its request head has been read; a completed exchange ends just <em>before</em> the first byte of its response
 * is written (the client cannot be done with a response it has not started to receive, so it cannot have started
 * another request in its place yet); an exchange the client abandoned ends when the server sees the hang-up, which
 * lags the client by a scheduling delay, so such ends are marked "abandoned" and {@link #maxInFlight} subtracts a
 * grace period from them.
 */
public final class HostCountingServer implements AutoCloseable {

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Behaviour {
        void serve(Exchange exchange) throws IOException, InterruptedException;
    }

    /** One in-flight period of one request. */
    private record Interval(long start, long end, boolean abandoned) {}

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "host-counting-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> routes = new ConcurrentHashMap<>();
    private final Map<String, List<Interval>> intervals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionsAccepted = new AtomicLong();
    private volatile boolean closed;

    public HostCountingServer() throws IOException {
        server = new ServerSocket(0, 512, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptLoop, "host-counting-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://host:port/path}; the host must resolve to 127.0.0.1 in the client's DNS. */
    public String url(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    public void route(String path, Behaviour behaviour) {
        routes.put(path, behaviour);
    }

    public int requests(String path) {
        AtomicInteger n = requestsByPath.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalRequests() {
        return requestsByPath.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public long connectionsAccepted() {
        return connectionsAccepted.get();
    }

    /** Client connections the server still holds open (keep-alive connections included). */
    public int openConnections() {
        return open.size();
    }

    public Set<String> hosts() {
        return Set.copyOf(intervals.keySet());
    }

    /**
     * The most requests {@code host} ever had in flight at once, as the server saw them.
     *
     * @param graceMillis how much earlier than the server noticed it a client may have hung up (abandoned exchanges)
     */
    public int maxInFlight(String host, long graceMillis) {
        List<Interval> list;
        synchronized (intervalsOf(host)) {
            list = new ArrayList<>(intervalsOf(host));
        }
        long grace = graceMillis * 1_000_000L;
        list.sort(Comparator.comparingLong(Interval::start));
        int max = 0;
        for (Interval e : list) {
            int overlapping = 1;
            for (Interval o : list) {
                long end = o.abandoned() ? o.end() - grace : o.end();
                if (o != e && o.start() <= e.start() && end > e.start()) {
                    overlapping++;
                }
            }
            max = Math.max(max, overlapping);
        }
        return max;
    }

    /** {@link #maxInFlight} over every host. */
    public int maxInFlightAnyHost(long graceMillis) {
        return hosts().stream().mapToInt(h -> maxInFlight(h, graceMillis)).max().orElse(0);
    }

    private List<Interval> intervalsOf(String host) {
        return intervals.computeIfAbsent(host, h -> new ArrayList<>());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                connectionsAccepted.incrementAndGet();
                open.add(s);
                connections.execute(() -> serveConnection(s));
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void serveConnection(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            while (!closed) {
                Request request = readRequest(in);
                if (request == null) {
                    return;   // the client closed a kept-alive connection
                }
                requestsByPath.computeIfAbsent(request.path, p -> new AtomicInteger()).incrementAndGet();
                Exchange exchange = new Exchange(socket, request);
                try {
                    Behaviour b = routes.get(request.path);
                    if (b == null) {
                        exchange.respond(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    } else {
                        b.serve(exchange);
                    }
                } catch (IOException e) {
                    exchange.end(true);
                    return;
                } catch (InterruptedException e) {
                    exchange.end(true);
                    return;
                } finally {
                    exchange.end(true);   // no-op when the behaviour ended it
                }
                if (exchange.closeAfter || "close".equalsIgnoreCase(request.headers.get("connection"))) {
                    return;
                }
            }
        } catch (IOException e) {
            // client gone; nothing to do
        } finally {
            open.remove(socket);
        }
    }

    private record Request(String method, String path, String host, Map<String, String> headers) {}

    private static Request readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4) {
            b = in.read();
            if (b == -1) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 16 * 1024) {
                throw new IOException("request head too large");
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] first = lines[0].split(" ");
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        String host = headers.getOrDefault("host", "");
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]")) {
            host = host.substring(0, colon);
        }
        String path = first.length > 1 ? first[1] : "/";
        int q = path.indexOf('?');
        return new Request(first[0], q >= 0 ? path.substring(0, q) : path, host.toLowerCase(Locale.ROOT), headers);
    }

    /** One request being served; behaviours answer through it. */
    public final class Exchange {
        private final Socket socket;
        private final Request request;
        private final long start = System.nanoTime();
        private boolean ended;
        private boolean closeAfter;

        private Exchange(Socket socket, Request request) {
            this.socket = socket;
            this.request = request;
        }

        public String host() {
            return request.host;
        }

        public String path() {
            return request.path;
        }

        /** A request header (name case-insensitive), or null. */
        public String header(String name) {
            return request.headers.get(name.toLowerCase(Locale.ROOT));
        }

        private synchronized void end(boolean abandoned) {
            if (!ended) {
                ended = true;
                List<Interval> list = intervalsOf(request.host);
                synchronized (list) {
                    list.add(new Interval(start, System.nanoTime(), abandoned));
                }
            }
        }

        /** A complete response with a Content-Length; the connection is kept alive. */
        public void respond(int code, String contentType, byte[] body, String... headerLines) throws IOException {
            end(false);
            OutputStream out = socket.getOutputStream();
            out.write(head(code, contentType, body.length, headerLines));
            out.write(body);
            out.flush();
        }

        /**
         * Waits up to {@code millis} for the client to hang up, reading nothing it sends.
         *
         * @return true when the client hung up (the exchange then ends as abandoned), false when the time passed
         */
        public boolean awaitHangUp(long millis) throws IOException {
            long until = System.nanoTime() + millis * 1_000_000L;
            InputStream in = socket.getInputStream();
            int previous = socket.getSoTimeout();
            try {
                while (true) {
                    long left = (until - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        return false;
                    }
                    socket.setSoTimeout((int) Math.max(1, left));
                    try {
                        if (in.read() == -1) {
                            end(true);
                            closeAfter = true;
                            return true;
                        }
                    } catch (SocketTimeoutException e) {
                        // time is up or nearly: the loop decides
                    } catch (SocketException e) {
                        end(true);
                        closeAfter = true;
                        return true;
                    }
                }
            } finally {
                if (!socket.isClosed()) {
                    socket.setSoTimeout(previous);
                }
            }
        }

        /**
         * Headers, then one body byte every {@code intervalMillis} for as long as the client listens (RELIABILITY
         * F4): the exchange ends, abandoned, when the client hangs up.
         */
        public void drip(String contentType, long intervalMillis) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(head(200, contentType, -1, "Transfer-Encoding: chunked"));
            out.flush();
            while (!awaitHangUp(intervalMillis)) {
                out.write("1\r\n \r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }

        /** Sends the headers of a {@code declaredLength} body, then only {@code sentLength} bytes and closes (F7). */
        public void truncate(String contentType, byte[] body, int sentLength) throws IOException {
            end(false);
            OutputStream out = socket.getOutputStream();
            out.write(head(200, contentType, body.length));
            out.write(body, 0, Math.min(sentLength, body.length));
            out.flush();
            closeAfter = true;
            socket.shutdownOutput();
        }

        /** Bytes that are not HTTP, then the connection closes (a confused proxy; F7). */
        public void garbageThenClose() throws IOException {
            end(false);
            closeAfter = true;
            OutputStream out = socket.getOutputStream();
            out.write("SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
        }

        /** Resets the connection without a response (RST: SO_LINGER 0), as a crashed proxy would (F7). */
        public void reset() throws IOException {
            end(false);
            closeAfter = true;
            socket.setSoLinger(true, 0);
            socket.close();
        }

        private byte[] head(int code, String contentType, long length, String... headerLines) {
            StringBuilder b = new StringBuilder("HTTP/1.1 ").append(code).append(' ').append(reason(code)).append("\r\n");
            if (contentType != null) {
                b.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (length >= 0) {
                b.append("Content-Length: ").append(length).append("\r\n");
            }
            for (String h : headerLines) {
                b.append(h).append("\r\n");
            }
            return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static String reason(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        connections.shutdownNow();
    }
}
