package org.designcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.designcoach.archfixtures.ReportThatReadsTheWallClock;
import org.designcoach.archfixtures.ViewThatQueriesARepository;
import org.designcoach.archfixtures.engine.EngineThatPublishesSpringEvents;
import org.designcoach.archfixtures.engine.PlainEngine;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTest} run against a class made to break it: a rule that cannot fail guards nothing. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.designcoach.archfixtures");

    @Test
    void theEngineRuleCatchesAnEngineThatUsesSpringAndLetsAPlainOnePass() {
        EvaluationResult result =
                ArchitectureTest.enginesArePlainJava("org.designcoach.archfixtures.engine").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).anyMatch(d -> d.contains(EngineThatPublishesSpringEvents.class.getName())
                && d.contains("org.springframework.context.ApplicationEventPublisher"));
        assertThat(details).noneMatch(d -> d.contains(PlainEngine.class.getName()));
        assertThat(result.getFailureReport().toString()).contains("because the engines are plain Java");
    }

    @Test
    void theClockRuleCatchesEachReadingOfTheWallClockButNotOneThroughAClock() {
        EvaluationResult result = ArchitectureTest.timeComesFromTheClock().evaluate(FIXTURES);

        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(3);
        assertThat(details).allMatch(d -> d.contains(ReportThatReadsTheWallClock.class.getName()));
        assertThat(details).anyMatch(d -> d.contains("Instant.now()"))
                .anyMatch(d -> d.contains("LocalDateTime.now()"))
                .anyMatch(d -> d.contains("System.currentTimeMillis()"));
    }

    @Test
    void theViewRuleCatchesAViewThatUsesARepository() {
        EvaluationResult result = ArchitectureTest.viewsReachDataThroughServices().evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(ViewThatQueriesARepository.class.getName()) && d.contains("NotesRepository"));
    }
}
