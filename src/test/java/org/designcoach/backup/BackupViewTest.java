package org.designcoach.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "ada", roles = "ADMIN")
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private EntityManager entityManager;

    @BeforeEach
    void theInstanceHasOnlyTheAdminWhoSetItUp() {
        accounts.createFirstAdmin("ada", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
    }

    @Test
    void thePageSaysBeforeTheRestoreThatTheAdminWillBeSignedOut() {
        var view = navigate(BackupView.class);

        assertThat(view.getElement().getTextRecursively())
                .contains("After the restore you are signed out", "fresh, empty instance of the same version");
        assertThat(view.problems.getChildren()).isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithItsReasonAndNoQuestionIsAsked() {
        var view = navigate(BackupView.class);

        test(view.upload).upload("notes.json", "application/json", "no backup here".getBytes(StandardCharsets.UTF_8));

        assertThat(view.problems.getElement().getTextRecursively())
                .contains("notes.json was not restored; nothing changed.", "not valid JSON");
        assertThat(view.confirm).isNull();
    }

    @Test
    void aDownloadedBackupIsCheckedConfirmedAndRestored() {
        accounts.setRegistrationOpen(false);
        entityManager.flush();
        var view = navigate(BackupView.class);
        var backup = new ByteArrayOutputStream();
        test(view.download).download(backup);
        accounts.setRegistrationOpen(true);
        entityManager.flush();
        // As in a real request, the restore starts with nothing loaded: the entries recorded above in this test's
        // transaction would otherwise stay managed after the restore has replaced their rows.
        entityManager.clear();

        test(view.upload).upload("backup.json", "application/json", backup.toByteArray());

        assertThat(view.confirm).isNotNull();
        assertThat(test(view.confirm).getText()).contains("app_setting 1", "user_account 1", "signs you out");
        // The sign-out invalidates the HTTP session. A servlet container then stops Vaadin's chain of
        // logout handlers; the mock session of browserless lets the next handler touch it and throws.
        assertThatThrownBy(() -> test(view.confirm).confirm()).hasMessageContaining("invalidated");
        entityManager.clear();
        assertThat(view.problems.getChildren()).isEmpty();
        assertThat(accounts.isRegistrationOpen()).as("the setting as the backup has it").isFalse();
    }

    @Test
    void aCancelledRestoreChangesNothing() {
        accounts.setRegistrationOpen(false);
        entityManager.flush();
        var view = navigate(BackupView.class);
        var backup = new ByteArrayOutputStream();
        test(view.download).download(backup);
        accounts.setRegistrationOpen(true);
        entityManager.flush();
        // As in a real request, the restore starts with nothing loaded: the entries recorded above in this test's
        // transaction would otherwise stay managed after the restore has replaced their rows.
        entityManager.clear();

        test(view.upload).upload("backup.json", "application/json", backup.toByteArray());
        test(view.confirm).cancel();

        entityManager.clear();
        assertThat(accounts.isRegistrationOpen()).isTrue();
    }
}
