package org.designcoach.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcoach.BrowserTest;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An admin imports people from a CSV file with good and bad lines, imports the good ones, and later
 * erases one of the new accounts; the person's open tab then finds their account gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:people-administration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PeopleAdministrationIT extends BrowserTest {

    /** Names of this run's own, since a failed journey runs once more on the same database. */
    private final String nia = "nia." + Long.toString(System.nanoTime() % 1_000_000, 36);
    private final String tomas = "tomas." + Long.toString(System.nanoTime() % 1_000_000, 36);
    private final String people = """
            username,email,display_name,role,cohort
            NIA,nia@example.com,Nia Okafor,learner,Platform team
            TOMAS,tomas@example.com,"Berg, Tomas",mentor,Platform team
            zoe,zoe@example,Zoe,learner,Platform team
            kim,,Kim,teacher,
            """.replace("NIA", nia).replace("TOMAS", tomas);

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @TempDir
    private Path folder;

    @BeforeEach
    void anAdminAndACohort() {
        if (accounts.needsSetup()) {
            accounts.createFirstAdmin("ada", TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
            TestAccounts.signInAs("ada", Role.ADMIN);
            cohorts.create("Platform team", "");
        }
    }

    @AfterEach
    void nobodyActsInTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminImportsTheGoodLinesOfAFileSeesTheBadOnesAndErasesAnAccountLater() throws IOException {
        Path file = folder.resolve("people.csv");
        Files.writeString(file, people, StandardCharsets.UTF_8);
        signedIn("ada", TestAccounts.PASSPHRASE);
        page.navigate(url("/admin/import"));

        page.waitForFileChooser(() -> button("Choose a CSV file").click()).setFiles(file);

        assertThat(page.getByText("Line 4, email: 'zoe@example' is not an email address.")).isVisible();
        assertThat(page.getByText("Line 5, role: 'teacher' is not a role. Use learner, mentor or admin.")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("4 rows read: 2 ready to import, 2 with problems");
        button("Import 2 accounts").click();

        assertThat(page.getByText("Imported 2 accounts")).isVisible();
        String passwords = field("Temporary passwords").inputValue();
        Matcher password = Pattern.compile("(?m)^" + Pattern.quote(nia) + ",(\\S+)$").matcher(passwords);
        assertThat(password.find()).as(passwords).isTrue();

        Page niasTab = newBrowserPage();
        signedIn(niasTab, nia, password.group(1));

        page.navigate(url("/admin/users"));
        assertThat(page.getByText("Nia Okafor · nia@example.com").first()).isVisible();
        page.getByLabel("Erase " + nia).first().click();
        field("Type the username to confirm").fill(nia);
        button("Erase account").click();

        assertThat(page.getByText(nia + " is erased.")).isVisible();
        assertThat(page.getByLabel("Erase " + nia)).hasCount(0);
        assertThat(page.getByLabel("Erase " + tomas).first()).isVisible();

        niasTab.reload();
        assertThat(niasTab).hasURL(Pattern.compile(".*/login.*"));
        assertThat(niasTab.getByText("Your account no longer exists")).isVisible();
    }
}
