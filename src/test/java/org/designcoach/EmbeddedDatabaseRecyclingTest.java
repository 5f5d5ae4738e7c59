package org.designcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded H2 database, as the README starts it (a file, a pool of ten connections, migrated by Flyway), keeps
 * accepting writes after the pool has retired the connections it had. H2 2.4.240 did not: a CHECK constraint whose
 * set of allowed values was prepared on a connection that was later closed failed every insert and update with
 * "The database has been closed", about half an hour after start, when the pool's maximum lifetime retired that
 * connection while the others kept the database open.
 * <p>
 * The test writes once, evicts every pooled connection (what the lifetime does over time) while one connection
 * keeps the database open, and writes again to every table that has a check constraint. It fails if a new such
 * table appears without a row here. With {@code -Dh2.version=2.4.240} it fails as the application did.
 */
class EmbeddedDatabaseRecyclingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-03T10:00:00Z");

    /**
     * The writes per table with a check constraint, each an SQL statement and its parameters. Checked values are
     * parameters, as Hibernate sends them: H2 compares those at run time against the constraint's constant set.
     */
    private static final Map<String, List<Write>> WRITES = Map.of(
            "user_account", List.of(
                    new Write("INSERT INTO user_account (username, password_hash, role, created_at, "
                            + "password_changed_at) VALUES ('%1$s', 'x', ?, ?, ?)", "LEARNER", NOW, NOW),
                    new Write("UPDATE user_account SET role = ? WHERE username = '%1$s'", "MENTOR")),
            "practice_session", List.of(new Write("INSERT INTO practice_session (owner, case_id, content_version, "
                    + "mode, level, status, clock_json, answers_json, started_at, updated_at, overall_score) VALUES "
                    + "('%1$s', 'url-shortener', 'v', ?, 'MID', ?, '{}', '{}', ?, ?, ?)",
                    "MOCK", "FINISHED", NOW, NOW, 80)),
            "review_submission", List.of(new Write("INSERT INTO review_submission (attempt_id, attempt_version, "
                    + "learner, case_id, level, status, recommendation, submitted_at) SELECT id, 0, '%1$s', "
                    + "'url-shortener', 'MID', ?, ?, ? FROM practice_session WHERE owner = '%1$s'",
                    "RETURNED", "READY", NOW)),
            "review_rubric_level", List.of(new Write("INSERT INTO review_rubric_level (submission_id, stage, level) "
                    + "SELECT id, ?, ? FROM review_submission WHERE learner = '%1$s'", "DESIGN", 3)),
            "review_comment", List.of(new Write("INSERT INTO review_comment (submission_id, stage, body, created_at) "
                    + "SELECT id, ?, 'fine', ? FROM review_submission WHERE learner = '%1$s'", "DESIGN", NOW)),
            "review_message", List.of(new Write("INSERT INTO review_message (submission_id, author, side, body, "
                    + "created_at) SELECT id, '%1$s', ?, 'thanks', ? FROM review_submission WHERE learner = '%1$s'",
                    "LEARNER", NOW)),
            "password_reset_token", List.of(new Write("INSERT INTO password_reset_token (token_hash, username, "
                    + "purpose, expires_at, created_at) VALUES ('%1$s', '%1$s', ?, ?, ?)", "RESET", NOW, NOW)));

    private record Write(String sql, Object... parameters) {
    }

    private static final List<String> ORDER = List.of("user_account", "practice_session", "review_submission",
            "review_rubric_level", "review_comment", "review_message", "password_reset_token");

    private static HikariDataSource dataSource;

    private static JdbcTemplate jdbc;

    /**
     * The pool and the migrations as the application makes them (Hikari's defaults, Flyway on the pool), without
     * starting the application: a second application context in the test JVM would take over the security context
     * holder that the other tests' shared context uses.
     */
    @BeforeAll
    static void anEmbeddedFileDatabaseMigratedThroughThePool(@TempDir Path dir) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("designcoach")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaxLifetime(30_000);
        dataSource = new HikariDataSource(pool);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void closeThePool() {
        dataSource.close();
    }

    @Test
    void everyTableWithACheckConstraintTakesWritesAfterThePoolRecycledItsConnections() throws SQLException {
        // H2 prepares a constraint's set of allowed values on the connection that first checks a row against it.
        writeToEveryConstrainedTable("before");
        // The pool's connections retire one by one, so the database itself stays open; this one stands for them.
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(dataSource.getJdbcUrl(),
                dataSource.getUsername(), dataSource.getPassword())) {
            retireEveryPooledConnection(sessionId(keepsTheDatabaseOpen));
            writeToEveryConstrainedTable("after");
        }
        assertThat(jdbc.queryForList("SELECT role FROM user_account ORDER BY username", String.class))
                .containsExactly("MENTOR", "MENTOR");
    }

    private void writeToEveryConstrainedTable(String username) {
        for (String table : ORDER) {
            for (Write write : WRITES.get(table)) {
                String sql = write.sql().formatted(username);
                assertThat(jdbc.update(sql, write.parameters())).as(sql).isEqualTo(1);
            }
        }
    }

    @Test
    void theTestWritesToEveryTableThatHasACheckConstraint() {
        List<String> constrained = jdbc.queryForList("""
                SELECT DISTINCT LOWER(table_name) FROM information_schema.table_constraints
                WHERE constraint_type = 'CHECK' AND LOWER(table_schema) = 'public'
                """, String.class);
        assertThat(new TreeSet<>(constrained)).isEqualTo(new TreeSet<>(WRITES.keySet()));
        assertThat(new TreeSet<>(ORDER)).isEqualTo(new TreeSet<>(WRITES.keySet()));
    }

    /**
     * What the pool's maximum lifetime does over time: every connection it holds is closed and replaced, the one
     * that ran the migrations among them. The pool closes them on a thread of its own, so this waits until the
     * database has seen every session the pool held end.
     */
    private void retireEveryPooledConnection(long keptSession) {
        Set<Long> pooled = otherSessionIds();
        pooled.remove(keptSession);
        pooled.add(jdbc.queryForObject("SELECT SESSION_ID()", Long.class));
        dataSource.getHikariPoolMXBean().softEvictConnections();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Collections.disjoint(pooled, otherSessionIds())) {
            assertThat(Instant.now()).as("the pool closes its connections").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** The database's sessions but the one asking, which the pool closes when it comes back. */
    private Set<Long> otherSessionIds() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT session_id FROM information_schema.sessions WHERE session_id <> SESSION_ID()", Long.class));
    }

    private static long sessionId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("SELECT SESSION_ID()")) {
            result.next();
            return result.getLong(1);
        }
    }
}
