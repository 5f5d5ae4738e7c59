package org.designcoach.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.designcoach.BrowserTest;
import org.designcoach.security.TestIdentityProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end: a real OpenID Connect provider (Spring Authorization Server) runs in the test
 * on a port of its own, Design Coach is configured against it with local passwords off, and Chromium signs
 * people in through the provider's own form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.oidc.provider-name=Example Identity",
        "designcoach.oidc.groups-claim=groups",
        "designcoach.oidc.groups.learner=coach-learners",
        "designcoach.oidc.groups.mentor=coach-mentors",
        "designcoach.oidc.groups.admin=coach-admins",
        "designcoach.oidc.local-passwords=false",
        "designcoach.oidc.access-contact=the platform team"})
class OidcSignInIT extends BrowserTest {

    private static final Person MENTOR = Person.of("mia", "Mia Mentor", List.of("everyone", "coach-mentors"));
    private static final Person OUTSIDER = Person.of("otto", "Otto Outside", List.of("everyone"));

    /** Chosen before Design Coach starts: the provider must know the address it sends people back to. */
    private static final int PORT = freePort();
    private static TestIdentityProvider provider;

    @Autowired
    private UserAccountRepository accounts;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = new TestIdentityProvider("http://127.0.0.1:" + PORT + "/login/oauth2/code/oidc",
                List.of(MENTOR, OUTSIDER));
        registry.add("server.port", () -> PORT);
        registry.add("designcoach.oidc.issuer-uri", provider::issuer);
        registry.add("designcoach.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("designcoach.oidc.client-secret", provider::clientSecret);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Override
    protected String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Test
    void aMentorSignsInThroughTheProviderSeesTheMentorPagesButNoAdminPageAndSignsOut() {
        page.navigate(url("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(field("Username")).not().isVisible();

        signInAtProvider(MENTOR);

        assertThat(page.getByText("Welcome, Mia Mentor")).isVisible();
        UserAccount account = accounts.findByUsername("mia").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.MENTOR);
        assertThat(account.getEmail()).isEqualTo("mia@example.test");
        assertThat(account.getDisplayName()).isEqualTo("Mia Mentor");

        page.navigate(url("/reviews"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reviews").setLevel(2))).isVisible();
        page.navigate(url("/admin"));
        assertThat(page.getByText("Page not found")).isVisible();

        page.navigate(url("/"));
        page.getByLabel("Account of mia").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(address -> address.contains("/login"));
        assertThat(providerButton()).isVisible();
        page.navigate(url("/reviews"));
        page.waitForURL(address -> address.contains("/login"));
    }

    @Test
    void someoneWithoutAMappedGroupIsToldWhomToAskAndStaysOnThatPage() {
        page.navigate(url("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        signInAtProvider(OUTSIDER);

        assertThat(page.getByText("your account there has no Design Coach role")).isVisible();
        assertThat(page.getByText("Ask the platform team")).isVisible();
        String landed = page.url();
        page.waitForTimeout(2_000);
        assertThat(page.url()).isEqualTo(landed);
        assertThat(accounts.findByUsername("otto")).isEmpty();
    }

    private void signInAtProvider(Person person) {
        providerButton().click();
        page.waitForURL(address -> address.startsWith(provider.issuer()));
        page.locator("#username").fill(person.username());
        page.locator("#password").fill(person.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> address.startsWith(url("/")));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private Locator providerButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Example Identity"));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
