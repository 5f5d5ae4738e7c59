package org.designcoach.progress;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.server.communication.UidlWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.designcoach.DesignCoachApplication;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.designcoach.session.SeededAttempts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The server time of the progress page of a learner with 500 finished attempts. The target is under
 * 300 ms. It starts the application on an in-memory H2 without a web server (as the view tests do),
 * makes the attempts through the real session service (each scored and its result stored as it
 * finishes), then opens the page again and again in a fresh browserless window: the service call,
 * building the view, attaching it and encoding the response that would go to the browser (UIDL). Run
 * it as the README says; it is a measurement, not a test.
 */
public final class ProgressPageBenchmark {

    static final int ATTEMPTS = 500;
    static final int WARM_UP = 30;
    static final int RUNS = 100;
    private static final String LEARNER = "lena";

    private ProgressPageBenchmark() {
    }

    public static void main(String[] args) {
        // As arguments, so that they win over the tests' own application.properties on the classpath.
        try (ConfigurableApplicationContext spring = application().run(
                "--spring.datasource.url=jdbc:h2:mem:progress-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            long seeding = time(() -> seed(spring));
            System.out.printf("Made %d finished attempts in %.1f s%n", ATTEMPTS, seeding / 1e9);
            List<Long> service = measure(() -> serviceCall(spring));
            List<Long> page = measurePage(spring);
            report("service call (ProgressService.mine)", service);
            report("whole page (service, view, attach, response)", page);
        }
        System.exit(0);
    }

    /** The application as the view tests start it: a mock servlet context, so no web server and no frontend build. */
    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(DesignCoachApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setApplicationContextFactory(type -> new GenericWebApplicationContext(new MockServletContext()));
        return application;
    }

    private static void seed(ConfigurableApplicationContext spring) {
        TestAccounts.adminAndLearners(spring.getBean(AccountService.class), LEARNER);
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofDays(ATTEMPTS / 2 + 1)));
        SeededAttempts.finish(spring, clock, LEARNER, ATTEMPTS);
        SecurityContextHolder.clearContext();
    }

    private static void serviceCall(ConfigurableApplicationContext spring) {
        TestAccounts.signInAs(LEARNER);
        try {
            Progress progress = spring.getBean(ProgressService.class).mine();
            if (progress.attempts().size() != ATTEMPTS) {
                throw new IllegalStateException("Expected " + ATTEMPTS + " attempts, found " + progress.attempts().size());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Each run opens the page in a new window, as a browser loading it would; opening the window is not timed. */
    private static List<Long> measurePage(ConfigurableApplicationContext spring) {
        try (var vaadin = SpringBrowserlessApplicationContext.createSecured(spring, ProgressView.class);
                BrowserlessUserContext user = vaadin.newUser(LEARNER, "LEARNER")) {
            return measure(() -> {
                try (BrowserlessUIContext window = user.newWindow()) {
                    long start = System.nanoTime();
                    ProgressView view = window.navigate(ProgressView.class);
                    int bytes = new UidlWriter().createUidl(window.getUI(), false).toString().length();
                    long elapsed = System.nanoTime() - start;
                    if (view.page.attempts.grid.getListDataView().getItemCount() != ATTEMPTS || bytes == 0) {
                        throw new IllegalStateException("The page did not show every attempt");
                    }
                    return elapsed;
                }
            });
        }
    }

    private static List<Long> measure(Runnable run) {
        return measure(() -> time(run));
    }

    private static List<Long> measure(Supplier<Long> timed) {
        for (int i = 0; i < WARM_UP; i++) {
            timed.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(timed.get());
        }
        Collections.sort(times);
        return times;
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, List<Long> sorted) {
        System.out.printf("%s, %d attempts, %d runs after %d to warm up: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what, ATTEMPTS, RUNS, WARM_UP, millis(sorted, 0.50), millis(sorted, 0.95), sorted.getLast() / 1e6);
    }

    private static double millis(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }
}
