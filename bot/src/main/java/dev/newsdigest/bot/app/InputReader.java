package dev.newsdigest.bot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one {@code digest} input: a file path or {@code -} for standard input, with a byte budget. */
final class InputReader {
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private InputReader() {}

    static byte[] read(String input, InputStream stdin) throws IOException {
        if (input.equals("-")) {
            return readCapped(stdin);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(input, null, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readCapped(in);
        }
    }

    /** Reads at most {@link #MAX_BYTES}; a larger input is an error, not a silent truncation. */
    static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB");
        }
        return bytes;
    }

    static boolean isUrl(String input) {
        String s = input.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
