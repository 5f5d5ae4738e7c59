package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.time.Instant;
import org.designcoach.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ResetPasswordViewTest extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "silver birch in april";

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private PasswordResetTokenRepository tokens;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordEncoder encoder;

    private String token = "";

    @BeforeEach
    void lenaWasSentAResetLink() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("ada", Role.ADMIN);
        token = administration.issueResetLink("lena").path().substring("reset/".length());
        SecurityContextHolder.clearContext();
    }

    @Test
    void aValidLinkShowsWhoseItIsAndSetsThePassword() {
        var view = navigate("reset/" + token, ResetPasswordView.class);
        assertThat(view.username.getValue()).isEqualTo("lena");
        assertThat(view.unusable.isVisible()).isFalse();

        test(view.form.password).setValue(NEW_PASSWORD);
        test(view.form.confirmation).setValue(NEW_PASSWORD);
        test(view.form.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(encoder.matches(NEW_PASSWORD, repository.findByUsername("lena").orElseThrow().getPasswordHash()))
                .isTrue();
        var again = navigate("reset/" + token, ResetPasswordView.class);
        assertThat(again.unusable.isVisible()).as("the link works once").isTrue();
    }

    @Test
    void aRefusedPasswordIsExplainedAndTheLinkStaysUsable() {
        var view = navigate("reset/" + token, ResetPasswordView.class);

        test(view.form.password).setValue(NEW_PASSWORD);
        test(view.form.confirmation).setValue("something else entirely");
        test(view.form.submit).click();

        assertThat(view.form.confirmation.isInvalid()).isTrue();
        assertThat(view.form.password.getValue()).isEqualTo(NEW_PASSWORD);
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void anExpiredLinkSaysToAskForANewOne() {
        String expired = "an-expired-token-of-forty-three-characters-";
        Instant issued = Instant.now().minus(Duration.ofDays(2));
        tokens.save(new PasswordResetToken(ResetTokens.hash(expired), "lena", PasswordResetToken.Purpose.RESET,
                issued, issued.plus(ResetTokens.RESET_VALIDITY)));

        var view = navigate("reset/" + expired, ResetPasswordView.class);

        assertThat(view.unusable.isVisible()).isTrue();
        assertThat(view.unusable.getText()).isEqualTo(
                "This link has expired or was already used. Ask your administrator for a new one.");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.username.isVisible()).isFalse();
    }

    @Test
    void anUnknownLinkSaysTheSame() {
        var view = navigate("reset/made-up", ResetPasswordView.class);

        assertThat(view.unusable.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
    }
}
