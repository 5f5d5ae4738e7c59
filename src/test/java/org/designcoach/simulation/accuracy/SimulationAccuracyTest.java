package org.designcoach.simulation.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.designcoach.simulation.accuracy.AccuracyTable.Row;
import org.designcoach.simulation.accuracy.NetworkDes.Estimate;
import org.designcoach.simulation.accuracy.NetworkDes.Station;
import org.designcoach.simulation.accuracy.NetworkDes.Trip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published accuracy report: the engine, station by station and over small networks, against the
 * exact queueing formulas ({@link MmcFormulas}) and against a discrete-event simulation of the same
 * network request by request ({@link NetworkDes}); neither uses any engine class. It writes the table to
 * {@code docs/simulation-accuracy.md} and fails when a figure held to a tolerance leaves it.
 */
class SimulationAccuracyTest {

    static final Path REPORT = Path.of("docs", "simulation-accuracy.md");
    /** Requests per discrete-event run: enough for a confidence interval well inside the 5 % tolerance. */
    static final long REQUESTS = 1_000_000;
    private static final String PERCENTILES = "note 1";
    private static final String POISSON_SECONDS = "note 2";

    private static final AccuracyTable TABLE = new AccuracyTable();
    private static int seed;

    @BeforeAll
    static void measure() {
        singleServer(50, true);
        singleServer(70, true);
        singleServer(80, false);
        singleServer(90, false);
        multiServer(4, 10, 20, false);
        multiServer(4, 10, 30, true);
        multiServer(4, 10, 36, false);
        multiServer(10, 100, 900, false);
        concurrentInstance();
        poissonSeconds();
        series();
        balancedFanOut();
        callingFanOut();
        cacheInFrontOfAStore();
        queueAndConsumers();
    }

    @Test
    void everyFigureHeldToAToleranceIsWithinTwoPercentOfTheFormulaAndFivePercentOfTheSimulation() {
        assertThat(TABLE.rows()).filteredOn(row -> !row.passes())
                .as("rows outside their tolerance; the table:%n%s", TABLE.markdown()).isEmpty();
        assertThat(TABLE.rows().stream().filter(Row::held).count()).isGreaterThan(60);
    }

    @Test
    void theIndependentSimulationIsPreciseEnoughToJudgeByAndAgreesWithTheFormulas() {
        assertThat(TABLE.rows()).filteredOn(row -> !Double.isNaN(row.des())).allSatisfy(row -> {
            assertThat(row.desHalfWidth() / Math.abs(row.des())).as(row.caseName() + ": " + row.figure())
                    .isLessThan(0.035);
            if (!Double.isNaN(row.exact())) {
                assertThat(Math.abs(row.des() - row.exact())).as(row.caseName() + ": " + row.figure())
                        .isLessThanOrEqualTo(Math.max(2 * row.desHalfWidth(), 0.01 * Math.abs(row.exact())));
            }
        });
    }

    @Test
    void thePublishedReportIsTheOneTheseFiguresMake() throws IOException {
        String page = AccuracyPage.render(TABLE);
        if (!Files.exists(REPORT) || !Files.readString(REPORT, StandardCharsets.UTF_8).equals(page)) {
            Files.writeString(REPORT, page, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(REPORT, StandardCharsets.UTF_8)).isEqualTo(page).contains("| M/M/1");
    }

    /** One instance serving μ = 100 a second. */
    private static void singleServer(double lambda, boolean simulate) {
        double mu = 100;
        String name = String.format(Locale.ROOT, "M/M/1, μ = 100/s, λ = %.0f/s", lambda);
        EngineNetwork.Result engine = new EngineNetwork().station("s", "app-server", 1, mu).call("users", "s")
                .run(lambda, 1);
        MmcFormulas exact = new MmcFormulas(1, lambda, mu);
        NetworkDes.Result des = simulate ? new NetworkDes(lambda, random -> Trip.through(0),
                new Station("s", 1, mu)).run(REQUESTS, ++seed) : null;
        stationRows(name, exact, des, 0, engine, "s", mu);
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            TABLE.add(row(name, percentile(p) + " response", "ms", 1000 * exact.singleServerResponseQuantile(p),
                    des == null ? null : quantile(des, p), 1000 * enginePercentile(engine, p), PERCENTILES));
        }
    }

    /** {@code servers} instances of μ each. */
    private static void multiServer(int servers, double mu, double lambda, boolean simulate) {
        String name = String.format(Locale.ROOT, "M/M/%d, μ = %.0f/s, λ = %.0f/s", servers, mu, lambda);
        EngineNetwork.Result engine = new EngineNetwork().station("s", "app-server", servers, mu).call("users", "s")
                .run(lambda, 1);
        MmcFormulas exact = new MmcFormulas(servers, lambda, mu);
        NetworkDes.Result des = simulate ? new NetworkDes(lambda, random -> Trip.through(0),
                new Station("s", servers, mu)).run(REQUESTS, ++seed) : null;
        stationRows(name, exact, des, 0, engine, "s", mu);
        if (des != null) {
            for (double p : new double[] {0.5, 0.95, 0.99}) {
                TABLE.add(row(name, percentile(p) + " response", "ms", Double.NaN, quantile(des, p),
                        1000 * enginePercentile(engine, p), PERCENTILES));
            }
        }
    }

    /**
     * One instance with a capacity of 100 a second and a service time of 40 ms works on k = 4 requests at
     * once: an M/M/4 of μ = 25.
     */
    private static void concurrentInstance() {
        double lambda = 80;
        String name = "one instance, capacity 100/s, service time 40 ms (k = 4, M/M/4, μ = 25/s), λ = 80/s";
        EngineNetwork.Result engine = new EngineNetwork().concurrentStation("s", "app-server", 1, 100, 40)
                .call("users", "s").run(lambda, 1);
        stationRows(name, new MmcFormulas(4, lambda, 25), null, 0, engine, "s", 25);
    }

    /**
     * The app's own runs draw each second's arrivals as a Poisson count: the engine's means over the run
     * then come from seconds of varying load. One server, capacity 100/s, service time 10 ms, at 80/s.
     */
    private static void poissonSeconds() {
        double lambda = 80;
        String name = "M/M/1, μ = 100/s, λ = 80/s, with a Poisson count of arrivals each second";
        EngineNetwork.Result engine = new EngineNetwork().station("s", "app-server", 1, 100).call("users", "s")
                .run(lambda, 1, true);
        MmcFormulas exact = new MmcFormulas(1, lambda, 100);
        TABLE.add(row(name, "utilisation ρ", "", exact.utilisation(), null, engine.utilisation("s"), null));
        TABLE.add(row(name, "mean response W", "ms", 1000 * exact.meanResponse(), null,
                1000 * engine.meanResponse("s"), POISSON_SECONDS));
        TABLE.add(row(name, "mean wait Wq", "ms", 1000 * exact.meanWait(), null, 1000 * engine.meanWait("s"),
                POISSON_SECONDS));
    }

    /** Two stations one after the other: each is an M/M/c of its own (Jackson), and the means add up. */
    private static void series() {
        double lambda = 70;
        String name = "series: M/M/1 (μ = 100/s) then M/M/1 (μ = 125/s), λ = 70/s";
        EngineNetwork.Result engine = new EngineNetwork().station("a", "app-server", 1, 100)
                .station("b", "sql-database", 1, 125).call("users", "a").call("a", "b").run(lambda, 1);
        NetworkDes.Result des = new NetworkDes(lambda, random -> Trip.through(0, 1), new Station("a", 1, 100),
                new Station("b", 1, 125)).run(REQUESTS, ++seed);
        stationRows(name + ", first", new MmcFormulas(1, lambda, 100), des, 0, engine, "a", 100);
        stationRows(name + ", second", new MmcFormulas(1, lambda, 125), des, 1, engine, "b", 125);
        // The sojourn times of one request at tandem M/M/1 queues are independent exponentials.
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            TABLE.add(row(name, percentile(p) + " response", "ms", 1000 * twoExponentialsQuantile(30, 55, p),
                    quantile(des, p), 1000 * enginePercentile(engine, p), PERCENTILES));
        }
    }

    /** A load balancer spreads 160 requests a second evenly over two servers of μ = 100. */
    private static void balancedFanOut() {
        double lambda = 140;
        String name = "fan-out: a balancer over two M/M/1 (μ = 100/s), λ = 140/s";
        EngineNetwork.Result engine = new EngineNetwork().station("lb", "load-balancer", 1, 1e7)
                .station("a", "app-server", 1, 100).station("b", "microservice", 1, 100)
                .call("users", "lb").call("lb", "a").call("lb", "b").run(lambda, 1);
        NetworkDes.Result des = new NetworkDes(lambda, random -> Trip.through(random.nextBoolean() ? 0 : 1),
                new Station("a", 1, 100), new Station("b", 1, 100)).run(REQUESTS, ++seed);
        stationRows(name + ", each server", new MmcFormulas(1, lambda / 2, 100), des, 0, engine, "a", 100);
        TABLE.add(row(name + ", other server", "throughput", "req/s", lambda / 2, des.stations()[1].throughput(),
                engine.throughput("b"), null));
    }

    /** A service calls two stores in turn for every request: each store receives the whole load. */
    private static void callingFanOut() {
        double lambda = 70;
        String name = "fan-out: M/M/1 (μ = 200/s) calling two stores (M/M/1 μ = 100/s, M/M/2 μ = 60/s), λ = 70/s";
        EngineNetwork.Result engine = new EngineNetwork().station("api", "app-server", 1, 200)
                .station("db1", "sql-database", 1, 100).station("db2", "nosql-database", 2, 60)
                .call("users", "api").call("api", "db1").call("api", "db2").run(lambda, 1);
        NetworkDes.Result des = new NetworkDes(lambda, random -> Trip.through(0, 1, 2), new Station("api", 1, 200),
                new Station("db1", 1, 100), new Station("db2", 2, 60)).run(REQUESTS, ++seed);
        stationRows(name + ", first store", new MmcFormulas(1, lambda, 100), des, 1, engine, "db1", 100);
        stationRows(name + ", second store", new MmcFormulas(2, lambda, 60), des, 2, engine, "db2", 60);
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            TABLE.add(row(name, percentile(p) + " response", "ms", Double.NaN, quantile(des, p),
                    1000 * enginePercentile(engine, p), PERCENTILES));
        }
    }

    /**
     * Half the reads hit the cache; the misses go through it to a store of μ = 50 at ρ = 0.7. Twice the
     * requests, so that the store sees as many as the other stations do.
     */
    private static void cacheInFrontOfAStore() {
        double lambda = 70;
        double hit = 0.5;
        String name = "cache (hit ratio 0.5) in front of an M/M/1 store (μ = 50/s), λ = 70/s";
        EngineNetwork.Result engine = new EngineNetwork().station("cache", "cache", 1, 2000, Map.of("hitRatio", hit))
                .station("db", "sql-database", 1, 50).call("users", "cache").call("cache", "db").run(lambda, 1);
        NetworkDes.Result des = new NetworkDes(lambda,
                random -> random.nextDouble() < hit ? Trip.through(0) : Trip.through(0, 1),
                new Station("cache", 1, 2000), new Station("db", 1, 50)).run(2 * REQUESTS, ++seed);
        stationRows(name + ", store", new MmcFormulas(1, lambda * (1 - hit), 50), des, 1, engine, "db", 50);
        stationRows(name + ", cache", new MmcFormulas(1, lambda, 2000), des, 0, engine, "cache", 2000);
    }

    /** Every request hands a message to a queue, whose three consumers of μ = 10 run at ρ = 0.7. */
    private static void queueAndConsumers() {
        double lambda = 21;
        String name = "queue and three consumers (M/M/3, μ = 10/s), λ = 21/s";
        EngineNetwork.Result engine = new EngineNetwork().station("api", "app-server", 1, 1000)
                .station("queue", "message-queue", 1, 10_000).station("workers", "worker", 3, 10)
                .call("users", "api").handOff("api", "queue").call("queue", "workers").run(lambda, 0);
        NetworkDes.Result des = new NetworkDes(lambda, random -> new Trip(new int[] {0}, 0, new int[] {1, 2}),
                new Station("api", 1, 1000), new Station("queue", 1, 10_000), new Station("workers", 3, 10))
                .run(REQUESTS, ++seed);
        stationRows(name + ", consumers", new MmcFormulas(3, lambda, 10), des, 2, engine, "workers", 10);
    }

    /** Throughput, utilisation, L, W and Wq of one station. */
    private static void stationRows(String name, MmcFormulas exact, NetworkDes.Result des, int desStation,
            EngineNetwork.Result engine, String id, double mu) {
        NetworkDes.StationResult simulated = des == null ? null : des.stations()[desStation];
        TABLE.add(row(name, "throughput", "req/s", exact.arrivalRate(), simulated == null ? null
                : simulated.throughput(), engine.throughput(id), null));
        TABLE.add(row(name, "utilisation ρ", "", exact.utilisation(), simulated == null ? null
                : simulated.utilisation(), engine.utilisation(id), null));
        TABLE.add(row(name, "mean in station L", "requests", exact.meanInStation(), simulated == null ? null
                : simulated.meanInStation(), engine.meanInStation(id), null));
        TABLE.add(row(name, "mean response W", "ms", 1000 * exact.meanResponse(), simulated == null ? null
                : scaled(simulated.meanResponse()), 1000 * engine.meanResponse(id), null));
        TABLE.add(row(name, "mean wait Wq", "ms", 1000 * exact.meanWait(), simulated == null ? null
                : scaled(simulated.meanWait()), 1000 * engine.meanWait(id), null));
        TABLE.add(row(name, "P(wait), Erlang C", "", exact.waitProbability(), simulated == null ? null
                : simulated.waitProbability(), engine.waitProbability(id), null));
    }

    private static Row row(String name, String figure, String unit, double exact, Estimate des, double engine,
            String note) {
        return new Row(name, figure, unit, exact, des == null ? Double.NaN : des.mean(),
                des == null ? Double.NaN : des.halfWidth(), engine, note);
    }

    private static Estimate scaled(Estimate seconds) {
        return new Estimate(1000 * seconds.mean(), 1000 * seconds.halfWidth());
    }

    private static String percentile(double p) {
        return "p" + Math.round(100 * p);
    }

    private static double enginePercentile(EngineNetwork.Result engine, double p) {
        return p == 0.5 ? engine.p50() : p == 0.95 ? engine.p95() : engine.p99();
    }

    /** A response-time percentile of the simulation, in ms. */
    private static Estimate quantile(NetworkDes.Result des, double p) {
        return scaled(des.responseQuantile(p));
    }

    /** The p-quantile of the sum of two independent exponentials of rates a and b (a ≠ b), by bisection. */
    private static double twoExponentialsQuantile(double a, double b, double p) {
        double low = 0;
        double high = 100 / Math.min(a, b);
        for (int i = 0; i < 200; i++) {
            double t = (low + high) / 2;
            double cdf = 1 - (b * Math.exp(-a * t) - a * Math.exp(-b * t)) / (b - a);
            if (cdf < p) {
                low = t;
            } else {
                high = t;
            }
        }
        return (low + high) / 2;
    }
}
