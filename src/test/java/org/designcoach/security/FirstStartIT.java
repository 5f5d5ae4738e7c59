package org.designcoach.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The very first visit to a new Design Coach, then the first learner, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class FirstStartIT extends BrowserTest {

    private static final String ADMIN_PASSPHRASE = "tulip lantern forty two";
    private static final String LEARNER_PASSPHRASE = "calm violet harbour";

    @Test
    void anAdminSetsUpTheInstanceAndALearnerRegistersAndSignsIn() {
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/setup$"));

        createAdminWithACommonPasswordFirst();
        signIn("ada", ADMIN_PASSPHRASE);
        assertThat(page.getByText("Welcome, ada")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Admin"))).isVisible();

        signOut("ada");
        registerLearner();
        signIn("grace", LEARNER_PASSPHRASE);
        assertThat(page.getByText("Welcome, grace")).isVisible();
        assertThat(page.getByText("The five steps of a system-design interview")).isVisible();
    }

    private void createAdminWithACommonPasswordFirst() {
        field("Username").fill("ada");
        field("Password").fill("password1");
        field("Repeat the password").fill("password1");
        button("Create administrator").click();
        assertThat(page.getByText("one of the most common ones")).isVisible();
        assertThat(field("Username")).hasValue("ada");

        field("Password").fill(ADMIN_PASSPHRASE);
        field("Repeat the password").fill(ADMIN_PASSPHRASE);
        button("Create administrator").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByText("Design Coach is set up.")).isVisible();
    }

    private void signOut(String username) {
        page.getByLabel("Account of " + username).click();
        page.getByRole(AriaRole.MENUITEM,
                new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    private void registerLearner() {
        page.getByText("New here? Create an account").click();
        assertThat(page).hasURL(Pattern.compile(".*/register$"));
        field("Username").fill("ada");
        field("Password").fill(LEARNER_PASSPHRASE);
        field("Repeat the password").fill(LEARNER_PASSPHRASE);
        button("Create account").click();
        assertThat(page.getByText("This username is taken. Please choose another.")).isVisible();

        field("Username").fill("grace");
        button("Create account").click();
        assertThat(page.getByText("Your account is ready.")).isVisible();
    }
}
