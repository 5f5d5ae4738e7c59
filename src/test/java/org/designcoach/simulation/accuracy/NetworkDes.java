package org.designcoach.simulation.accuracy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A discrete-event simulation of a small queueing network, request by request, written for the accuracy
 * report with nothing taken from the engine. Requests arrive as a Poisson stream; each draws a trip: the
 * stations it visits one after the other (its synchronous path, whose total time is the response the user
 * sees) and, optionally, a message it hands off after one of them, which then visits stations of its
 * own (a queue and its consumers) while the user has already had the answer. Every station has c
 * servers, exponential service and one first-come-first-served queue without limit.
 *
 * <p>Figures are measured over requests that arrive after a warm-up of a twentieth of the run; each run
 * is split into {@value #BATCHES} batches by arrival time, whose spread gives a 95 % confidence interval
 * (batch means).
 */
final class NetworkDes {

    static final int BATCHES = 20;
    /** Student's t for 19 degrees of freedom at 97.5 %. */
    private static final double T_19 = 2.093;

    /** One station: c servers of rate μ. */
    record Station(String name, int servers, double serviceRate) {
    }

    /**
     * What one request does: {@code path} in order; after the station at {@code handOffAfter} (an index
     * into the path, or -1 for none) a message starts along {@code messagePath}.
     */
    record Trip(int[] path, int handOffAfter, int[] messagePath) {

        static Trip through(int... path) {
            return new Trip(path, -1, new int[0]);
        }
    }

    /** A mean with its 95 % confidence half-width. */
    record Estimate(double mean, double halfWidth) {

        double relativeHalfWidth() {
            return mean == 0 ? 0 : halfWidth / Math.abs(mean);
        }
    }

    /** What a station did over the measured window. */
    record StationResult(Estimate throughput, Estimate utilisation, Estimate meanInStation, Estimate meanResponse,
            Estimate meanWait, Estimate waitProbability) {
    }

    /**
     * The run's results: each station's, the users' response times (every measured one, by batch), and
     * the messages' delays.
     */
    record Result(StationResult[] stations, Estimate meanResponse, double[][] responsesByBatch,
            Estimate meanMessageDelay) {

        /** The p-quantile of all measured response times, with the spread of the batches' own p-quantiles. */
        Estimate responseQuantile(double p) {
            double[] all = Arrays.stream(responsesByBatch).flatMapToDouble(Arrays::stream).sorted().toArray();
            double[] perBatch = Arrays.stream(responsesByBatch).mapToDouble(batch -> quantile(batch, p)).toArray();
            return new Estimate(quantile(all, p), spread(perBatch));
        }

        private static double quantile(double[] values, double p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }

    private final Station[] stations;
    private final double arrivalRate;
    private final Function<SplittableRandom, Trip> trips;

    NetworkDes(double arrivalRate, Function<SplittableRandom, Trip> trips, Station... stations) {
        this.stations = stations.clone();
        this.arrivalRate = arrivalRate;
        this.trips = trips;
    }

    /** Simulates about {@code requests} arrivals with the given seed. */
    Result run(long requests, long seed) {
        return new Run(requests, seed).go();
    }

    /** A request or a message on its way along a path. */
    private static final class Job {
        final Trip trip;
        final int[] path;
        final boolean message;
        final double start;
        final boolean measured;
        final int batch;
        int position;
        double arrivedAtStation;

        Job(Trip trip, int[] path, boolean message, double start, boolean measured, int batch) {
            this.trip = trip;
            this.path = path;
            this.message = message;
            this.start = start;
            this.measured = measured;
            this.batch = batch;
        }
    }

    private record Event(double time, long order, Job job, int station) implements Comparable<Event> {

        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /** One run's state: the clock, the event list, each station's servers and queue, and the tallies. */
    private final class Run {

        private final SplittableRandom random;
        private final double warmUp;
        private final double end;
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private final int[] busy = new int[stations.length];
        private final ArrayDeque<Job>[] queues;
        private final double[][] inStationArea = new double[stations.length][BATCHES];
        private final double[][] busyArea = new double[stations.length][BATCHES];
        private final int[] inStation = new int[stations.length];
        private final long[][] departures = new long[stations.length][BATCHES];
        private final double[][] responseSum = new double[stations.length][BATCHES];
        private final double[][] waitSum = new double[stations.length][BATCHES];
        private final long[][] visits = new long[stations.length][BATCHES];
        private final double[][] waited = new double[stations.length][BATCHES];
        private final double[] userSum = new double[BATCHES];
        private final long[] users = new long[BATCHES];
        private final double[] messageSum = new double[BATCHES];
        private final long[] messages = new long[BATCHES];
        private final double[][] responses = new double[BATCHES][1 << 12];
        private final int[] responseCount = new int[BATCHES];
        private double now;
        private long order;

        @SuppressWarnings("unchecked")
        Run(long requests, long seed) {
            this.random = new SplittableRandom(seed);
            this.end = requests / arrivalRate;
            this.warmUp = end / 20;
            this.queues = new ArrayDeque[stations.length];
            for (int s = 0; s < stations.length; s++) {
                queues[s] = new ArrayDeque<>();
            }
        }

        Result go() {
            double nextArrival = exponential(arrivalRate);
            while (nextArrival < end || !events.isEmpty()) {
                if (nextArrival < end && (events.isEmpty() || nextArrival <= events.peek().time())) {
                    advance(nextArrival);
                    boolean measured = now >= warmUp;
                    int batch = measured ? batchAt(now) : 0;
                    Trip trip = trips.apply(random);
                    enter(new Job(trip, trip.path(), false, now, measured, batch));
                    nextArrival = now + exponential(arrivalRate);
                } else {
                    Event event = events.poll();
                    advance(event.time());
                    depart(event.job(), event.station());
                }
            }
            return result();
        }

        private int batchAt(double time) {
            return (int) Math.min(BATCHES - 1, (time - warmUp) / (end - warmUp) * BATCHES);
        }

        /** Moves the clock, adding the time each station spent with its requests to the batches it falls in. */
        private void advance(double time) {
            double from = Math.max(now, warmUp);
            double to = Math.min(time, end);
            double length = (end - warmUp) / BATCHES;
            int batch = batchAt(from);
            while (to > from) {
                double until = batch == BATCHES - 1 ? to : Math.min(to, warmUp + (batch + 1) * length);
                if (until <= from) {
                    batch++;
                    continue;
                }
                for (int s = 0; s < stations.length; s++) {
                    inStationArea[s][batch] += inStation[s] * (until - from);
                    busyArea[s][batch] += busy[s] * (until - from);
                }
                from = until;
                batch = Math.min(BATCHES - 1, batch + 1);
            }
            now = time;
        }

        private void enter(Job job) {
            int s = job.path[job.position];
            job.arrivedAtStation = now;
            inStation[s]++;
            if (busy[s] < stations[s].servers()) {
                startService(job, s);
            } else {
                queues[s].add(job);
            }
        }

        private void startService(Job job, int s) {
            busy[s]++;
            if (job.measured) {
                double wait = now - job.arrivedAtStation;
                waitSum[s][job.batch] += wait;
                waited[s][job.batch] += wait > 0 ? 1 : 0;
            }
            events.add(new Event(now + exponential(stations[s].serviceRate()), order++, job, s));
        }

        private void depart(Job job, int s) {
            busy[s]--;
            inStation[s]--;
            if (now >= warmUp && now <= end) {
                departures[s][batchAt(now)]++;
            }
            if (job.measured) {
                responseSum[s][job.batch] += now - job.arrivedAtStation;
                visits[s][job.batch]++;
            }
            Job next = queues[s].poll();
            if (next != null) {
                startService(next, s);
            }
            if (!job.message && job.position == job.trip.handOffAfter()) {
                Job message = new Job(job.trip, job.trip.messagePath(), true, now, job.measured, job.batch);
                enter(message);
            }
            job.position++;
            if (job.position < job.path.length) {
                enter(job);
            } else if (job.measured) {
                finish(job);
            }
        }

        private void finish(Job job) {
            double time = now - job.start;
            if (job.message) {
                messageSum[job.batch] += time;
                messages[job.batch]++;
                return;
            }
            userSum[job.batch] += time;
            users[job.batch]++;
            int b = job.batch;
            if (responseCount[b] == responses[b].length) {
                responses[b] = Arrays.copyOf(responses[b], responses[b].length * 2);
            }
            responses[b][responseCount[b]++] = time;
        }

        private double exponential(double rate) {
            return -Math.log(1 - random.nextDouble()) / rate;
        }

        private Result result() {
            double length = (end - warmUp) / BATCHES;
            long[] ones = new long[BATCHES];
            Arrays.fill(ones, 1);
            StationResult[] results = new StationResult[stations.length];
            for (int s = 0; s < stations.length; s++) {
                double[] perSecond = new double[BATCHES];
                double[] utilisation = new double[BATCHES];
                double[] inside = new double[BATCHES];
                for (int b = 0; b < BATCHES; b++) {
                    perSecond[b] = departures[s][b] / length;
                    utilisation[b] = busyArea[s][b] / (stations[s].servers() * length);
                    inside[b] = inStationArea[s][b] / length;
                }
                results[s] = new StationResult(estimate(perSecond, ones), estimate(utilisation, ones),
                        estimate(inside, ones), estimate(responseSum[s], visits[s]), estimate(waitSum[s], visits[s]),
                        estimate(waited[s], visits[s]));
            }
            double[][] byBatch = new double[BATCHES][];
            for (int b = 0; b < BATCHES; b++) {
                byBatch[b] = Arrays.copyOf(responses[b], responseCount[b]);
            }
            return new Result(results, estimate(userSum, users), byBatch, estimate(messageSum, messages));
        }
    }

    /**
     * The overall mean (each batch's sum over its count), and the 95 % half-width from the spread of the
     * batch means.
     */
    private static Estimate estimate(double[] sums, long[] counts) {
        double total = Arrays.stream(sums).sum();
        long count = Arrays.stream(counts).sum();
        if (count == 0) {
            return new Estimate(0, 0);
        }
        double[] means = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            means[b] = counts[b] == 0 ? 0 : sums[b] / counts[b];
        }
        return new Estimate(total / count, spread(means));
    }

    /** The 95 % half-width of the mean of {@value #BATCHES} batch figures. */
    private static double spread(double[] batches) {
        double mean = Arrays.stream(batches).average().orElse(0);
        double squares = Arrays.stream(batches).map(x -> (x - mean) * (x - mean)).sum();
        return T_19 * Math.sqrt(squares / (batches.length - 1)) / Math.sqrt(batches.length);
    }
}
