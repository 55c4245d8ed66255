package dev.newsdigest.bot.config;

import java.util.regex.Pattern;

/**
 * {@code storage.*}: where the database is. H2 file under {@code ./data} by default; PostgreSQL by URL.
 *
 * @param url      JDBC URL ({@code jdbc:h2:file:...} or {@code jdbc:postgresql://...})
 * @param user     database user, or null
 * @param password database password (redacted in {@link #toString()})
 * @param poolSize connections in the pool
 */
public record StorageConfig(String url, String user, Secret password, int poolSize) {
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/newsdigest";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^;&]*");

    public static StorageConfig defaults() {
        return new StorageConfig(DEFAULT_URL, null, Secret.empty(), 10);
    }

    /** The URL with any inline password masked, for logs. */
    public String redactedUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "StorageConfig[url=" + redactedUrl() + ", user=" + user + ", password=" + password + ", poolSize="
                + poolSize + "]";
    }
}
