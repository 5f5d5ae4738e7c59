package org.designcoach;

import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * The house rules that Spring Modulith's {@link ModularityTest} does not see: inside a feature, the engines stay plain
 * Java, time comes from the Clock, and views reach data only through a service. Each rule is a factory so that
 * {@link ArchitectureRulesTest} can show it failing on the deliberately bad classes in {@code archfixtures}.
 */
@AnalyzeClasses(packages = "org.designcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages whose classes are all engine code: none of them holds a Spring, Vaadin or JPA class. */
    static final List<String> ENGINE_PACKAGES =
            List.of("org.designcoach.estimation", "org.designcoach.rules", "org.designcoach.simulation");

    @ArchTest
    static final ArchRule theEnginesDependOnlyOnJavaTheDesignRecordsAndJSpecify =
            enginesArePlainJava(ENGINE_PACKAGES.toArray(String[]::new));

    @ArchTest
    static final ArchRule mainCodeReadsTheTimeOnlyFromTheInjectedClock = timeComesFromTheClock();

    @ArchTest
    static final ArchRule noViewHoldsARepository = viewsReachDataThroughServices();

    /**
     * Classes in the given packages (and below) may use java.*, the design records, JSpecify and their own package;
     * nothing else, not even another engine.
     */
    static ArchRule enginesArePlainJava(String... enginePackages) {
        return classes().that().resideInAnyPackage(Arrays.stream(enginePackages).map(p -> p + "..").toArray(String[]::new))
                .should(onlyHaveDependenciesWhere(targetIsJavaTheDesignRecordsJSpecifyOrTheSamePackage()))
                .because("the engines are plain Java so that they run and are tested in milliseconds, without a "
                        + "Spring context, a Vaadin session or a database, and are benchmarked alone");
    }

    static ArchRule timeComesFromTheClock() {
        return noClasses()
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the stage and session timers, deadlines, throttles and token expiry read the injected "
                        + "Clock, so that tests move time instead of waiting and every part agrees on what time it is");
    }

    static ArchRule viewsReachDataThroughServices() {
        return noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("a view calls its feature's service, which holds the transaction and checks who may see "
                        + "what; a repository in a view skips both");
    }

    private static DescribedPredicate<Dependency> targetIsJavaTheDesignRecordsJSpecifyOrTheSamePackage() {
        return DescribedPredicate.describe("the target is in java.*, org.designcoach.design, org.jspecify or the "
                + "engine's own package", dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetPackage = target.getPackageName();
                    String ownPackage = dependency.getOriginClass().getPackageName();
                    return targetPackage.equals("java") || targetPackage.startsWith("java.")
                            || targetPackage.equals("org.designcoach.design")
                            || targetPackage.startsWith("org.designcoach.design.")
                            || targetPackage.startsWith("org.jspecify.")
                            || targetPackage.equals(ownPackage) || targetPackage.startsWith(ownPackage + ".");
                });
    }
}
