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
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one object per input,"
                    + " jsonl one object per line.")
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
        int failed = 0;
        for (String input : inputs) {
            try {
                Digest digest = engine.digest(articleInput(input));
                switch (format) {
                    case json -> out.println(DigestJson.pretty(digest, withText));
                    case jsonl -> out.println(DigestJson.compact(digest, withText));
                    case text -> out.println(DigestText.format(digest));
                }
            } catch (NoSuchFileException e) {
                failed++;
                err.println("newsdigest digest: " + input + ": no such file");
            } catch (IOException | UnreadableArticleException e) {
                failed++;
                err.println("newsdigest digest: " + input + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                err.println("newsdigest digest: " + input + ": internal error: " + e);
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private ArticleInput articleInput(String input) throws IOException {
        if (InputReader.isUrl(input)) {
            return UrlInput.fetch(input, charset, title, language, allowPrivate);
        }
        byte[] bytes = InputReader.read(input, System.in);
        return new ArticleInput(input, bytes, charset, title, language);
    }
}
