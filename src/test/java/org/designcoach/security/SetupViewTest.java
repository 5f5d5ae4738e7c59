package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SetupViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Test
    void anEmptyInstanceSendsEveryVisitorToSetup() {
        assertThat(navigate("login", SetupView.class)).isNotNull();
        assertThat(navigate("", SetupView.class)).isNotNull();
    }

    @Test
    void aWeakPasswordIsExplainedBesideItsFieldAndNothingTypedIsLost() {
        navigate(SetupView.class);

        test(field("Username")).setValue("ada");
        test(password("Password")).setValue("password1");
        test(password("Repeat the password")).setValue("password1");
        test(find(Button.class).withText("Create administrator").single()).click();

        assertThat(password("Password").isInvalid()).isTrue();
        assertThat(password("Password").getErrorMessage()).contains("common");
        assertThat(field("Username").getValue()).isEqualTo("ada");
        assertThat(accounts.needsSetup()).isTrue();
    }

    @Test
    void creatingTheAdminLeadsToSignIn() {
        navigate(SetupView.class);

        test(field("Username")).setValue("ada");
        test(password("Password")).setValue("tulip lantern forty two");
        test(password("Repeat the password")).setValue("tulip lantern forty two");
        test(find(Button.class).withText("Create administrator").single()).click();

        assertThat(accounts.needsSetup()).isFalse();
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void setupIsClosedOnceAnAdminExists() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");

        assertThat(navigate("setup", LoginView.class)).isNotNull();
    }

    private Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    private PasswordField password(String label) {
        return find(PasswordField.class).withCaption(label).single();
    }
}
