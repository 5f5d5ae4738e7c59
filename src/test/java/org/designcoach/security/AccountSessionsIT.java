package org.designcoach.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sessions follow their account: what an admin changes, and what people change themselves, reaches
 * the tabs they have open, and no open tab keeps a session alive past its limits. Two browser
 * contexts are two people (or one person on two devices). Time is the test's clock, moved by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:account-sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.session.idle-timeout=30m",
        "designcoach.session.max-lifetime=1h"})
@Import(AccountSessionsIT.Time.class)
class AccountSessionsIT extends BrowserTest {

    private static final String PASSPHRASE = TestAccounts.PASSPHRASE;
    private static final String NEW_PASSPHRASE = "amber kettle lighthouse";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock accountSessionsClock() {
            return MutableClock.startingAt("2026-12-01T08:00:00Z");
        }
    }

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private MutableClock clock;

    @BeforeEach
    void anAdminExists() {
        if (accounts.needsSetup()) {
            accounts.createFirstAdmin("ada", PASSPHRASE, PASSPHRASE);
        }
    }

    @AfterEach
    void nobodyActsInTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminDemotedWhileTheirTabIsOpenIsSignedOutAtTheirNextActionAndItDoesNotHappen() {
        create("bea", Role.ADMIN);
        create("lou", Role.LEARNER);
        Page bea = newBrowserPage();
        signedIn(bea, "bea", PASSPHRASE);
        bea.navigate(url("/admin/users"));
        assertThat(bea.getByLabel("Disable lou")).isVisible();

        signedIn("ada", PASSPHRASE);
        page.navigate(url("/admin/users"));
        page.getByLabel("Role of bea").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Learner")).click();
        assertThat(page.getByText("bea is now learner.")).isVisible();

        bea.getByLabel("Disable lou").click();

        assertThat(bea).hasURL(Pattern.compile(".*/login.*"));
        assertThat(bea.getByRole(AriaRole.STATUS)).hasText(SessionEnd.ROLE_CHANGED.explanation);
        assertThat(accounts.roleOf("lou")).as("lou stays enabled").isPresent();

        signedIn(bea, "bea", PASSPHRASE);
        bea.navigate(url("/admin/users"));
        assertThat(bea.getByText("Page not found")).isVisible();
    }

    @Test
    void aDemotedAdminCannotDownloadTheBackupFromTheirOpenPage() {
        create("bob", Role.ADMIN);
        Page bob = newBrowserPage();
        signedIn(bob, "bob", PASSPHRASE);
        bob.navigate(url("/admin/backup"));
        String backupLink = link(bob, "Download a backup").getAttribute("href");
        assertThat(backupLink).isNotBlank();

        actAsAda(() -> administration.changeRole("bob", Role.LEARNER));
        APIResponse download = bob.request().get(url("/" + backupLink));

        assertThat(download.headers().getOrDefault("content-disposition", "")).doesNotContain("attachment");
        assertThat(download.text()).doesNotContain("password_hash");
        bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home")).click();
        assertThat(bob.getByRole(AriaRole.STATUS)).hasText(SessionEnd.ROLE_CHANGED.explanation);
    }

    @Test
    void aDisabledLearnersOpenTabSavesNothingMoreAndIsSignedOut() {
        create("dina", Role.LEARNER);
        Page dina = newBrowserPage();
        signedIn(dina, "dina", PASSPHRASE);
        openPasswordChange(dina, "dina");
        field(dina, "Current password").fill(PASSPHRASE);
        field(dina, "New password").fill(NEW_PASSPHRASE);
        field(dina, "Repeat the new password").fill(NEW_PASSPHRASE);

        signedIn("ada", PASSPHRASE);
        page.navigate(url("/admin/users"));
        page.getByLabel("Disable dina").click();
        assertThat(page.getByText("dina is disabled and can no longer sign in.")).isVisible();
        button(dina, "Change password").click();

        assertThat(dina).hasURL(Pattern.compile(".*/login.*"));
        assertThat(dina.getByRole(AriaRole.STATUS)).hasText(SessionEnd.DISABLED.explanation);
        actAsAda(() -> {
            AccountSummary account = administration.search(new AccountSearch("dina", null, null), 0, 1).getFirst();
            assertThat(account.lastPasswordChange()).as("the password set when the account was made")
                    .isEqualTo(account.createdAt());
        });
    }

    @Test
    void aPasswordChangeSignsOutThePersonsOtherSessionsButNotTheOneItWasMadeIn() {
        create("pia", Role.LEARNER);
        Page laptop = page;
        Page phone = newBrowserPage();
        signedIn(laptop, "pia", PASSPHRASE);
        signedIn(phone, "pia", PASSPHRASE);

        openPasswordChange(laptop, "pia");
        field(laptop, "Current password").fill(PASSPHRASE);
        field(laptop, "New password").fill(NEW_PASSPHRASE);
        field(laptop, "Repeat the new password").fill(NEW_PASSPHRASE);
        button(laptop, "Change password").click();
        assertThat(laptop.getByText("Your password has been changed.")).isVisible();
        link(phone, "Concepts").click();

        assertThat(phone).hasURL(Pattern.compile(".*/login.*"));
        assertThat(phone.getByRole(AriaRole.STATUS)).hasText(SessionEnd.PASSWORD_CHANGED.explanation);
        link(laptop, "Concepts").click();
        assertThat(laptop).hasURL(Pattern.compile(".*/concepts$"));
        laptop.reload();
        assertThat(laptop).hasURL(Pattern.compile(".*/concepts$"));
        signedIn(phone, "pia", NEW_PASSPHRASE);
    }

    @Test
    void anOpenTabIsSignedOutAfterTheIdleTimeoutThoughItsHeartbeatGoesOn() {
        create("ivo", Role.LEARNER);
        signedIn("ivo", PASSPHRASE);
        link(page, "Cases").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        // The address changes before the server has the navigation: on a busy machine it arrived after
        // the clock had moved, counted as the person's last action, and the session was not yet idle.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case library"))).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        clock.advance(Duration.ofMinutes(20));
        assertThat(heartbeat()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(9));
        assertThat(heartbeat()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(heartbeat()).as("the answer to a heartbeat of an ended session").isEqualTo(403);
        link(page, "Concepts").click();

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(SessionEnd.IDLE.explanation);
    }

    @Test
    void aBusySessionStillEndsAtItsLongestLifetime() {
        create("max", Role.LEARNER);
        signedIn("max", PASSPHRASE);

        clock.advance(Duration.ofMinutes(25));
        link(page, "Concepts").click();
        assertThat(page).hasURL(Pattern.compile(".*/concepts$"));
        clock.advance(Duration.ofMinutes(25));
        link(page, "Cases").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        clock.advance(Duration.ofMinutes(15));
        link(page, "Concepts").click();

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(SessionEnd.LIFETIME.explanation);
    }

    /**
     * Sends what Vaadin's heartbeat sends, from the page, with its cookies, for the UI that the page's
     * last request named; answers the HTTP status (Vaadin answers 403 once the session is gone).
     */
    private int heartbeat() {
        Object status = page.evaluate("""
                () => {
                  const ui = performance.getEntriesByType('resource').map(entry => entry.name)
                      .map(name => (name.match(/v-uiId=(\\d+)/) || [])[1]).filter(Boolean).pop();
                  const address = new URL('./?v-r=heartbeat&v-uiId=' + ui, document.baseURI);
                  return fetch(address, {method: 'POST', redirect: 'manual'}).then(response => response.status);
                }""");
        return ((Number) status).intValue();
    }

    private void create(String username, Role role) {
        actAsAda(() -> accounts.createAccount(username, PASSPHRASE, role));
    }

    private static void actAsAda(Runnable action) {
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void openPasswordChange(Page on, String username) {
        on.getByLabel("Account of " + username).click();
        on.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change password")).click();
    }

    private static Locator link(Page on, String name) {
        return on.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
