package org.designcoach.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.content.CanvasPalette;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.content.Levels;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComparison;
import org.designcoach.rules.Assessment;
import org.designcoach.scoring.ScoringService;
import org.designcoach.security.CurrentUser;
import org.designcoach.simulation.ComponentCost;
import org.designcoach.simulation.SimulationException;
import org.designcoach.traffic.TrafficService;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's practice sessions. Every method finds the session by id and owner, so
 * that nobody reaches another learner's session by changing a number; every change names the
 * version it was made on, so that a second tab cannot silently overwrite the first.
 */
@Service
public class SessionService {

    private final PracticeSessionRepository sessions;
    private final ContentService content;
    private final ScoringService scoring;
    private final DesignDocuments documents;
    private final Clock clock;
    private final TrafficService traffic;

    SessionService(PracticeSessionRepository sessions, ContentService content, ScoringService scoring,
            DesignDocuments documents, TrafficService traffic, Clock clock) {
        this.traffic = traffic;
        this.sessions = sessions;
        this.content = content;
        this.scoring = scoring;
        this.documents = documents;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SessionState start(String caseId, Mode mode, String level) {
        CaseStudy study = study(caseId);
        if (!Levels.ALL.contains(level)) {
            throw new SessionException("Pick a level: " + String.join(", ", Levels.ALL) + ".");
        }
        Instant now = clock.instant();
        StageClock stageClock = StageClock.start(budgets(study), now);
        PracticeSession session = sessions.save(new PracticeSession(CurrentUser.username(), caseId,
                content.library().version(), mode, level, SessionJson.write(stageClock),
                SessionJson.write(SessionAnswers.empty()), now));
        return state(session);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SessionState open(long id) {
        return state(owned(id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionSummary> mine() {
        return sessions.findByOwnerAndStatusNotOrderByUpdatedAtDesc(CurrentUser.username(), SessionStatus.DISCARDED)
                .stream().map(this::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<PaletteItem> palette() {
        return CanvasPalette.of(content.library().catalog());
    }

    /** A design from the canvas, checked like any design from outside. */
    @PreAuthorize("isAuthenticated()")
    public Design readDesign(String json) {
        return documents.read(json);
    }

    /** The case to practise, if there is one with this id. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CaseStudy> caseSummary(String caseId) {
        return content.caseStudy(caseId);
    }

    /** Keeps what the learner wrote. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SessionState save(long id, long version, SessionAnswers answers) {
        PracticeSession session = current(id, version);
        SessionAnswers stamped = answers.withDesignStartFrom(SessionJson.answers(session.getAnswersJson()),
                clock.instant());
        session.update(session.getClockJson(), SessionJson.write(stamped), clock.instant());
        return flushed(session);
    }

    /**
     * What a page holds that the stored session lacks, as plain text with the stages' labels: the work
     * of a tab whose changes were refused because another tab saved first, for the learner to copy.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String unsavedWork(long id, SessionAnswers mine) {
        PracticeSession session = owned(id);
        return UnsavedWork.describe(study(session.getCaseId()), mine, SessionJson.answers(session.getAnswersJson()));
    }

    /** Moves to another stage, forward or back; the time of the stage left is kept as spent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SessionState goTo(long id, long version, Stage stage) {
        PracticeSession session = current(id, version);
        StageClock moved = SessionJson.clock(session.getClockJson()).moveTo(stage, clock.instant());
        session.update(SessionJson.write(moved), session.getAnswersJson(), clock.instant());
        return flushed(session);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SessionState pause(long id, long version, boolean pause) {
        PracticeSession session = current(id, version);
        if (session.getMode() != Mode.GUIDED) {
            throw new SessionException("A mock interview runs like the real one and cannot be paused.");
        }
        StageClock stageClock = SessionJson.clock(session.getClockJson());
        StageClock changed = pause ? stageClock.pause(clock.instant()) : stageClock.resume(clock.instant());
        session.update(SessionJson.write(changed), session.getAnswersJson(), clock.instant());
        return flushed(session);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SessionState finish(long id, long version) {
        PracticeSession session = current(id, version);
        StageClock stopped = SessionJson.clock(session.getClockJson()).stop(clock.instant());
        session.finish(SessionJson.write(stopped), clock.instant());
        // Scored once here, so that progress pages read the result instead of scoring every attempt again.
        resultOf(session).ifPresent(result -> session.recordResult(AttemptResults.write(result), result.overall()));
        return flushed(session);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void discard(long id) {
        owned(id).discard(clock.instant());
    }

    /** The findings of the session's design, judged at the learner's own peak estimate when there is one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Assessment designFindings(long id) {
        PracticeSession session = owned(id);
        SessionAnswers answers = SessionJson.answers(session.getAnswersJson());
        return assess(session, answers);
    }

    /** The learner's own peak estimate in requests per second, if the worksheet has one that reads. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Double> estimatedPeak(long id) {
        PracticeSession session = owned(id);
        return EstimationGrading.peakQps(study(session.getCaseId()), SessionJson.answers(session.getAnswersJson()));
    }

    /** The share of reads in the learner's own read and write rates, if the worksheet has both. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Double> estimatedReadFraction(long id) {
        PracticeSession session = owned(id);
        return EstimationGrading.readFraction(study(session.getCaseId()), SessionJson.answers(session.getAnswersJson()));
    }

    /** The report of a finished session; an unfinished one has none yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SessionReport report(long id) {
        return reportOf(owned(id));
    }

    /**
     * The learner's own answer to "what does it cost a month?" beside what the design they drew costs,
     * component by component, at the catalog's prices.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CostComparison costs(long id) {
        SessionAnswers answers = SessionJson.answers(owned(id).getAnswersJson());
        String answer = answers.standing().getOrDefault("monthlyCost", "");
        if (answers.design() == null || answers.design().components().isEmpty()) {
            return new CostComparison(answer, List.of(), "No design was drawn, so it has no price.");
        }
        try {
            return new CostComparison(answer, traffic.costs(answers.design()), null);
        } catch (SimulationException e) {
            return new CostComparison(answer, List.of(), "The design cannot be priced: " + e.getMessage());
        }
    }

    /**
     * @param answer  what the learner wrote in stage 5, possibly blank
     * @param costs   the design's bill per component, the most expensive first
     * @param problem why there is no bill, or null
     */
    public record CostComparison(String answer, List<ComponentCost> costs, @Nullable String problem) {

        public CostComparison {
            costs = List.copyOf(costs);
        }
    }

    SessionReport reportOf(PracticeSession session) {
        if (session.getStatus() != SessionStatus.FINISHED) {
            throw new SessionException("The report is ready when the session is finished.");
        }
        return scored(session, study(session.getCaseId())).report();
    }

    /** The compact result of a finished session; empty when its case is no longer in the library. */
    Optional<AttemptResults.Stored> resultOf(PracticeSession session) {
        return content.caseStudy(session.getCaseId()).map(study -> {
            Scored scored = scored(session, study);
            return AttemptResults.of(scored.report(), scored.estimationAccuracy());
        });
    }

    /** The report and the worksheet's accuracy, from one grading of the worksheet. */
    private Scored scored(PracticeSession session, CaseStudy study) {
        SessionAnswers answers = SessionJson.answers(session.getAnswersJson());
        EstimationGrading.Graded estimation = EstimationGrading.grade(study, answers);
        Instant end = Optional.ofNullable(session.getFinishedAt()).orElse(clock.instant());
        SessionReport report = new SessionScorer(study, content.library()).report(answers,
                SessionJson.clock(session.getClockJson()), assess(session, answers), estimation.score(),
                estimation.missed(), end);
        return new Scored(report, estimation.accuracy());
    }

    private record Scored(SessionReport report, @Nullable Integer estimationAccuracy) {
    }

    /**
     * The whole case of one of the learner's sessions, reference solution included. Views run on the
     * server, so only what they render reaches the browser; the session views render the reference
     * only in guided mode or after the end, and the worksheet checks go through {@link #checkWorksheet}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseStudy caseOf(long id) {
        return study(owned(id).getCaseId());
    }

    CaseStudy caseOf(PracticeSession session) {
        return study(session.getCaseId());
    }

    /**
     * The learner's design as last saved beside the case's reference, part by part. Like {@link #caseOf(long)} it
     * reveals the reference: the views show it only in guided mode or after the end.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DesignComparison referenceComparison(long id) {
        PracticeSession session = owned(id);
        return compareWithReference(state(session).answers().design(), caseOf(session));
    }

    /** Pairs the design's components with the reference's by the jobs the catalog gives them. */
    DesignComparison compareWithReference(@Nullable Design design, CaseStudy study) {
        Design learner = design != null ? design : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());
        return DesignComparison.of(learner, study.architecture(), content.library().knowledge()::jobsIn);
    }

    /**
     * The checks of a worksheet against the session's case. They quote the case's reference values, so a
     * mock interview gets them only once it is finished, like an interviewer who answers after the end.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EstimationGrading.Graded checkWorksheet(long id, SessionAnswers answers) {
        PracticeSession session = owned(id);
        if (session.getMode() == Mode.MOCK && session.getStatus() != SessionStatus.FINISHED) {
            throw new SessionException("A mock interview checks the worksheet in the report, once it is finished.");
        }
        return EstimationGrading.grade(study(session.getCaseId()), answers);
    }

    /** The session's design judged at the level the session is practised at. */
    Assessment assess(PracticeSession session, SessionAnswers answers) {
        Design design = answers.design() != null ? answers.design()
                : new Design(Design.CURRENT_VERSION, List.of(), List.of(), List.of());
        return scoring.score(session.getCaseId(), design,
                EstimationGrading.peakQps(study(session.getCaseId()), answers), Optional.of(session.getLevel()));
    }

    private PracticeSession owned(long id) {
        return sessions.findByIdAndOwner(id, CurrentUser.username())
                .orElseThrow(() -> new SessionException("There is no such session among yours."));
    }

    private PracticeSession current(long id, long version) {
        PracticeSession session = owned(id);
        if (session.getVersion() != version) {
            throw new StaleSessionException();
        }
        return session;
    }

    private SessionState flushed(PracticeSession session) {
        try {
            return state(sessions.saveAndFlush(session));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleSessionException();
        }
    }

    private CaseStudy study(String caseId) {
        return content.caseStudy(caseId)
                .orElseThrow(() -> new SessionException("There is no case with the id '" + caseId + "'."));
    }

    static Map<Stage, Duration> budgets(CaseStudy study) {
        Map<Stage, Duration> budgets = new EnumMap<>(Stage.class);
        Map<String, Integer> custom = study.stageMinutes() == null ? Map.of() : study.stageMinutes();
        for (Stage stage : Stage.values()) {
            budgets.put(stage, Duration.ofMinutes(custom.getOrDefault(stage.contentKey(), stage.defaultMinutes())));
        }
        return budgets;
    }

    SessionState state(PracticeSession session) {
        StageClock stageClock = SessionJson.clock(session.getClockJson());
        Instant now = session.getStatus() == SessionStatus.FINISHED && session.getFinishedAt() != null
                ? session.getFinishedAt() : clock.instant();
        Map<Stage, Duration> spent = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            spent.put(stage, stageClock.spentIn(stage, now));
        }
        var timing = new SessionState.Timing(stageClock.budgets(), spent, stageClock.remainingInStage(now),
                stageClock.remainingInSession(now), stageClock.paused(), now, session.getFinishedAt());
        return new SessionState(session.getId(), session.getCaseId(), title(session.getCaseId()), session.getMode(),
                session.getLevel(), session.getStatus(), stageClock.current(), session.getVersion(),
                SessionJson.answers(session.getAnswersJson()), timing);
    }

    private SessionSummary summary(PracticeSession session) {
        return new SessionSummary(session.getId(), session.getCaseId(), title(session.getCaseId()), session.getMode(),
                session.getLevel(), session.getStatus(), SessionJson.clock(session.getClockJson()).current(),
                session.getStartedAt(), session.getUpdatedAt());
    }

    String title(String caseId) {
        return content.caseStudy(caseId).map(CaseStudy::title).orElse(caseId);
    }
}
