package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.designcoach.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class PasswordChangeRequiredViewTest extends SpringBrowserlessTest {

    private static final String OWN_PASSWORD = "harbour lights at dusk";

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    @BeforeEach
    void lenaSignedInWithATemporaryPassword() {
        TestAccounts.adminAndLearners(accounts, "lena");
        var lena = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs("ada", Role.ADMIN);
        administration.issueTemporaryPassword("lena");
        SecurityContextHolder.getContext().setAuthentication(lena);
    }

    @Test
    void everyPageLeadsToChoosingANewPasswordUntilItIsChosen() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(PasswordChangeRequiredView.class);
        UI.getCurrent().navigate("sandbox");
        assertThat(getCurrentView()).isInstanceOf(PasswordChangeRequiredView.class);

        var view = (PasswordChangeRequiredView) getCurrentView();
        test(view.form.password).setValue(OWN_PASSWORD);
        test(view.form.confirmation).setValue(OWN_PASSWORD);
        test(view.form.submit).click();

        assertThat(getCurrentView()).isNotInstanceOf(PasswordChangeRequiredView.class);
        UI.getCurrent().navigate("password/change");
        assertThat(getCurrentView()).as("nothing left to change").isNotInstanceOf(PasswordChangeRequiredView.class);
    }

    @Test
    void aRefusedPasswordIsExplainedOnThePage() {
        var view = navigate(PasswordChangeRequiredView.class);

        test(view.form.password).setValue("short");
        test(view.form.confirmation).setValue("short");
        test(view.form.submit).click();

        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).contains("at least 8 characters");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void someoneWhoseAccountWasDisabledIsSignedOutAtTheNextPage() {
        var lena = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs("ada", Role.ADMIN);
        administration.disable("lena");
        SecurityContextHolder.getContext().setAuthentication(lena);

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
