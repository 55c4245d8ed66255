package dev.newsdigest.bot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Starts a class's {@code main} in a separate JVM on the test classpath, so a test can kill it with SIGKILL. */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for {@code condition}; fails with the child's log when it exits first or time runs out. */
    public static void waitFor(BooleanSupplier condition, Duration timeout, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new AssertionError("child exited with " + child.exitValue() + ":\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("child did not get there within " + timeout + ":\n" + tail(log));
            }
            Thread.sleep(50);
        }
    }

    public static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        String s = Files.readString(log);
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
