package org.designcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.designcoach.cohort.CohortService;
import org.designcoach.review.ReviewService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Every route that takes the id of someone's data, opened with another learner's id: by a learner
 * and by a mentor of a cohort the owner is not in. Each gets the page-not-found answer, the same as
 * for an id that does not exist, and a new route with a parameter must be added here.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "lena", roles = "LEARNER")
class IdRoutesAccessTest extends SpringBrowserlessTest {

    /** Route templates whose parameter names public content (a case, a lesson) or carries a secret token. */
    private static final Set<String> NOT_PERSONAL = Set.of("cases/:caseId", "lessons/:lessonId",
            "concepts/:conceptId", "practise/:caseId", "reset/:token");

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private ReviewService reviews;

    private final Map<String, String> lenasIds = new java.util.HashMap<>();

    /** Lena has a finished attempt under review; Omar is another learner; Milo mentors only Omar's cohort. */
    @BeforeEach
    void lenaHasAnAttemptUnderReview() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "milo");
        TestAccounts.signInAs("ada", Role.ADMIN);
        long cohort = cohorts.create("Omar's team", "").id();
        cohorts.addLearner(cohort, "omar");
        cohorts.addMentor(cohort, "milo");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
        long attempt = sessions.finish(started.id(), started.version()).id();
        long submission = reviews.submit(attempt, "").id();
        lenasIds.put("sessions/:sessionId", "sessions/" + attempt);
        lenasIds.put("sessions/:sessionId/report", "sessions/" + attempt + "/report");
        lenasIds.put("attempts/:attemptId", "attempts/" + attempt);
        lenasIds.put("reviews/:submissionId", "reviews/" + submission);
        lenasIds.put("reviews/submit/:attemptId", "reviews/submit/" + attempt);
        lenasIds.put("progress/:username", "progress/lena");
    }

    @Test
    void everyRouteWithAPersonalIdIsCheckedHere() {
        Set<String> personal = new TreeSet<>(routeTemplatesWithParameters());
        personal.removeAll(NOT_PERSONAL);

        assertThat(personal).as("routes with a parameter; add each to lenasIds with an id of Lena's")
                .isEqualTo(new TreeSet<>(lenasIds.keySet()));
    }

    @Test
    void lenaOpensEachOfHerOwnPages() {
        lenasIds.values().forEach(path -> assertThat(open(path)).as(path).isNotEqualTo("NotFoundView"));
    }

    @Test
    void anotherLearnerGetsPageNotFoundForEachOfLenasIds() {
        TestAccounts.signInAs("omar");

        lenasIds.values().forEach(path -> assertThat(open(path)).as(path).isEqualTo("NotFoundView"));
    }

    @Test
    void aMentorOfAnotherCohortGetsPageNotFoundForEachOfLenasIds() {
        TestAccounts.signInAs("milo", Role.MENTOR);

        lenasIds.values().forEach(path -> assertThat(open(path)).as(path).isEqualTo("NotFoundView"));
    }

    @Test
    void somethingThatIsNoIdIsNotFoundEither() {
        for (String path : List.of("attempts/not-a-number", "sessions/x", "sessions/x/report", "reviews/x",
                "attempts/999999", "sessions/999999/report")) {
            assertThat(open(path)).as(path).isEqualTo("NotFoundView");
        }
    }

    /** The simple name of the view the path leads to. */
    private String open(String path) {
        return navigate(path, Component.class).getClass().getSimpleName();
    }

    private static List<String> routeTemplatesWithParameters() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents(DesignCoachApplication.class.getPackageName()).stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), IdRoutesAccessTest.class.getClassLoader()))
                .map(view -> view.getAnnotation(Route.class).value())
                .filter(template -> template.contains(":"))
                .map(template -> template.replaceAll("\\(.*?\\)", ""))
                .toList();
    }
}
