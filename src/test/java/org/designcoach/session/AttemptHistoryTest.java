package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.rules.Category;
import org.designcoach.scoring.ScoringService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.traffic.TrafficService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** The stored result of a finished attempt, and who may read a learner's history of them. */
@SpringBootTest
@Transactional
@Tag("database")
class AttemptHistoryTest {

    private static final String CASE = "url-shortener";

    private SessionService sessions;

    @Autowired
    private AttemptService attempts;

    @Autowired
    private PracticeSessionRepository repository;

    @Autowired
    private ScoringService scoring;

    @Autowired
    private DesignDocuments documents;

    @Autowired
    private ContentService content;

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TrafficService traffic;

    private final MutableClock clock = MutableClock.startingAt("2026-11-25T10:00:00Z");

    @BeforeEach
    void lenaAndOmarLearnMiaMentorsLenaAndNoahMentorsOmar() {
        sessions = new SessionService(repository, content, scoring, documents, traffic, clock);
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
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void finishingAnAttemptStoresItsResultOnce() {
        SessionState finished = finishedAttempt();

        PracticeSession row = repository.findById(finished.id()).orElseThrow();
        SessionReport report = sessions.report(finished.id());
        assertThat(row.getResultJson()).isNotBlank().hasSizeLessThan(1000);
        assertThat(row.getOverallScore()).isEqualTo(report.overall());

        AttemptResult result = attempts.history("lena").getFirst();
        assertThat(result.overall()).isEqualTo(report.overall());
        assertThat(result.stages()).hasSize(5);
        assertThat(result.stages().get(Stage.REQUIREMENTS).spent()).isEqualTo(Duration.ofMinutes(4));
        assertThat(result.stages().get(Stage.REQUIREMENTS).budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(result.stages().get(Stage.ESTIMATION).score())
                .isEqualTo(report.stages().get(Stage.ESTIMATION).score());
        assertThat(result.lostPointsByCategory()).isNotEmpty().doesNotContainValue(0);
        assertThat(result.caseTitle()).isEqualTo("URL shortener");
    }

    @Test
    void estimationAccuracyIsTheShareOfWorksheetLinesWithinTheTolerance() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        int lines = SessionFixtures.urlShortener().estimate().results().size();
        // Only the write rate is filled in, and rightly: one line of seven lies within the tolerance.
        state = sessions.save(state.id(), state.version(), state.answers()
                .withQuestions(List.of("monthly-links"), List.of()).withWorksheet(java.util.Map.of(),
                        java.util.Map.of("writeQps", "40 /s")));
        sessions.finish(state.id(), state.version());

        assertThat(attempts.history("lena").getFirst().estimationAccuracy())
                .isEqualTo((int) Math.round(100.0 / lines));
    }

    @Test
    void anAttemptFinishedBeforeResultsWereKeptGetsOneWhenFirstReadWithoutChangingItsVersion() {
        SessionState finished = finishedAttempt();
        jdbc.update("update practice_session set result_json = null, overall_score = null where id = ?",
                finished.id());
        long versionBefore = jdbc.queryForObject("select version from practice_session where id = ?", Long.class,
                finished.id());

        AttemptResult result = attempts.history("lena").getFirst();

        assertThat(result.overall()).isEqualTo(sessions.report(finished.id()).overall());
        assertThat(jdbc.queryForObject("select overall_score from practice_session where id = ?", Integer.class,
                finished.id())).isEqualTo(result.overall());
        assertThat(jdbc.queryForObject("select result_json from practice_session where id = ?", String.class,
                finished.id())).isNotBlank();
        assertThat(jdbc.queryForObject("select version from practice_session where id = ?", Long.class,
                finished.id())).isEqualTo(versionBefore);
    }

    @Test
    void theHistoryListsUnfinishedAttemptsWithoutScoresAndLeavesDiscardedOnesOut() {
        SessionState finished = finishedAttempt();
        clock.advance(Duration.ofHours(1));
        SessionState running = sessions.start(CASE, Mode.GUIDED, "senior");
        SessionState discarded = sessions.start(CASE, Mode.MOCK, "mid");
        sessions.discard(discarded.id());

        List<AttemptResult> history = attempts.history("lena");

        assertThat(history).extracting(AttemptResult::id).containsExactly(running.id(), finished.id());
        AttemptResult unfinished = history.getFirst();
        assertThat(unfinished.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(unfinished.overall()).isNull();
        assertThat(unfinished.stages()).isEmpty();
        assertThat(unfinished.scored()).isFalse();
        assertThat(unfinished.mode()).isEqualTo(Mode.GUIDED);
    }

    @Test
    void aMentorOfTheLearnersCohortReadsTheHistory() {
        SessionState finished = finishedAttempt();

        TestAccounts.signInAs("mia", Role.MENTOR);

        assertThat(attempts.history("lena")).extracting(AttemptResult::id).containsExactly(finished.id());
    }

    @Test
    void aMentorOfAnotherCohortCannotReadTheHistory() {
        finishedAttempt();

        TestAccounts.signInAs("noah", Role.MENTOR);

        assertThatThrownBy(() -> attempts.history("lena")).isInstanceOf(SessionException.class)
                .hasMessage(AttemptService.NOT_YOURS);
    }

    @Test
    void anotherLearnerCannotReadTheHistory() {
        finishedAttempt();

        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> attempts.history("lena")).isInstanceOf(SessionException.class)
                .hasMessage(AttemptService.NOT_YOURS);
        assertThatThrownBy(() -> attempts.history("nobody-at-all")).isInstanceOf(SessionException.class)
                .hasMessage(AttemptService.NOT_YOURS);
    }

    @Test
    void aMentorSeesHowMuchEachOfTheirLearnersPractisedButNotOthers() {
        finishedAttempt();
        sessions.start(CASE, Mode.MOCK, "mid");

        TestAccounts.signInAs("mia", Role.MENTOR);
        List<LearnerActivity> activity = attempts.activityOf(List.of("lena"));

        assertThat(activity).singleElement().satisfies(lena -> {
            assertThat(lena.attempts()).isEqualTo(2);
            assertThat(lena.finished()).isEqualTo(1);
            assertThat(lena.lastActivity()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> attempts.activityOf(List.of("lena", "omar"))).isInstanceOf(SessionException.class);
    }

    @Test
    void aLearnerWithoutAttemptsHasNoActivity() {
        assertThat(attempts.activityOf(List.of("lena"))).singleElement()
                .satisfies(lena -> assertThat(lena.lastActivity()).isNull());
        assertThat(attempts.history("lena")).isEmpty();
    }

    /** Lena asks the key questions, writes one requirement, draws two boxes and finishes after four minutes. */
    private SessionState finishedAttempt() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        state = sessions.save(state.id(), state.version(), state.answers()
                .withQuestions(SessionFixtures.keyQuestionIds(SessionFixtures.urlShortener()), List.of())
                .withRequirements(List.of("Shorten a long URL"), List.of())
                .withDesign(new org.designcoach.design.Design(1, List.of(
                        new org.designcoach.design.DesignComponent("web", "web-client", null, null, null, null, null,
                                null, null, null, null),
                        new org.designcoach.design.DesignComponent("api", "app-server", null, "Go", null, null, null,
                                null, null, null, null)), List.of(), List.of())));
        clock.advance(Duration.ofMinutes(4));
        return sessions.finish(state.id(), state.version());
    }
}
