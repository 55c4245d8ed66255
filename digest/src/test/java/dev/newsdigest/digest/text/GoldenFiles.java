package dev.newsdigest.digest.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file helpers: find the inputs of a resource folder, compare texts exactly and fail with a unified diff.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from the current output; review the
 * resulting git diff before committing it.
 */
final class GoldenFiles {
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFiles() {}

    /** The source folder (not target/test-classes), so that updates land in the repository. */
    static Path folder(String name) {
        Path module = Path.of("").toAbsolutePath();
        Path dir = module.resolve("src/test/resources").resolve(name);
        if (!Files.isDirectory(dir)) {
            dir = module.resolve("digest/src/test/resources").resolve(name);
        }
        return dir;
    }

    /** Input files of a folder: everything that is not an {@code .expected.*} file, sorted by name. */
    static Stream<Path> inputs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().contains(".expected."))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expected(Path input, String suffix) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected." + suffix);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with a unified diff (expected → actual) unless the texts are equal; in update mode rewrites instead. */
    static void assertSame(Path expectedFile, String actual) {
        assertSame(expectedFile, actual, read(expectedFile));
    }

    /**
     * As {@link #assertSame(Path, String)}, comparing with {@code expected} (the expected file's content in the
     * form {@code actual} is rendered in, e.g. re-serialised JSON).
     */
    static void assertSame(Path expectedFile, String actual, String expected) {
        if (UPDATE) {
            if (expected.equals(actual)) {
                return;
            }
            try {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (expected.equals(actual)) {
            return;
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                expectedFile.getFileName().toString(), "actual", a, DiffUtils.diff(a, b), 2);
        throw new AssertionFailedError(expectedFile.getFileName() + " differs (- expected, + actual):\n"
                + String.join("\n", diff) + "\n", expected, actual);
    }
}
