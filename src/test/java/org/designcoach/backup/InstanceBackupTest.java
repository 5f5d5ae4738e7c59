package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backup service on the application's own database, which is PostgreSQL in CI: so the
 * restore itself (inserts, savepoint, identity restart) is also proven on PostgreSQL here.
 */
@SpringBootTest
@Transactional
@Tag("database")
class InstanceBackupTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private InstanceBackup backup;

    @Autowired
    private AccountService accounts;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private Flyway flyway;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLearnerMayNeitherDownloadNorRestoreABackup() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("lena");

        assertThatThrownBy(() -> backup.export(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBackupCarriesTheSchemaVersionFlywayReached() {
        TestAccounts.adminAndLearners(accounts);
        TestAccounts.signInAs("ada", Role.ADMIN);

        BackupSummary summary = backup.export(new ByteArrayOutputStream());

        assertThat(summary.schemaVersion()).isEqualTo(flyway.info().current().getVersion().getVersion());
        assertThat(summary.rowsOf("user_account")).isEqualTo(1);
    }

    @Test
    void anAdminRestoresABackupIntoThisInstanceOnceItHoldsOnlyTheAdminWhoSetItUp() {
        new BackupData(context).fill();
        entityManager.flush();
        Map<String, List<List<Object>>> original = DatabaseSnapshot.of(dataSource);
        byte[] file = exportAs("ada");
        emptyTheInstance();
        accounts.createFirstAdmin("root", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
        entityManager.flush();

        TestAccounts.signInAs("root", Role.ADMIN);
        backup.restore(new ByteArrayInputStream(file));
        entityManager.clear();

        Map<String, List<List<Object>>> restored = new HashMap<>(DatabaseSnapshot.of(dataSource));
        Map<String, List<List<Object>>> expected = new HashMap<>(original);
        List<List<Object>> log = restored.remove("audit_event");
        List<List<Object>> originalLog = expected.remove("audit_event");
        assertThat(restored).isEqualTo(expected);
        // The backup's log, then what the download and the restore themselves recorded.
        assertThat(log).containsAll(originalLog).hasSizeBetween(originalLog.size() + 1, originalLog.size() + 2);
        assertThat(log).filteredOn(row -> !originalLog.contains(row)).anySatisfy(row -> assertThat(row)
                .contains("BACKUP_RESTORED"));
        assertThat(accounts.roleOf("root")).isEmpty();
        TestAccounts.signInAs("ada", Role.ADMIN);
        accounts.createAccount("nora", TestAccounts.PASSPHRASE, Role.LEARNER);
        entityManager.flush();
        assertThat(accounts.roleOf("nora")).contains(Role.LEARNER);
    }

    @Test
    void aRestoreIntoAnInstanceInUseIsRefusedAndChangesNothing() {
        new BackupData(context).fill();
        entityManager.flush();
        byte[] file = exportAs("ada");
        Map<String, List<List<Object>>> before = DatabaseSnapshot.of(dataSource);

        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(file)))
                .isInstanceOf(BackupException.class).hasMessageContaining("not empty");
        assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(before);
    }

    private byte[] exportAs(String admin) {
        TestAccounts.signInAs(admin, Role.ADMIN);
        var out = new ByteArrayOutputStream();
        backup.export(out);
        return out.toByteArray();
    }

    /** As a new instance on an empty database would be; rolled back with the test. */
    private void emptyTheInstance() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            InstanceState.clear(connection, Schema.read(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        entityManager.clear();
    }
}
