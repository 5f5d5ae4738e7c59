package org.designcoach.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A second, empty Design Coach database for restore tests: always an in-memory H2, migrated by
 * hand with the application's own migrations (the same location as spring.flyway.locations). The
 * application's database beside it is H2 or, in CI, PostgreSQL; either way the backup must move.
 *
 * <p>Everything runs on one connection that stays open: H2 2.4.240 reports "Check constraint
 * invalid" for every insert into an in-memory table whose creating connection has been closed.
 */
final class SecondDatabase implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final String schemaVersion;

    SecondDatabase() {
        String url = "jdbc:h2:mem:restore-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();
        schemaVersion = flyway.info().current().getVersion().getVersion();
    }

    DataSource dataSource() {
        return dataSource;
    }

    String schemaVersion() {
        return schemaVersion;
    }

    InstanceArchive archive() {
        return new InstanceArchive(dataSource, java.time.Clock.systemUTC());
    }

    /** Runs SQL as a fresh instance would have it, such as the admin who set it up. */
    void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The admin a person creates on a fresh instance before restoring into it. */
    void setUpByAnAdmin() {
        execute("INSERT INTO user_account (username, password_hash, role, created_at, password_changed_at) "
                        + "VALUES ('root', 'not-a-real-hash', 'ADMIN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO app_setting (name, setting_value) VALUES ('registration.open', 'true')",
                "INSERT INTO sign_in_throttle (username, failures, lockouts, last_failure_at) "
                        + "VALUES ('rooot', 1, 0, CURRENT_TIMESTAMP)");
    }

    @Override
    public void close() {
        execute("SHUTDOWN");
        dataSource.destroy();
    }
}
