package dev.newsdigest.bot.ingest.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Gives Quartz's JDBC job store connections from the bot's own HikariCP pool: one pool, one database. */
final class PoolConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    PoolConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // The pool belongs to storage.Database, which closes it after the scheduler has stopped.
    }

    @Override
    public void initialize() {
        // Nothing to set up: the pool is open before the scheduler starts.
    }
}
