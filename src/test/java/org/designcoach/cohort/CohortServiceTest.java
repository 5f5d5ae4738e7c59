package org.designcoach.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class CohortServiceTest {

    @Autowired
    private CohortService cohorts;

    @Autowired
    private Mentorship mentorship;

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void learnersAndMentorsExist() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mona", "milo");
        TestAccounts.signInAs("ada", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminCreatesACohortAddsLearnersAndAssignsAMentor() {
        long id = cohorts.create("  Platform team ", "Backend engineers").id();
        cohorts.addLearner(id, "lena");
        CohortSummary cohort = cohorts.addMentor(id, "Mona");

        assertThat(cohort.name()).isEqualTo("Platform team");
        assertThat(cohort.learners()).containsExactly("lena");
        assertThat(cohort.mentors()).containsExactly("mona");
        assertThat(mentorship.mentors("mona", "lena")).isTrue();
        assertThat(mentorship.mentors("mona", "omar")).isFalse();
        assertThat(mentorship.mentors("milo", "lena")).isFalse();
        assertThat(mentorship.learnersOf("mona")).containsExactly("lena");
        assertThat(mentorship.cohortsOf("lena")).containsExactly("Platform team");
    }

    @Test
    void aMentorOfTwoCohortsSeesTheLearnersOfBothOnce() {
        long a = cohorts.create("A", "").id();
        long b = cohorts.create("B", "").id();
        cohorts.addLearner(a, "lena");
        cohorts.addLearner(b, "lena");
        cohorts.addLearner(b, "omar");
        cohorts.addMentor(a, "mona");
        cohorts.addMentor(b, "mona");

        assertThat(mentorship.learnersOf("mona")).containsExactly("lena", "omar");
        assertThat(mentorship.cohortsMentoredBy("mona")).extracting(CohortSummary::name).containsExactly("A", "B");
    }

    @Test
    void removingALearnerEndsTheMentorsAccess() {
        long id = cohorts.create("A", "").id();
        cohorts.addLearner(id, "lena");
        cohorts.addMentor(id, "mona");

        cohorts.removeLearner(id, "lena");

        assertThat(mentorship.mentors("mona", "lena")).isFalse();
    }

    @Test
    void aCohortNeedsANameThatNoOtherCohortHas() {
        cohorts.create("Platform team", "");

        assertThatThrownBy(() -> cohorts.create(" ", "")).isInstanceOf(CohortException.class)
                .hasMessageContaining("Give the cohort a name");
        assertThatThrownBy(() -> cohorts.create("platform TEAM", "")).hasMessageContaining("already a cohort");
        assertThatThrownBy(() -> cohorts.create("x".repeat(81), "")).hasMessageContaining("at most 80");
    }

    @Test
    void onlyLearnersJoinAsLearnersAndOnlyMentorsAsMentors() {
        long id = cohorts.create("A", "").id();

        assertThatThrownBy(() -> cohorts.addLearner(id, "mona")).hasMessageContaining("'mona' is a mentor, not a learner");
        assertThatThrownBy(() -> cohorts.addMentor(id, "lena")).hasMessageContaining("'lena' is a learner, not a mentor");
        assertThatThrownBy(() -> cohorts.addMentor(id, "nobody")).hasMessageContaining("no active account named 'nobody'");
    }

    @Test
    void aRenameBasedOnAnOldVersionIsRefused() {
        CohortSummary created = cohorts.create("A", "");
        cohorts.describe(created.id(), created.version(), "A2", "");

        assertThatThrownBy(() -> cohorts.describe(created.id(), created.version(), "A3", ""))
                .hasMessageContaining("Someone else changed this cohort");
    }

    @Test
    void learnersAndMentorsCannotManageCohorts() {
        TestAccounts.signInAs("mona", Role.MENTOR);

        assertThatThrownBy(() -> cohorts.create("Mine", "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.all()).isInstanceOf(AccessDeniedException.class);
    }
}
