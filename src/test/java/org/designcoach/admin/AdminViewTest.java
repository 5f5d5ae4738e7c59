package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
}
