package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.scoring.ScoringService;
import org.designcoach.security.AccountService;
import org.designcoach.traffic.TrafficService;
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
class SessionServiceTest {

    private static final String CASE = "url-shortener";

    /** Built here with a clock the test moves; a clock bean would start a second application context. */
    private SessionService sessions;

    @Autowired
    private PracticeSessionRepository repository;

    @Autowired
    private ScoringService scoring;

    @Autowired
    private DesignDocuments documents;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ContentService content;

    @Autowired
    private TrafficService traffic;

    private final MutableClock clock = MutableClock.startingAt("2026-11-25T10:00:00Z");

    @BeforeEach
    void twoLearnersHaveAccounts() {
        sessions = new SessionService(repository, content, scoring, documents, traffic, clock);
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.signInAs("lena");
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewSessionStartsAtTheRequirementsWithTheCasesBudgets() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");

        assertThat(state.stage()).isEqualTo(Stage.REQUIREMENTS);
        assertThat(state.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(state.timing().remainingInStage()).isEqualTo(Duration.ofMinutes(5));
        assertThat(state.timing().remainingInSession()).isEqualTo(Duration.ofMinutes(50));
        assertThat(sessions.mine()).extracting(SessionSummary::caseId).containsExactly(CASE);
    }

    @Test
    void theClockIsTheServersSoAReopenedSessionShowsTheRightTime() {
        SessionState started = sessions.start(CASE, Mode.MOCK, "mid");
        clock.advance(Duration.ofMinutes(2));

        SessionState reopened = sessions.open(started.id());

        assertThat(reopened.timing().remainingInStage()).isEqualTo(Duration.ofMinutes(3));
        assertThat(reopened.timing().spent().get(Stage.REQUIREMENTS)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void movingOnKeepsTheTimeSpentAndRunningOverIsRecorded() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        clock.advance(Duration.ofMinutes(7));
        state = sessions.goTo(state.id(), state.version(), Stage.ESTIMATION);
        clock.advance(Duration.ofMinutes(1));

        state = sessions.open(state.id());

        assertThat(state.timing().spent().get(Stage.REQUIREMENTS)).isEqualTo(Duration.ofMinutes(7));
        assertThat(state.timing().remainingInStage()).isEqualTo(Duration.ofMinutes(2));
        assertThat(state.timing().remainingInSession()).isEqualTo(Duration.ofMinutes(42));
    }

    @Test
    void theDesignIsJudgedAtTheLevelTheSessionIsPractisedAt() {
        var reference = content.caseStudy(CASE).orElseThrow().architecture();
        SessionState mid = sessions.start(CASE, Mode.MOCK, "mid");
        SessionState senior = sessions.start(CASE, Mode.MOCK, "senior");
        sessions.save(mid.id(), mid.version(), mid.answers().withDesign(reference));
        sessions.save(senior.id(), senior.version(), senior.answers().withDesign(reference));

        assertThat(sessions.designFindings(mid.id()).findings()).extracting(f -> f.ruleId())
                .doesNotContain("metrics-without-alerting");
        assertThat(sessions.designFindings(senior.id()).findings()).extracting(f -> f.ruleId())
                .contains("metrics-without-alerting");
    }

    @Test
    void answersAreKeptAndAnOlderPageCannotOverwriteThem() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        SessionState saved = sessions.save(state.id(), state.version(),
                state.answers().withRequirements(List.of("Shorten a URL"), List.of()));

        assertThatThrownBy(() -> sessions.save(state.id(), state.version(),
                state.answers().withRequirements(List.of("Something else"), List.of())))
                .isInstanceOf(StaleSessionException.class).hasMessageContaining("another tab");

        assertThat(sessions.open(state.id()).answers().functional()).containsExactly("Shorten a URL");
        assertThat(saved.version()).isGreaterThan(state.version());
    }

    @Test
    void theReadShareForTheSimulatorComesFromTheLearnersOwnReadAndWriteRates() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        assertThat(sessions.estimatedReadFraction(state.id())).isEmpty();

        sessions.save(state.id(), state.version(), state.answers().withWorksheet(Map.of(),
                Map.of("readQps", "300 /s", "writeQps", "100 /s")));

        assertThat(sessions.estimatedReadFraction(state.id())).hasValue(0.75);
        TestAccounts.signInAs("omar");
        assertThatThrownBy(() -> sessions.estimatedReadFraction(state.id())).isInstanceOf(SessionException.class)
                .hasMessageContaining("no such session");
    }

    @Test
    void nobodyOpensAnotherLearnersSessionByItsNumber() {
        SessionState lenas = sessions.start(CASE, Mode.MOCK, "mid");

        TestAccounts.signInAs("omar");

        assertThatThrownBy(() -> sessions.open(lenas.id())).isInstanceOf(SessionException.class)
                .hasMessageContaining("no such session");
        assertThatThrownBy(() -> sessions.save(lenas.id(), lenas.version(), lenas.answers()))
                .isInstanceOf(SessionException.class);
        assertThatThrownBy(() -> sessions.discard(lenas.id())).isInstanceOf(SessionException.class);
        assertThat(sessions.mine()).isEmpty();
    }

    @Test
    void onlyAGuidedSessionPausesAndPausedTimeIsNotCounted() {
        SessionState mock = sessions.start(CASE, Mode.MOCK, "mid");
        assertThatThrownBy(() -> sessions.pause(mock.id(), mock.version(), true))
                .hasMessageContaining("cannot be paused");

        SessionState guided = sessions.start(CASE, Mode.GUIDED, "junior");
        clock.advance(Duration.ofMinutes(1));
        guided = sessions.pause(guided.id(), guided.version(), true);
        clock.advance(Duration.ofMinutes(30));
        guided = sessions.pause(guided.id(), guided.version(), false);
        clock.advance(Duration.ofMinutes(1));

        assertThat(sessions.open(guided.id()).timing().spent().get(Stage.REQUIREMENTS)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aFinishedSessionHasAReportAndOpensTheReferenceSolution() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        assertThat(content.maySeeSolution(CASE)).isFalse();
        assertThatThrownBy(() -> sessions.report(state.id())).hasMessageContaining("when the session is finished");

        clock.advance(Duration.ofMinutes(3));
        SessionState finished = sessions.finish(state.id(), state.version());

        assertThat(finished.status()).isEqualTo(SessionStatus.FINISHED);
        SessionReport report = sessions.report(state.id());
        assertThat(report.stages()).hasSize(5);
        assertThat(report.stages().get(Stage.REQUIREMENTS).spent()).isEqualTo(Duration.ofMinutes(3));
        assertThat(report.overall()).isBetween(0, 30);
        assertThat(report.mistakes()).extracting(m -> m.id()).contains("no-questions", "no-estimation", "no-tradeoffs");
        assertThat(content.maySeeSolution(CASE)).isTrue();
        assertThatThrownBy(() -> sessions.save(state.id(), finished.version(), state.answers()))
                .hasMessageContaining("finished");
    }

    @Test
    void aDiscardedSessionLeavesTheList() {
        SessionState state = sessions.start(CASE, Mode.GUIDED, "senior");

        sessions.discard(state.id());

        assertThat(sessions.mine()).isEmpty();
    }

    @Test
    void anUnknownCaseOrLevelIsRefused() {
        assertThatThrownBy(() -> sessions.start("no-such-case", Mode.MOCK, "mid")).hasMessageContaining("no-such-case");
        assertThatThrownBy(() -> sessions.start(CASE, Mode.MOCK, "wizard")).hasMessageContaining("Pick a level");
    }

    @Test
    void aMockWorksheetIsCheckedOnlyAfterTheEndAndOnlyByItsOwner() {
        SessionState mock = sessions.start(CASE, Mode.MOCK, "mid");
        SessionAnswers worksheet = mock.answers().withWorksheet(java.util.Map.of(),
                java.util.Map.of("writeQps", "40 /s"));
        assertThatThrownBy(() -> sessions.checkWorksheet(mock.id(), worksheet))
                .isInstanceOf(SessionException.class).hasMessageContaining("once it is finished");
        SessionState guided = sessions.start(CASE, Mode.GUIDED, "mid");
        assertThat(sessions.checkWorksheet(guided.id(), worksheet).lines()).isNotEmpty();

        sessions.finish(mock.id(), mock.version());
        assertThat(sessions.checkWorksheet(mock.id(), worksheet).lines()).isNotEmpty();

        TestAccounts.signInAs("omar");
        assertThatThrownBy(() -> sessions.checkWorksheet(guided.id(), worksheet))
                .isInstanceOf(SessionException.class).hasMessageContaining("no such session");
    }

    private static org.designcoach.design.Design appAndDatabase() {
        return new org.designcoach.design.Design(org.designcoach.design.Design.CURRENT_VERSION, List.of(
                new org.designcoach.design.DesignComponent("api", "app-server", null, null, null, null, null, null,
                        null, null, null),
                new org.designcoach.design.DesignComponent("db", "sql-database", null, null, null, null, null, null,
                        null, null, null)), List.of(), List.of());
    }

    private List<String> findingsAtPeak(String peak) {
        SessionState state = sessions.start(CASE, Mode.GUIDED, "mid");
        state = sessions.save(state.id(), state.version(), state.answers().withWorksheet(java.util.Map.of(),
                java.util.Map.of("peakReadQps", peak)).withDesign(appAndDatabase()));
        return sessions.designFindings(state.id()).findings().stream().map(f -> f.ruleId()).toList();
    }

    @Test
    void theLearnersOwnPeakSetsTheScaleTheDesignIsJudgedAt() {
        List<String> atFifty = findingsAtPeak("50 /s");
        List<String> atFiftyThousand = findingsAtPeak("50k");

        assertThat(atFifty).doesNotContain("read-heavy-without-cache");
        assertThat(atFiftyThousand).contains("read-heavy-without-cache");
    }

    @Test
    void drawingBeforeAskingIsRecordedByTheServerAndShownAsAMistake() {
        SessionState state = sessions.start(CASE, Mode.MOCK, "mid");
        clock.advance(Duration.ofMinutes(1));
        state = sessions.save(state.id(), state.version(), state.answers().withDesign(appAndDatabase()));
        clock.advance(Duration.ofMinutes(1));
        // A page that claims the design started later, after the questions, is not believed.
        SessionAnswers claimed = state.answers().withQuestions(SessionFixtures.keyQuestionIds(
                SessionFixtures.urlShortener()), List.of()).withDesignStartFrom(SessionAnswers.empty()
                .withQuestions(List.of("a", "b", "c"), List.of()), clock.instant());
        state = sessions.save(state.id(), state.version(), claimed);

        assertThat(state.answers().designStarted()).isEqualTo(new SessionAnswers.DesignStart(
                java.time.Instant.parse("2026-11-25T10:01:00Z"), 0));
        sessions.finish(state.id(), state.version());
        assertThat(sessions.report(state.id()).mistakes()).extracting(m -> m.id()).contains("no-questions");
    }
}
