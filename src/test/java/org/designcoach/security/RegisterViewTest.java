package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class RegisterViewTest extends SpringBrowserlessTest {

    private static final String PASSPHRASE = "calm violet harbour";

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository repository;

    @BeforeEach
    void anAdminHasSetUpTheInstance() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");
    }

    @Test
    void aNewLearnerRegistersAndIsSentToSignIn() {
        navigate(RegisterView.class);

        fillIn("grace", PASSPHRASE, PASSPHRASE);

        assertThat(repository.findByUsername("grace")).hasValueSatisfying(
                account -> assertThat(account.getRole()).isEqualTo(Role.LEARNER));
    }

    @Test
    void aTakenUsernameIsRefusedPolitelyAndTheFormKeepsItsValues() {
        navigate(RegisterView.class);

        fillIn("Ada", PASSPHRASE, PASSPHRASE);

        TextField username = find(TextField.class).withCaption("Username").single();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This username is taken. Please choose another.");
        assertThat(username.getValue()).isEqualTo("Ada");
        assertThat(find(PasswordField.class).withCaption("Password").single().getValue()).isEqualTo(PASSPHRASE);
    }

    @Test
    void differentPasswordsAreFlaggedOnTheRepeatField() {
        navigate(RegisterView.class);

        fillIn("grace", PASSPHRASE, "calm violet harbor");

        PasswordField repeat = find(PasswordField.class).withCaption("Repeat the password").single();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repository.existsByUsername("grace")).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void closedRegistrationSaysWhomToAsk() {
        accounts.setRegistrationOpen(false);

        navigate(RegisterView.class);

        assertThat(find(TextField.class).all()).allSatisfy(field -> assertThat(field.isVisible()).isFalse());
        assertThat(find(Paragraph.class).withText(
                "Registration is closed on this Design Coach. Ask an administrator for an account.").single().isVisible())
                .isTrue();
    }

    private void fillIn(String username, String password, String confirmation) {
        test(find(TextField.class).withCaption("Username").single()).setValue(username);
        test(find(PasswordField.class).withCaption("Password").single()).setValue(password);
        test(find(PasswordField.class).withCaption("Repeat the password").single()).setValue(confirmation);
        test(find(Button.class).withText("Create account").single()).click();
    }
}
