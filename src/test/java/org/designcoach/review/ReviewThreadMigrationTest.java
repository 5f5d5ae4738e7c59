package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V13 turns the one learner reply a review could take into the first message of its conversation. The
 * test fills a database migrated up to the version before (a fresh in-memory H2, or a fresh schema of the
 * PostgreSQL database that SPRING_DATASOURCE_URL names, as CI runs the database tests), migrates it, and
 * looks for every reply in the new table.
 */
@Tag("database")
class ReviewThreadMigrationTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant RETURNED = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant REPLIED = Instant.parse("2026-11-22T09:30:00Z");

    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private String schema;

    @BeforeEach
    void anEmptyDatabase() {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
        schema = "v13_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (url.startsWith("jdbc:postgresql:")) {
            dataSource = new SingleConnectionDataSource(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"), true);
            new JdbcTemplate(dataSource).execute("CREATE SCHEMA " + schema);
            new JdbcTemplate(dataSource).execute("SET search_path TO " + schema);
        } else {
            // One connection that stays open: see SecondDatabase for why in-memory H2 needs it.
            dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
            schema = null;
        }
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropIt() {
        if (schema != null) {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
            jdbc.execute("SHUTDOWN");
        }
        dataSource.destroy();
    }

    @Test
    void everyLearnersReplyBecomesTheFirstMessageOfItsConversationWithItsAuthorAndTime() {
        migrate(lastVersionBefore13());
        account("lena", "LEARNER");
        account("omar", "LEARNER");
        account("mona", "MENTOR");
        long replied = returnedReview("lena", "Thanks, I will add a read replica.", REPLIED);
        long silent = returnedReview("omar", null, null);

        migrate(null);

        List<Map<String, Object>> messages = jdbc.queryForList(
                "SELECT submission_id, author, side, body, created_at FROM review_message ORDER BY id");
        assertThat(messages).hasSize(1);
        Map<String, Object> message = messages.getFirst();
        assertThat(((Number) message.get("submission_id")).longValue()).isEqualTo(replied);
        assertThat(message.get("author")).isEqualTo("lena");
        assertThat(message.get("side")).isEqualTo("LEARNER");
        assertThat(message.get("body")).isEqualTo("Thanks, I will add a read replica.");
        assertThat(jdbc.queryForObject("SELECT created_at FROM review_message", OffsetDateTime.class).toInstant())
                .isEqualTo(REPLIED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_message WHERE submission_id = ?", Long.class,
                silent)).isZero();
        assertThat(columnsOf("review_submission")).contains("summary").doesNotContain("reply", "replied_at");
    }

    @Test
    void deletingTheAuthorsAccountKeepsTheMessageWithoutAnAuthor() {
        migrate(null);
        account("lena", "LEARNER");
        account("mona", "MENTOR");
        long review = returnedReview("lena", null, null);
        jdbc.update("INSERT INTO review_message (submission_id, author, side, body, created_at) VALUES (?, ?, ?, ?, ?)",
                review, "mona", "MENTOR", "Add a replica.", Timestamp.from(RETURNED));

        jdbc.update("DELETE FROM user_account WHERE username = ?", "mona");

        assertThat(jdbc.queryForList("SELECT author, side, body FROM review_message")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("author")).isNull();
                    assertThat(row.get("side")).isEqualTo("MENTOR");
                    assertThat(row.get("body")).isEqualTo("Add a replica.");
                });
    }

    /** Migrates up to {@code target}, or to the newest version when it is null. */
    private void migrate(String target) {
        var configuration = configuration();
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** The version V13 follows, whichever that is once other branches add theirs (Flyway needs an existing one). */
    private String lastVersionBefore13() {
        MigrationVersion v13 = MigrationVersion.fromVersion("13");
        return Arrays.stream(configuration().load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v13) < 0).max(Comparator.naturalOrder()).orElseThrow()
                .getVersion();
    }

    private FluentConfiguration configuration() {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        return configuration;
    }

    private void account(String username, String role) {
        jdbc.update("INSERT INTO user_account (username, password_hash, role, created_at, password_changed_at) "
                + "VALUES (?, 'not-a-hash', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", username, role);
    }

    /** A returned review by mona of a finished attempt of the learner, with the reply they wrote or none. */
    private long returnedReview(String learner, String reply, Instant repliedAt) {
        jdbc.update("INSERT INTO practice_session (owner, case_id, content_version, mode, level, status, clock_json, "
                + "answers_json, started_at, updated_at, finished_at) VALUES (?, 'url-shortener', 'v1', 'MOCK', "
                + "'mid', 'FINISHED', '{}', '{}', ?, ?, ?)", learner, Timestamp.from(SUBMITTED),
                Timestamp.from(SUBMITTED), Timestamp.from(SUBMITTED));
        long attempt = jdbc.queryForObject("SELECT MAX(id) FROM practice_session WHERE owner = ?", Long.class, learner);
        jdbc.update("INSERT INTO review_submission (attempt_id, attempt_version, learner, case_id, level, status, "
                + "mentor, recommendation, submitted_at, claimed_at, returned_at) VALUES "
                + "(?, 0, ?, 'url-shortener', 'mid', 'RETURNED', 'mona', 'READY', ?, ?, ?)", attempt, learner,
                Timestamp.from(SUBMITTED), Timestamp.from(SUBMITTED), Timestamp.from(RETURNED));
        if (reply != null && repliedAt != null) {
            // The columns of the schema before V13, which V13 removes.
            jdbc.update("UPDATE review_submission SET reply = ?, replied_at = ? WHERE attempt_id = ?", reply,
                    Timestamp.from(repliedAt), attempt);
        }
        return jdbc.queryForObject("SELECT id FROM review_submission WHERE attempt_id = ?", Long.class, attempt);
    }

    private List<String> columnsOf(String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = ? "
                + "AND table_schema = CURRENT_SCHEMA",
                String.class, table).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
