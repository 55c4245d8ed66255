package dev.newsdigest.bot.app;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.UnreadableArticleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsdigest digest}: digests article files, URLs or standard input and prints the digest contract.
 * Every input is tried; a failing one gets a one-line error on stderr and exit code 1, the others still print.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Digest news articles (plain text or HTML, detected by content): headline, summary, people, quotes.",
                "Example: newsdigest digest --format json article.txt"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was digested", "1:at least one input failed (see stderr)", "2:bad usage"})
public final class DigestCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text is for people; json prints"
                    + " one object (an array of them for several inputs); jsonl one object per line, in input order.")
    Format format;

    @Option(names = "--title", description = "Title to use instead of the one found in the input.")
    String title;

    @Option(names = "--language", description = "Language hint (ru, uk, en) used when detection is unsure.")
    String language;

    @Option(names = "--charset", description = "Charset to assume when the input does not declare one.")
    String charset;

    @Option(names = "--with-text", description = "Include the cleaned text that quote offsets point into.")
    boolean withText;

    @Option(names = "--allow-private", description = "Let URLs reach loopback and private networks (local testing only).")
    boolean allowPrivate;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "Article files, http(s) URLs, or - for stdin.")
    List<String> inputs;

    private final DigestEngine engine;

    public DigestCommand() {
        this(EngineHolder.engine());
    }

    DigestCommand(DigestEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // json with several inputs prints one array, so that the output stays one JSON value.
        boolean array = format == Format.json && inputs.size() > 1;
        boolean first = true;
        int failed = 0;
        if (array) {
            out.print("[");
        }
        for (String input : inputs) {
            Digest digest = digestOrReport(input, err);
            if (digest == null) {
                failed++;
                continue;
            }
            switch (format) {
                case json -> {
                    if (array) {
                        out.print(first ? "\n" : ",\n");
                    }
                    out.print(DigestJson.pretty(digest, withText));
                    if (!array) {
                        out.println();
                    }
                }
                case jsonl -> out.println(DigestJson.compact(digest, withText));
                case text -> out.println(DigestText.format(digest));
            }
            first = false;
            out.flush();
        }
        if (array) {
            out.println(first ? "]" : "\n]");
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The digest of one input, or null after printing one line on stderr that names the input and the reason. */
    private Digest digestOrReport(String input, PrintWriter err) {
        try {
            return engine.digest(articleInput(input));
        } catch (NoSuchFileException e) {
            err.println("newsdigest digest: " + input + ": no such file");
        } catch (IOException | UnreadableArticleException e) {
            err.println("newsdigest digest: " + input + ": " + oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or an input the engine could not handle: still one line, and the other inputs go on.
            err.println("newsdigest digest: " + input + ": internal error: " + oneLine(String.valueOf(e)));
        }
        err.flush();
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
    }

    private ArticleInput articleInput(String input) throws IOException {
        if (InputReader.isUrl(input)) {
            return UrlInput.fetch(input, charset, title, language, allowPrivate);
        }
        byte[] bytes = InputReader.read(input, System.in); // read at call time, so tests can replace System.in
        return new ArticleInput(input, bytes, charset, title, language);
    }
}
