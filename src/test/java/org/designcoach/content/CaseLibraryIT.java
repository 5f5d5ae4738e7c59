package org.designcoach.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.security.AccountException;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A learner browses the case library, searches, opens a case and a concept, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:case-library;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase"})
class CaseLibraryIT extends BrowserTest {

    private static final String PASSPHRASE = "calm violet harbour";

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void aLearnerHasAnAccount() {
        if (!accounts.isRegistrationOpen()) {
            throw new IllegalStateException("registration must be open for this test");
        }
        try {
            accounts.register("lena", PASSPHRASE, PASSPHRASE);
        } catch (AccountException alreadyThere) {
            // another test of this class registered her
        }
    }

    @Test
    void aLearnerFindsACaseReadsItsPromptAndFollowsAConcept() {
        signedIn("lena", PASSPHRASE);
        link("Cases").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case library"))).isVisible();

        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill("shortener");
        assertThat(page.getByText("1 case", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.locator(".case-card a").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/cases/url-shortener$"));
        assertThat(page.getByText("The prompt")).isVisible();
        assertThat(page.getByText("opens once you have finished a practice session")).isVisible();
        assertThat(page.getByText("Reference architecture")).not().isAttached();

        page.locator(".dc-section a[href^='concepts/']").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/concepts/[a-z-]+$"));
        assertThat(page.getByText("Related concepts")).isVisible();
    }

    @Test
    void searchFindsCasesAndConcepts() {
        signedIn("lena", PASSPHRASE);
        page.navigate(url("/search?q=cache"));

        assertThat(page.getByText(Pattern.compile("Cases \\([1-9][0-9]*\\)"))).isVisible();
        assertThat(page.getByText(Pattern.compile("Concepts \\([1-9][0-9]*\\)"))).isVisible();
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
