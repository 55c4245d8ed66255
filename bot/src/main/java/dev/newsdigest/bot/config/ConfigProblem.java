package dev.newsdigest.bot.config;

/**
 * One thing wrong with a configuration: where (file or origin such as "command line", and the 1-based line, or 0
 * when there is no line) and why, in words an operator can act on.
 */
public record ConfigProblem(String origin, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line + ": " + reason : origin + ": " + reason;
    }
}
