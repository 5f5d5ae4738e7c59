package org.designcoach.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Signing in on an instance whose admin came from the environment, as an automated deployment does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class SignInIT extends BrowserTest {

    private static final String PASSPHRASE = "calm violet harbour";

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApplicationContext context;

    /**
     * The browser always comes from 127.0.0.1: the failures of the lockout tests would add up, with those of
     * any later test on this database, towards the address limit.
     */
    @AfterEach
    void forgetTheFailedSignIns() {
        FailedSignIns.forget(context);
    }

    @Test
    void theAdminFromTheEnvironmentSignsInWithoutAnySetup() {
        signIn("root-admin", "deploy pipeline passphrase");

        assertThat(page.getByText("Welcome, root-admin")).isVisible();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndSayWhenToTryAgain() {
        accounts.register("lin", PASSPHRASE, PASSPHRASE);

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("lin", "not my passphrase " + attempt);
            assertThat(page.getByText("Incorrect username or password")).isVisible();
            assertThat(field("Username")).hasValue("lin");
        }
        signIn("lin", PASSPHRASE);

        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        // The lock of a minute began at the fifth failure, so less than a minute is left: said in seconds.
        assertThat(page.getByText(Pattern.compile("Try again in [1-5]?[0-9] seconds?\\."))).isVisible();
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeAKnownOne() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn("no-such-person", "whatever it is " + attempt);
        }

        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
    }

    @Test
    void aLearnerOpeningAnAdminUrlIsRefused() {
        accounts.register("kim", PASSPHRASE, PASSPHRASE);
        signIn("kim", PASSPHRASE);
        assertThat(page.getByText("Welcome, kim")).isVisible();

        page.navigate(url("/admin"));

        assertThat(page.getByText("Learners may create their own accounts")).not().isAttached();
        assertThat(page.getByText("Page not found")).isVisible();
    }

    @Test
    void aSignInPageLeftOpenPastItsSessionSaysSoKeepsTheUsernameAndThenSignsIn() {
        accounts.register("noor", PASSPHRASE, PASSPHRASE);
        page.navigate(url("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // What the browser holds once the server has forgotten the session: a cookie naming an ended one.
        // Set for the page's own address, so that it replaces the session cookie rather than adding a second one.
        page.context().addCookies(List.of(new Cookie("JSESSIONID", "ENDED0000000000000000000000000000")
                .setUrl(url("/"))));

        field("Username").fill("noor");
        field("Password").fill(PASSPHRASE);
        button("Sign in").click();

        assertThat(page.getByText("This sign-in page was open so long that it expired")).isVisible();
        assertThat(field("Username")).hasValue("noor");
        field("Password").fill(PASSPHRASE);
        button("Sign in").click();
        assertThat(page.getByText("Welcome, noor")).isVisible();
    }
}
