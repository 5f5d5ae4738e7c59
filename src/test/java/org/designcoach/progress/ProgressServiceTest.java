package org.designcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.designcoach.session.SessionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Who may see a learner's progress: the learner and the mentors of their cohorts, nobody else. */
@SpringBootTest
@Transactional
@Tag("database")
class ProgressServiceTest {

    @Autowired
    private ProgressService progress;

    @Autowired
    private SessionService sessions;

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @BeforeEach
    void lenaAndOmarLearnMiaMentorsLenaAndNoahMentorsOmar() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mia", "noah");
        TestAccounts.signInAs("ada", Role.ADMIN);
        long platform = cohorts.create("Platform team", "").id();
        cohorts.addLearner(platform, "lena");
        cohorts.addMentor(platform, "mia");
        long payments = cohorts.create("Payments team", "").id();
        cohorts.addLearner(payments, "omar");
        cohorts.addMentor(payments, "noah");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
        sessions.finish(started.id(), started.version());
        sessions.start("video-streaming", Mode.GUIDED, "senior");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLearnerSeesTheirOwnProgress() {
        Progress mine = progress.mine();

        assertThat(mine.own()).isTrue();
        assertThat(mine.attempts()).extracting(a -> a.status())
                .containsExactly(SessionStatus.IN_PROGRESS, SessionStatus.FINISHED);
        assertThat(mine.scored()).hasSize(1);
        assertThat(mine.casesCovered()).isEqualTo(1);
        assertThat(mine.streak().current()).isEqualTo(1);
        assertThat(mine.practiseNext()).isNotNull();
        assertThat(mine.practiseNext().caseId()).isNotEqualTo("url-shortener");
    }

    @Test
    void aMentorOfTheLearnersCohortSeesTheSameProgressButNotAsTheirOwn() {
        TestAccounts.signInAs("mia", Role.MENTOR);

        Progress lenas = progress.of("lena");

        assertThat(lenas.own()).isFalse();
        assertThat(lenas.learner()).isEqualTo("lena");
        assertThat(lenas.attempts()).hasSize(2);
    }

    @Test
    void aMentorOfAnotherCohortIsToldThereIsNoSuchLearner() {
        TestAccounts.signInAs("noah", Role.MENTOR);

        assertThatThrownBy(() -> progress.of("lena")).isInstanceOf(ProgressException.class)
                .hasMessage(ProgressService.NOT_YOURS);
        assertThatThrownBy(() -> progress.of("no-such-learner")).hasMessage(ProgressService.NOT_YOURS);
    }

    @Test
    void anotherLearnerIsToldThereIsNoSuchLearner() {
        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> progress.of("lena")).isInstanceOf(ProgressException.class)
                .hasMessage(ProgressService.NOT_YOURS);
        assertThat(progress.mine().attempts()).isEmpty();
    }

    @Test
    void aMentorListsTheLearnersOfTheirCohortsWithHowMuchEachPractised() {
        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThat(progress.myLearners()).singleElement().satisfies(lena -> {
            assertThat(lena.learner()).isEqualTo("lena");
            assertThat(lena.cohorts()).isNotEmpty();
            assertThat(lena.activity().attempts()).isEqualTo(2);
            assertThat(lena.activity().finished()).isEqualTo(1);
            assertThat(lena.activity().lastActivity()).isNotNull();
            assertThat(lena.activity().averageScore()).isNotNull().isBetween(0.0, 100.0);
        });
    }

    @Test
    void aLearnerHasNoLearnersToList() {
        assertThatThrownBy(() -> progress.myLearners()).isInstanceOf(AccessDeniedException.class);
    }
}
