package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.designcoach.TestAccounts;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round trip: an instance filled through the services is exported and restored into a
 * second, empty database of the same version, and every table must come back row for row. The
 * application's database is H2 here and PostgreSQL in CI; the second one is always an in-memory H2.
 */
@SpringBootTest
@Transactional
@Tag("database")
class InstanceBackupRoundTripTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private InstanceBackup backup;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EntityManager entityManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFilledInstanceComesBackRowForRowInAnEmptyInstanceOfTheSameVersion() {
        new BackupData(context).fill();
        entityManager.flush();
        Map<String, List<List<Object>>> original = DatabaseSnapshot.of(dataSource);
        byte[] file = exportAsAdmin();

        try (var target = new SecondDatabase()) {
            assertThat(target.schemaVersion()).isEqualTo(schemaVersionAsAdmin());
            target.setUpByAnAdmin();

            BackupSummary restored = target.archive().restore(new ByteArrayInputStream(file), target.schemaVersion());

            Map<String, List<List<Object>>> copy = DatabaseSnapshot.of(target.dataSource());
            assertThat(copy.keySet()).isEqualTo(original.keySet());
            original.forEach((table, rows) -> assertThat(copy.get(table)).as("rows of %s", table).isEqualTo(rows));
            BackupData.FILLED.forEach(table -> assertThat(original.get(table)).as("rows of %s", table).isNotEmpty());
            assertThat(restored.totalRows()).isEqualTo(original.values().stream().mapToLong(List::size).sum());
        }
    }

    @Test
    void rowsAddedAfterARestoreGetIdsPastTheRestoredOnes() {
        new BackupData(context).fill();
        entityManager.flush();
        byte[] file = exportAsAdmin();

        try (var target = new SecondDatabase()) {
            target.setUpByAnAdmin();
            target.archive().restore(new ByteArrayInputStream(file), target.schemaVersion());
            var sql = new JdbcTemplate(target.dataSource());
            long lastCohort = sql.queryForObject("SELECT MAX(id) FROM cohort", Long.class);
            long lastAccount = sql.queryForObject("SELECT MAX(id) FROM user_account", Long.class);

            target.execute("INSERT INTO cohort (name, created_at) VALUES ('After the restore', CURRENT_TIMESTAMP)",
                    "INSERT INTO user_account (username, password_hash, role, created_at, password_changed_at) "
                            + "VALUES ('newcomer', 'hash', 'LEARNER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

            assertThat(sql.queryForObject("SELECT id FROM cohort WHERE name = 'After the restore'", Long.class))
                    .isEqualTo(lastCohort + 1);
            assertThat(sql.queryForObject("SELECT id FROM user_account WHERE username = 'newcomer'", Long.class))
                    .isEqualTo(lastAccount + 1);
        }
    }

    @Test
    void theSetUpAdminIsReplacedByTheAccountsOfTheBackup() {
        new BackupData(context).fill();
        entityManager.flush();
        byte[] file = exportAsAdmin();

        try (var target = new SecondDatabase()) {
            target.setUpByAnAdmin();
            target.archive().restore(new ByteArrayInputStream(file), target.schemaVersion());

            assertThat(new JdbcTemplate(target.dataSource())
                    .queryForList("SELECT username FROM user_account ORDER BY username", String.class))
                    .containsExactly("ada", "lena", "maya", "omar");
        }
    }

    private byte[] exportAsAdmin() {
        TestAccounts.signInAs("ada", Role.ADMIN);
        var out = new ByteArrayOutputStream();
        backup.export(out);
        return out.toByteArray();
    }

    private String schemaVersionAsAdmin() {
        TestAccounts.signInAs("ada", Role.ADMIN);
        return backup.schemaVersion();
    }
}
