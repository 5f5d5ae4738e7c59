package org.designcoach.session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.design.Design;
import org.designcoach.scoring.ScoringService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished attempts made through the real session service on a clock the caller moves, for the
 * progress benchmark: every case in turn, answers that vary from attempt to attempt (so that scores,
 * times and points lost vary too), two attempts a day.
 */
public final class SeededAttempts {

    private SeededAttempts() {
    }

    /** Makes {@code count} finished attempts for the learner, who must exist; the clock ends after the last. */
    public static void finish(ApplicationContext context, MutableClock clock, String learner, int count) {
        ContentService content = context.getBean(ContentService.class);
        SessionService sessions = new SessionService(context.getBean(PracticeSessionRepository.class), content,
                context.getBean(ScoringService.class), context.getBean(DesignDocuments.class),
                context.getBean(org.designcoach.traffic.TrafficService.class), clock);
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        List<CaseStudy> cases = content.library().allCases().stream()
                .sorted(java.util.Comparator.comparing(CaseStudy::id)).toList();
        TestAccounts.signInAs(learner);
        for (int i = 0; i < count; i++) {
            CaseStudy study = cases.get(i % cases.size());
            int attempt = i;
            transaction.executeWithoutResult(status -> attempt(sessions, clock, study, attempt));
            clock.advance(Duration.ofHours(attempt % 2 == 0 ? 3 : 20));
        }
    }

    private static void attempt(SessionService sessions, Clock clock, CaseStudy study, int i) {
        MutableClock moving = (MutableClock) clock;
        SessionState state = sessions.start(study.id(), i % 3 == 0 ? Mode.GUIDED : Mode.MOCK,
                org.designcoach.content.Levels.ALL.get(i % 4));
        state = sessions.save(state.id(), state.version(), answers(study, i));
        for (Stage stage : Stage.values()) {
            moving.advance(Duration.ofMinutes(2 + (i + stage.ordinal()) % 9));
            if (stage != Stage.TRADEOFFS) {
                state = sessions.goTo(state.id(), state.version(), Stage.values()[stage.ordinal() + 1]);
            }
        }
        sessions.finish(state.id(), state.version());
    }

    /** Some of the key questions, some reference values in the worksheet, and every third time the reference design. */
    private static SessionAnswers answers(CaseStudy study, int i) {
        List<String> asked = study.questions().stream().filter(CaseStudy.Question::key).map(CaseStudy.Question::id)
                .limit(1 + i % 6).toList();
        Map<String, String> estimates = new LinkedHashMap<>();
        study.estimate().results().stream().limit(i % (study.estimate().results().size() + 1))
                .forEach(line -> estimates.put(line.id(), line.value()));
        Design design = i % 3 == 0 ? study.architecture()
                : new Design(1, study.architecture().components().stream().limit(2 + i % 4).toList(), List.of(),
                        List.of());
        List<String> functional = new ArrayList<>(study.requirements().functional().stream()
                .map(CaseStudy.Requirement::text).limit(i % 4).toList());
        List<SessionAnswers.TradeOffAnswer> tradeoffs = study.tradeoffs().stream().limit(i % 3)
                .map(t -> new SessionAnswers.TradeOffAnswer(t.decision(), t.pro(), t.con(), t.acceptedBecause()))
                .toList();
        return new SessionAnswers(asked, List.of(), functional, List.of(), Map.of(), estimates, design, List.of(),
                tradeoffs, Map.of("monthlyCost", i % 2 == 0 ? "About 3,000 USD a month" : ""));
    }
}
