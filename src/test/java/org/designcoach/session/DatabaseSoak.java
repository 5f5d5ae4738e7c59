package org.designcoach.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.designcoach.DesignCoachApplication;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * A soak run of the embedded database as the README starts it: an H2 file, the default pool, but with the pool's
 * connection lifetime at its minimum of 30 seconds, so that two hours retire every connection about 240 times (at
 * the default of 30 minutes that is four). Learners sign up, each makes a whole practice session through the real
 * session service (start, save, every stage, finish: scored and stored), and an admin changes a role and disables
 * and enables the account, without pause. Every minute it prints what was done and what failed; it exits 1 on the
 * first failure, with the error. A measurement to run by hand (README, Benchmarks), not a test:
 * {@code ./mvnw -q test-compile exec:exec -Dbenchmark=org.designcoach.session.DatabaseSoak -Dsoak.minutes=120}.
 */
public final class DatabaseSoak {

    /** The admin that {@link TestAccounts#adminAndLearners} makes. */
    private static final String ADMIN = "ada";

    private DatabaseSoak() {
    }

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofMinutes(Long.getLong("soak.minutes", 120));
        Path data = Files.createTempDirectory("designcoach-soak");
        try (ConfigurableApplicationContext spring = application().run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("designcoach")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.hikari.max-lifetime=30000",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            System.out.printf("Soak of %d minutes on %s, pool lifetime 30 s%n", length.toMinutes(), data);
            int failures = soak(spring, length);
            System.exit(failures == 0 ? 0 : 1);
        }
    }

    private static int soak(ConfigurableApplicationContext spring, Duration length) {
        AccountService accounts = spring.getBean(AccountService.class);
        AccountAdministration administration = spring.getBean(AccountAdministration.class);
        TestAccounts.adminAndLearners(accounts);
        MutableClock clock = new MutableClock(Instant.now());
        Instant start = Instant.now();
        Instant nextReport = start.plusSeconds(60);
        int learners = 0;
        while (Instant.now().isBefore(start.plus(length))) {
            String learner = "soak" + learners;
            try {
                signUpAndPractise(spring, accounts, administration, clock, learner);
                learners++;
            } catch (RuntimeException failure) {
                System.out.printf("FAILED after %d learners and %s: %s%n", learners,
                        Duration.between(start, Instant.now()), failure);
                failure.printStackTrace(System.out);
                return 1;
            } finally {
                SecurityContextHolder.clearContext();
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.printf("%4d min: %d learners signed up, practised a whole session and were administered; "
                        + "no failure%n", Duration.between(start, Instant.now()).toMinutes(), learners);
                nextReport = nextReport.plusSeconds(60);
            }
        }
        System.out.printf("Done: %d learners in %s, no failure%n", learners, Duration.between(start, Instant.now()));
        return 0;
    }

    private static void signUpAndPractise(ConfigurableApplicationContext spring, AccountService accounts,
            AccountAdministration administration, MutableClock clock, String learner) {
        SecurityContextHolder.clearContext();
        accounts.register(learner, TestAccounts.PASSPHRASE, TestAccounts.PASSPHRASE);
        SeededAttempts.finish(spring, clock, learner, 1);
        TestAccounts.signInAs(ADMIN, Role.ADMIN);
        administration.changeRole(learner, Role.MENTOR);
        administration.disable(learner);
        administration.enable(learner);
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(DesignCoachApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setApplicationContextFactory(type -> new GenericWebApplicationContext(new MockServletContext()));
        return application;
    }
}
