package dev.newsdigest.bot.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, decoding gzip or deflate ourselves so the byte budget applies to the DECODED bytes: a
 * 10 MB gzip that inflates to 10 GB stops at the budget (RELIABILITY F6; miniflux decompresses, then
 * {@code MaxBytesReader}). Reads in small chunks and keeps at most {@code limit} bytes, so heap stays flat.
 */
final class BoundedBodyReader {
    private static final int CHUNK = 16 * 1024;

    private BoundedBodyReader() {}

    static byte[] read(InputStream wire, String contentEncoding, long limit) throws IOException {
        return read(wire, contentEncoding, limit, -1);
    }

    /**
     * @param wire            the body exactly as it came off the wire (OkHttp's transparent gzip is off)
     * @param contentEncoding the Content-Encoding header, or null
     * @param limit           the most decoded bytes to accept
     * @param expectedLength  the Content-Length of an unencoded body, to size the buffer once; -1 when unknown
     * @throws BodyTooLargeException once more than {@code limit} decoded bytes arrive
     */
    static byte[] read(InputStream wire, String contentEncoding, long limit, long expectedLength) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(wire, CHUNK);
        raw.mark(1);
        if (raw.read() == -1) {
            return new byte[0];   // an empty body says "gzip" as often as not; it is empty, not corrupt
        }
        raw.reset();
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                return readCapped(raw, limit, expectedLength);
            }
            case "gzip", "x-gzip" -> {
                try (GZIPInputStream in = new GZIPInputStream(notClosing(raw), CHUNK)) {
                    return readCapped(in, limit, -1);
                }
            }
            case "deflate" -> {
                return inflate(raw, limit);
            }
            default -> throw new UnsupportedEncodingHeaderException(encoding);
        }
    }

    /**
     * HTTP "deflate" is meant to be zlib-wrapped (RFC 9110 8.4.1.2) but some servers send raw deflate; the zlib
     * header's checksum tells the two apart.
     */
    private static byte[] inflate(BufferedInputStream in, long limit) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try (InflaterInputStream inflating = new InflaterInputStream(notClosing(in), inflater, CHUNK)) {
            return readCapped(inflating, limit, -1);
        } finally {
            inflater.end();   // we created it, so InflaterInputStream.close() will not free its native memory
        }
    }

    /**
     * Closing a decoder frees its native inflater but must not close the response body: on an oversized body the
     * caller cancels the call first, and a close here would make OkHttp drain the rest to save the connection.
     */
    private static InputStream notClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the response owns the body stream
            }
        };
    }

    static byte[] readCapped(InputStream in, long limit, long expectedLength) throws IOException {
        long initial = expectedLength >= 0 && expectedLength <= limit ? expectedLength + 1 : 64 * 1024;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit + 1, initial));
        byte[] buf = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
