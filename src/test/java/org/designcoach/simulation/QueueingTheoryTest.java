package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine against queueing theory: closed forms, an independent simulation, and Little's law. */
class QueueingTheoryTest {

    /** One "server" instance serves μ = 100 requests a second in a mean of 1/μ = 10 ms. */
    private static final double MU = 100;

    private static SimulationRun oneStation(int instances, double arrivals) {
        SimulationModel model = SimulationModel.builder()
                .profile(new ComponentProfile("web-client", FlowRole.CLIENT, 1e10, 0, 1, 0))
                .profile(new ComponentProfile("app-server", FlowRole.SERVICE, MU, 1000 / MU, 0.999, 100)).build();
        return model.run(Designs.design(List.of("c=web-client", "s=app-server x" + instances), "c>s"),
                Scenario.steady(60, arrivals, 0.5).withoutNoise());
    }

    private static StationReport station(SimulationRun run, String id) {
        return run.summary().stations().stream().filter(s -> s.componentId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneInstanceMatchesTheMm1MeanResponseTime() {
        double lambda = 80;
        StationReport station = station(oneStation(1, lambda), "s");

        assertThat(station.meanResponseMs()).isCloseTo(1000 / (MU - lambda), withPercentage(2));
    }

    @Test
    void oneInstanceMatchesTheMm1ResponsePercentiles() {
        double lambda = 80;
        SimulationRun run = oneStation(1, lambda);

        // The M/M/1 response time is exponential with rate μ−λ.
        assertThat(run.summary().latency().p99Ms()).isCloseTo(1000 * Math.log(100) / (MU - lambda), withPercentage(2));
        assertThat(run.summary().latency().p95Ms()).isCloseTo(1000 * Math.log(20) / (MU - lambda), withPercentage(2));
        assertThat(run.summary().latency().p50Ms()).isCloseTo(1000 * Math.log(2) / (MU - lambda), withPercentage(5));
    }

    @Test
    void severalInstancesMatchTheErlangCMeanWait() {
        int servers = 4;
        double lambda = 320;
        StationReport station = station(oneStation(servers, lambda), "s");

        double expectedWait = textbookErlangC(servers, lambda / MU) / (servers * MU - lambda);
        assertThat(station.meanResponseMs() - 1000 / MU).isCloseTo(1000 * expectedWait, withPercentage(2));
    }

    @Test
    void severalInstancesMatchAQueueSimulatedCustomerByCustomer() {
        int servers = 4;
        double lambda = 280;
        StationReport station = station(oneStation(servers, lambda), "s");

        assertThat(station.meanResponseMs() - 1000 / MU)
                .isCloseTo(1000 * simulatedMeanWait(servers, lambda, 2_000_000), withPercentage(2));
    }

    @Test
    void erlangCStaysExactForTwoThousandInstances() {
        double exact = logSpaceErlangC(2000, 1900);

        assertThat(Queueing.erlangC(2000, 1900)).isCloseTo(exact, within(1e-9)).isBetween(0.0, 1.0);
        assertThat(Queueing.erlangC(2000, 100)).isZero();
        assertThat(Queueing.erlangC(3, 3)).isEqualTo(1);
    }

    @Test
    void erlangCStartedNearTheLoadMatchesTheFullSumForTheLargestFleet() {
        for (double load : new double[] {100, 5_000, 9_000, 9_500, 9_990}) {
            double exact = logSpaceErlangC(10_000, load);

            assertThat(Queueing.erlangC(10_000, load)).as("a = " + load)
                    .isCloseTo(exact, within(1e-12 + 1e-9 * exact));
        }
    }

    @Test
    void littlesLawHoldsAtEveryStation() {
        SimulationModel model = SimulationModel.builder().profiles(Profiles.catalog()).build();
        SimulationRun run = model.run(Designs.design(
                List.of("c=web-client", "cdn=cdn", "lb=load-balancer", "api=app-server x3", "cache=cache",
                        "db=sql-database replicas=2", "q=message-queue", "w=worker x2"),
                "c>cdn", "cdn>lb", "lb>api", "api>cache", "api>db", "api>q", "q>w"), Scenario.steady(120, 2_000, 0.9));

        assertThat(run.summary().stations()).hasSize(8).allSatisfy(station -> assertThat(station.meanQueueLength())
                .as(station.componentId())
                .isCloseTo(station.throughputRps() * station.meanResponseMs() / 1000, withPercentage(1)));
    }

    @Test
    void aCacheHittingNinetyNinePercentOfFourHundredReadsLeavesFourForTheDatabase() {
        SimulationRun run = Profiles.simpleModel().run(Designs.design(
                List.of("c=web-client", "api=app-server", "cache=cache hit=0.99", "db=sql-database"),
                "c>api", "api>cache", "api>db"), Scenario.steady(10, 400, 1).withoutNoise());

        assertThat(station(run, "cache").throughputRps()).isCloseTo(400, within(1e-9));
        assertThat(station(run, "db").throughputRps()).isCloseTo(4, within(1e-9));
    }

    /** C(c, a) straight from its definition, for small c. */
    private static double textbookErlangC(int c, double a) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term / (1 - a / c);
        return last / (sum + last);
    }

    /** The same definition with every term as a logarithm, so that large c neither overflows nor underflows. */
    private static double logSpaceErlangC(int c, double a) {
        double[] logTerms = new double[c + 1];
        for (int k = 1; k <= c; k++) {
            logTerms[k] = logTerms[k - 1] + Math.log(a / k);
        }
        double logLast = logTerms[c] - Math.log(1 - a / c);
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.exp(logTerms[k] - logLast);
        }
        return 1 / (sum + 1);
    }

    /** First come, first served on the earliest free of c servers, with exponential gaps and service. */
    private static double simulatedMeanWait(int servers, double lambda, int customers) {
        SplittableRandom random = new SplittableRandom(7);
        double[] freeAt = new double[servers];
        double now = 0;
        double waited = 0;
        int warmup = customers / 100;
        for (int n = 0; n < customers + warmup; n++) {
            now += -Math.log(1 - random.nextDouble()) / lambda;
            int earliest = 0;
            for (int s = 1; s < servers; s++) {
                earliest = freeAt[s] < freeAt[earliest] ? s : earliest;
            }
            double start = Math.max(now, freeAt[earliest]);
            freeAt[earliest] = start - Math.log(1 - random.nextDouble()) / MU;
            if (n >= warmup) {
                waited += start - now;
            }
        }
        return waited / customers;
    }

}
