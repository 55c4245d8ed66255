package dev.newsdigest.bot.storage;

/**
 * The two databases the bot runs on. Nearly all SQL is shared; the differences are the Flyway folder of the
 * Quartz tables and the Quartz delegate.
 */
public enum Dialect {
    H2("h2", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"),
    POSTGRESQL("postgresql", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

    private final String migrationFolder;
    private final String quartzDelegate;

    Dialect(String migrationFolder, String quartzDelegate) {
        this.migrationFolder = migrationFolder;
        this.quartzDelegate = quartzDelegate;
    }

    public String migrationFolder() {
        return migrationFolder;
    }

    public String quartzDelegate() {
        return quartzDelegate;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (H2 or PostgreSQL only)");
    }
}
