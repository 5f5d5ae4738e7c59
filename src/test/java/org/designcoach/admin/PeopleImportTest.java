package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountImport.ImportedAccount;
import org.designcoach.security.AccountSearch;
import org.designcoach.security.AccountService;
import org.designcoach.security.AccountSummary;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class PeopleImportTest {

    private static final String FILE = """
            username,email,display_name,role,cohort
            mara.k,mara@example.com,Mara Keller,learner,platform TEAM
            tomas,tomas@example.com,Tomas Berg,mentor,Platform team
            omar,omar@example.com,Omar,learner,
            zoe,zoe@example,Zoe,learner,Data team
            solo,,,learner,
            """;

    @Autowired
    private PeopleImport people;

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void anAdminALearnerAndACohort() {
        TestAccounts.adminAndLearners(accounts, "omar");
        TestAccounts.signInAs("ada", Role.ADMIN);
        cohorts.create("Platform team", "");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePreviewFindsTakenUsernamesAndUnknownCohortsAndChangesNothing() {
        long before = accountCount();

        ImportPreview preview = people.preview("people.csv", bytes(FILE));

        assertThat(preview.goodRows()).extracting(PeopleCsv.Row::username).containsExactly("mara.k", "tomas", "solo");
        assertThat(preview.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 4, username: There is already an account named omar. Take this line out, or choose another "
                        + "username.",
                "Line 5, email: 'zoe@example' is not an email address. Write it as name@example.com, or leave it empty.",
                "Line 5, cohort: There is no cohort named 'Data team'. Correct the name, or create the cohort under "
                        + "Admin, Cohorts first.");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void theImportMakesTheGoodRowsAccountsWithTheirProfilesPasswordsAndCohortsAndLeavesTheBadOnesOut() {
        var outcome = people.importGoodRows(people.preview("people.csv", bytes(FILE)));

        assertThat(outcome.skipped()).isEqualTo(2);
        assertThat(outcome.accounts()).extracting(ImportedAccount::username).containsExactly("mara.k", "tomas", "solo");
        assertThat(outcome.accounts()).allSatisfy(account ->
                assertThat(account.temporaryPassword()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}"));
        AccountSummary mara = only("mara.k");
        assertThat(mara.role()).isEqualTo(Role.LEARNER);
        assertThat(mara.email()).isEqualTo("mara@example.com");
        assertThat(mara.displayName()).isEqualTo("Mara Keller");
        assertThat(mara.mustChangePassword()).isTrue();
        assertThat(only("tomas").role()).isEqualTo(Role.MENTOR);
        var team = cohorts.all().getFirst();
        assertThat(team.learners()).containsExactly("mara.k");
        assertThat(team.mentors()).containsExactly("tomas");
        assertThat(administration.search(new AccountSearch("zoe", null, null), 0, 10)).isEmpty();
        assertThat(jdbc.sql("select detail from audit_event where type = 'PEOPLE_IMPORTED'").query(String.class)
                .single()).isEqualTo("Imported 3 accounts from 'people.csv'; 2 rows with problems left out");
        assertThat(jdbc.sql("select subject from audit_event where type = 'ACCOUNT_CREATED' and actor = 'ada' "
                + "and subject <> 'ada' order by id").query(String.class).list()).containsExactly("mara.k", "tomas", "solo");
    }

    @Test
    void anImportWhoseGoodRowsChangedSinceThePreviewIsRefusedAndChangesNothing() {
        ImportPreview preview = people.preview("people.csv", bytes(FILE));
        administration.createWithTemporaryPassword("tomas", Role.MENTOR);
        long before = accountCount();

        assertThatThrownBy(() -> people.importGoodRows(preview))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Something changed since the preview: tomas can no longer be imported")
                .satisfies(e -> assertThat(((ImportException) e).freshPreview().goodRows())
                        .extracting(PeopleCsv.Row::username).containsExactly("mara.k", "solo"));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void onlyAdminsPreviewOrImport() {
        TestAccounts.signInAs("omar", Role.LEARNER);

        assertThatThrownBy(() -> people.preview("people.csv", bytes(FILE))).isInstanceOf(AccessDeniedException.class);
    }

    private long accountCount() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    private AccountSummary only(String username) {
        List<AccountSummary> found = administration.search(new AccountSearch(username, null, null), 0, 10);
        return found.stream().filter(account -> account.username().equals(username)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
