package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountSearch;
import org.designcoach.security.AccountService;
import org.designcoach.security.AccountSummary;
import org.designcoach.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "ada", roles = "ADMIN")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    private UsersView view;

    @BeforeEach
    void anAdminAndTwoLearners() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        view = navigate(UsersView.class);
    }

    @Test
    void theGridListsEveryAccountAndTheSearchNarrowsIt() {
        assertThat(usernamesInGrid()).containsExactly("ada (you)", "lena", "omar");

        test(view.search).setValue("EN");

        assertThat(usernamesInGrid()).containsExactly("lena");
        test(view.search).setValue("nobody");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void theRoleAndStateFiltersNarrowTheList() {
        administration.disable("omar");

        test(view.roleFilter).selectItem("Learner");
        assertThat(usernamesInGrid()).containsExactly("lena", "omar");

        test(view.stateFilter).selectItem("Disabled");
        assertThat(usernamesInGrid()).containsExactly("omar");
    }

    @Test
    void anAdminCreatesAnAccountAndSeesItsTemporaryPasswordOnce() {
        test(view.create).click();
        var dialog = $(NewAccountDialog.class).single();
        test(dialog.username).setValue("Grace");
        test(dialog.role).selectItem("Mentor");

        test(dialog.submit).click();

        var secret = $(IssuedSecret.class, dialog).single();
        assertThat(secret.value.getValue()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(secret.copy.getAriaLabel()).isPresent();
        AccountSummary grace = only("grace");
        assertThat(grace.role()).isEqualTo(Role.MENTOR);
        assertThat(grace.mustChangePassword()).isTrue();
        assertThat(usernamesInGrid()).contains("grace");
    }

    @Test
    void aRefusedUsernameIsExplainedInTheDialogAndKeepsWhatWasTyped() {
        test(view.invite).click();
        var dialog = $(NewAccountDialog.class).single();
        test(dialog.username).setValue("lena");

        test(dialog.submit).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("already an account named lena");
        assertThat(dialog.username.getValue()).isEqualTo("lena");

        test(dialog.username).setValue("a b");
        test(dialog.submit).click();
        assertThat(dialog.username.getErrorMessage()).contains("letters, digits");
    }

    @Test
    void anInvitationShowsAOneTimeLinkToPassOn() {
        test(view.invite).click();
        var dialog = $(NewAccountDialog.class).single();
        test(dialog.username).setValue("grace");

        test(dialog.submit).click();

        assertThat($(IssuedSecret.class, dialog).single().value.getValue()).matches(".*reset/[A-Za-z0-9_-]{43}");
        assertThat(only("grace").role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void anAdminDisablesAndEnablesAnAccountFromItsRow() {
        test(button(row("lena"), "Disable")).click();

        assertThat(accounts.roleOf("lena")).isEmpty();
        assertThat(test(view.grid).getCellText(row("lena"), 2)).isEqualTo("Disabled");

        test(button(row("lena"), "Enable")).click();
        assertThat(accounts.roleOf("lena")).contains(Role.LEARNER);
    }

    @Test
    void anAdminChangesARoleFromItsRow() {
        test(roleSelect(row("lena"))).selectItem("Mentor");

        assertThat(accounts.roleOf("lena")).contains(Role.MENTOR);
    }

    @Test
    void anAdminsOwnRowOffersNoWayToLockThemselvesOut() {
        int ada = row("ada (you)");

        assertThat(roleSelect(ada).isReadOnly()).isTrue();
        assertThat(button(ada, "Disable").isEnabled()).isFalse();
        assertThat(button(ada, "Reset password").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void disablingTheLastEnabledAdminIsRefusedWithAReason() {
        test(button(row("ada"), "Disable")).click();

        assertThat(test($(Notification.class).last()).getText()).contains("ada is the only enabled admin");
        assertThat(accounts.roleOf("ada")).contains(Role.ADMIN);
    }

    @Test
    void theResetDialogGivesATemporaryPasswordOnce() {
        test(button(row("lena"), "Reset password")).click();
        var dialog = $(ResetPasswordDialog.class).single();

        test(dialog.temporary).click();

        assertThat($(IssuedSecret.class, dialog).single().value.getValue()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(only("lena").mustChangePassword()).isTrue();
    }

    @Test
    void theResetDialogGivesAOneTimeLink() {
        test(button(row("lena"), "Reset password")).click();
        var dialog = $(ResetPasswordDialog.class).single();

        test(dialog.link).click();

        assertThat($(IssuedSecret.class, dialog).single().value.getValue()).contains("reset/");
        assertThat(only("lena").mustChangePassword()).as("the old password works until the link is used").isFalse();
    }

    private List<String> usernamesInGrid() {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    private int row(String shownUsername) {
        int row = usernamesInGrid().indexOf(shownUsername);
        assertThat(row).as("row of " + shownUsername).isNotNegative();
        return row;
    }

    @SuppressWarnings("unchecked")
    private Select<Role> roleSelect(int row) {
        return (Select<Role>) test(view.grid).getCellComponent(row, 1);
    }

    private Button button(int row, String text) {
        return $(Button.class, test(view.grid).getCellComponent(row, 5)).withText(text).single();
    }

    private AccountSummary only(String username) {
        return administration.search(new AccountSearch(username, null, null), 0, 10).stream()
                .filter(account -> account.username().equals(username)).findFirst().orElseThrow();
    }
}
