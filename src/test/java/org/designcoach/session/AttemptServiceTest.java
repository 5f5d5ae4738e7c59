package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class AttemptServiceTest {

    @Autowired
    private AttemptService attempts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private AccountService accounts;

    private long lenasAttempt;

    /** Lena is in cohort A, mentored by Mona; Omar is in cohort B, mentored by Milo. */
    @BeforeEach
    void twoCohortsWithAMentorEach() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mona", "milo");
        TestAccounts.signInAs("ada", Role.ADMIN);
        long a = cohorts.create("Cohort A", "").id();
        cohorts.addLearner(a, "lena");
        cohorts.addMentor(a, "mona");
        long b = cohorts.create("Cohort B", "").id();
        cohorts.addLearner(b, "omar");
        cohorts.addMentor(b, "milo");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.GUIDED, "senior");
        lenasAttempt = sessions.finish(started.id(), started.version()).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOwnerOpensTheirFinishedAttemptWithItsReport() {
        Attempt attempt = attempts.attempt(lenasAttempt);

        assertThat(attempt.owner()).isEqualTo("lena");
        assertThat(attempt.finishedReport()).isPresent();
        assertThat(attempt.worksheet()).isNotEmpty();
        assertThat(attempt.study().id()).isEqualTo("url-shortener");
    }

    @Test
    void aMentorOfTheLearnersCohortOpensTheAttempt() {
        TestAccounts.signInAs("mona", Role.MENTOR);

        assertThat(attempts.attempt(lenasAttempt).owner()).isEqualTo("lena");
        assertThat(attempts.mayOpenAttemptsOf("lena")).isTrue();
    }

    @Test
    void anAdministratorOpensAnyLearnersAttempt() {
        TestAccounts.signInAs("ada", Role.ADMIN);

        assertThat(attempts.attempt(lenasAttempt).owner()).isEqualTo("lena");
        assertThat(attempts.history("lena")).hasSize(1);
    }

    @Test
    void aMentorOfAnotherCohortIsToldThereIsNoSuchAttempt() {
        TestAccounts.signInAs("milo", Role.MENTOR);

        assertThatThrownBy(() -> attempts.attempt(lenasAttempt)).isInstanceOf(SessionException.class)
                .hasMessage(AttemptService.NOT_YOURS);
        assertThat(attempts.mayOpenAttemptsOf("lena")).isFalse();
    }

    @Test
    void anotherLearnerGetsTheSameAnswerAsForAnAttemptThatDoesNotExist() {
        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> attempts.attempt(lenasAttempt)).hasMessage(AttemptService.NOT_YOURS);
        assertThatThrownBy(() -> attempts.attempt(lenasAttempt + 1000)).hasMessage(AttemptService.NOT_YOURS);
    }

    @Test
    void aLearnerRoleCannotActAsMentorEvenWhenListedAsOne() {
        TestAccounts.signInAs("mona", Role.LEARNER);

        assertThatThrownBy(() -> attempts.attempt(lenasAttempt)).hasMessage(AttemptService.NOT_YOURS);
    }

    @Test
    void aDiscardedAttemptOpensForNobody() {
        SessionState other = sessions.start("url-shortener", Mode.MOCK, "mid");
        sessions.discard(other.id());

        assertThatThrownBy(() -> attempts.attempt(other.id())).hasMessage(AttemptService.NOT_YOURS);
    }
}
