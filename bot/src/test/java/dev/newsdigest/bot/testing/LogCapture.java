package dev.newsdigest.bot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Everything the process logs while it is open, at DEBUG, in the form an operator would see it (RELIABILITY L4):
 * every logback logger turned down to DEBUG (the libraries' too, not just ours), each event laid out with its MDC and
 * full stack trace, plus its raw arguments; and whatever is written to System.out/err, which is where
 * java.util.logging (OkHttp's warnings) prints in the bot, at its default level.
 * {@link #close()} puts everything back.
 */
public final class LogCapture implements AutoCloseable {
    private final StringBuffer text = new StringBuffer();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> savedLevels = new HashMap<>();
    private final AppenderBase<ILoggingEvent> appender;
    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;
    private final java.util.List<ch.qos.logback.core.Appender<ILoggingEvent>> consoleAppenders = new java.util.ArrayList<>();
    private int events;

    private final java.nio.file.Path keepAt;

    public LogCapture() {
        this(null);
    }

    /** @param keepAt where {@link #close()} writes what was captured (under target/), to read after a failure; or null */
    public LogCapture(java.nio.file.Path keepAt) {
        this.keepAt = keepAt;
        for (Logger l : context.getLoggerList()) {
            savedLevels.put(l, l.getLevel());
            if (l.getLevel() != null) {
                l.setLevel(Level.DEBUG);
            }
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        // The console would print the whole DEBUG stream into the build log; this capture keeps it instead.
        root.iteratorForAppenders().forEachRemaining(consoleAppenders::add);
        consoleAppenders.forEach(root::detachAppender);
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%d %-5level [%thread] %logger %mdc - %msg%n%ex{full}");
        layout.start();
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (LogCapture.this) {
                    events++;
                }
                text.append(layout.doLayout(event));
                // Arguments a layout might not show in full (an object whose toString is used elsewhere).
                if (event.getArgumentArray() != null) {
                    for (Object a : event.getArgumentArray()) {
                        text.append("  arg: ").append(a).append('\n');
                    }
                }
            }
        };
        appender.setContext(context);
        appender.setName("log-capture");
        appender.start();
        root.addAppender(appender);

        System.setOut(new PrintStream(new Tee(savedOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(savedErr), true, StandardCharsets.UTF_8));
    }

    /** Everything captured so far. */
    public String text() {
        return text.toString();
    }

    /** Logback events seen, to prove the capture was on. */
    public synchronized int events() {
        return events;
    }

    /** Adds text from another channel (a command's own stderr writer, say) to what is checked. */
    public void add(String more) {
        text.append(more).append('\n');
    }

    /** Passes bytes on to the real stream and keeps a copy. */
    private final class Tee extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

        Tee(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            copy.write(b);
            if (b == '\n') {
                flushCopy();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            target.write(b, off, len);
            copy.write(b, off, len);
            flushCopy();
        }

        private void flushCopy() {
            text.append(copy.toString(StandardCharsets.UTF_8));
            copy.reset();
        }
    }

    @Override
    public void close() {
        if (keepAt != null) {
            try {
                java.nio.file.Files.writeString(keepAt, text, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                // only a convenience for reading a failure
            }
        }
        System.setOut(savedOut);
        System.setErr(savedErr);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        appender.stop();
        consoleAppenders.forEach(root::addAppender);
        for (Logger l : context.getLoggerList()) {
            l.setLevel(savedLevels.getOrDefault(l, null));
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(
                savedLevels.getOrDefault(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), Level.INFO));
    }
}
