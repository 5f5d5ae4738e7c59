package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
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
class AdminViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void theInstanceIsSetUp() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");
    }

    @Test
    void anAdminClosesAndReopensRegistration() {
        var view = navigate(AdminView.class);
        assertThat(view.registrationOpen.getValue()).isTrue();

        test(view.registrationOpen).click();
        assertThat(accounts.isRegistrationOpen()).isFalse();

        test(view.registrationOpen).click();
        assertThat(accounts.isRegistrationOpen()).isTrue();
    }

    @Test
    void theHubLinksToEveryAdministrationPage() {
        var view = navigate(AdminView.class);

        assertThat($(Anchor.class, view.pages).all()).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                tuple("Users", "admin/users"),
                tuple("Import people", "admin/import"),
                tuple("Cohorts", "admin/cohorts"),
                tuple("Content status", "admin/content"),
                tuple("Audit log", "admin/audit"),
                tuple("Backup", "admin/backup"));
    }
}
