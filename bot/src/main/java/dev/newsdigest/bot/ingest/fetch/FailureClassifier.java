package dev.newsdigest.bot.ingest.fetch;

import dev.newsdigest.bot.ingest.fetch.FetchResult.Failed;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Turns an I/O failure into a {@link Failed} with a fixed, admin-safe message. Messages come from this class, not
 * from the exception, because OkHttp's texts can quote bytes the server sent ("Unexpected status line: …") and an
 * admin must never see a response body through an error (RELIABILITY S8; miniflux {@code LocalizedError}).
 */
final class FailureClassifier {
    private FailureClassifier() {}

    static Failed classify(IOException e, boolean deadlinePassed) {
        RefusedAddressException refused = find(e, RefusedAddressException.class);
        if (refused != null) {
            return new Failed(FailureReason.REFUSED, refused.getMessage());
        }
        BodyTooLargeException tooLarge = find(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return new Failed(FailureReason.TOO_LARGE, tooLarge.getMessage());
        }
        UnsupportedEncodingHeaderException encoding = find(e, UnsupportedEncodingHeaderException.class);
        if (encoding != null) {
            return new Failed(FailureReason.NETWORK, encoding.getMessage());
        }
        if (find(e, SSLException.class) != null || find(e, CertificateException.class) != null) {
            return new Failed(FailureReason.TLS, "TLS failed: " + tlsDetail(e));
        }
        if (find(e, UnknownHostException.class) != null) {
            return new Failed(FailureReason.DNS, "host not found");
        }
        SocketTimeoutException timeout = find(e, SocketTimeoutException.class);
        if (timeout != null && String.valueOf(timeout.getMessage()).toLowerCase().contains("connect")) {
            return new Failed(FailureReason.TIMEOUT, "connect timed out");
        }
        if (deadlinePassed || timeout != null || isOkHttpCallTimeout(e)) {
            return new Failed(FailureReason.TIMEOUT, "no complete response before the deadline");
        }
        if (find(e, ConnectException.class) != null || find(e, NoRouteToHostException.class) != null) {
            return new Failed(FailureReason.NETWORK, "connection refused");
        }
        if (find(e, ZipException.class) != null) {
            return new Failed(FailureReason.NETWORK, "corrupt compressed body");
        }
        if (find(e, ProtocolException.class) != null) {
            return new Failed(FailureReason.NETWORK, "malformed HTTP response");
        }
        if (find(e, EOFException.class) != null) {
            return new Failed(FailureReason.NETWORK, "connection closed before the response was complete");
        }
        return new Failed(FailureReason.NETWORK, "connection failed (" + e.getClass().getSimpleName() + ")");
    }

    /** OkHttp reports its call timeout as a bare InterruptedIOException("timeout"). */
    private static boolean isOkHttpCallTimeout(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException && "timeout".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Certificate problems are the admin's business and contain nothing the server chose beyond its certificate. */
    private static String tlsDetail(IOException e) {
        if (find(e, CertificateException.class) != null) {
            return "certificate not trusted";
        }
        if (e instanceof javax.net.ssl.SSLPeerUnverifiedException || find(e, javax.net.ssl.SSLPeerUnverifiedException.class) != null) {
            return "certificate does not match the host name";
        }
        return "handshake failed";
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable s : t.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }
}
