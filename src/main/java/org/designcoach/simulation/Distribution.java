package org.designcoach.simulation;

import java.util.Arrays;

/**
 * A response-time distribution as a few weighted atoms, each a fixed time plus an exponential wait:
 * the shape of one M/M/c station (no wait, or an exponential one). Calls in sequence add atom by
 * atom, taking a sum of exponential waits as one exponential with the summed mean: the mean is
 * exact and the tail a little heavier than the truth, so percentiles err on the slow side. Routes
 * that a request takes one or the other of mix by weight. Atoms with close means are merged, keeping
 * weight and mean, so that the work per request path stays bounded. Times are in seconds.
 */
final class Distribution {

    static final int MAX_ATOMS = 12;
    private static final int BISECTIONS = 48;

    private final double[] weight;
    private final double[] fixed;
    private final double[] waitMean;
    private int size;

    private Distribution(int capacity) {
        weight = new double[capacity];
        fixed = new double[capacity];
        waitMean = new double[capacity];
    }

    static Distribution fixed(double seconds) {
        Distribution single = new Distribution(1);
        single.add(1, seconds, 0);
        return single;
    }

    static Distribution station(double fixedSeconds, double waitProbability, double meanWait) {
        Distribution station = new Distribution(2);
        station.add(1 - waitProbability, fixedSeconds, 0);
        station.add(waitProbability, fixedSeconds, meanWait);
        return station.compact();
    }

    /** One after the other: the times add. */
    Distribution then(Distribution next) {
        Distribution sum = new Distribution(size * next.size);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < next.size; j++) {
                sum.add(weight[i] * next.weight[j], fixed[i] + next.fixed[j], waitMean[i] + next.waitMean[j]);
            }
        }
        return sum.compact();
    }

    /** A builder of mixtures: each part with its share of requests. */
    static Distribution mixture(int expectedParts) {
        return new Distribution(Math.max(1, expectedParts) * MAX_ATOMS);
    }

    /** Adds a part to this mixture; call {@link #compact()} when done. */
    Distribution mix(double share, Distribution part) {
        for (int i = 0; i < part.size; i++) {
            add(share * part.weight[i], part.fixed[i], part.waitMean[i]);
        }
        return this;
    }

    /** Whether it holds no weight at all. */
    boolean isEmpty() {
        return size == 0;
    }

    double mean() {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < size; i++) {
            total += weight[i];
            sum += weight[i] * (fixed[i] + waitMean[i]);
        }
        return total > 0 ? sum / total : 0;
    }

    /** The time below which a fraction p of the weight lies, found by bisection on the mixture's CDF. */
    double quantile(double p) {
        double total = 0;
        double low = Double.MAX_VALUE;
        double high = 0;
        double tailFactor = Math.log(1 / (1 - p));
        for (int i = 0; i < size; i++) {
            total += weight[i];
            low = Math.min(low, fixed[i]);
            high = Math.max(high, fixed[i] + waitMean[i] * tailFactor);
        }
        if (total <= 0) {
            return 0;
        }
        double target = p * total;
        for (int round = 0; round < BISECTIONS && high - low > 1e-9; round++) {
            double middle = (low + high) / 2;
            if (cumulative(middle) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }

    private double cumulative(double t) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (t >= fixed[i]) {
                sum += waitMean[i] > 0 ? weight[i] * (1 - Math.exp(-(t - fixed[i]) / waitMean[i])) : weight[i];
            }
        }
        return sum;
    }

    private void add(double w, double f, double m) {
        if (w > 0) {
            weight[size] = w;
            fixed[size] = f;
            waitMean[size] = m;
            size++;
        }
    }

    /** Merges neighbours by mean into at most {@link #MAX_ATOMS} atoms, keeping total weight and mean. */
    Distribution compact() {
        return compact(MAX_ATOMS);
    }

    /** Merges neighbours by mean into at most {@code atoms} atoms, keeping total weight and mean. */
    Distribution compact(int atoms) {
        if (size <= atoms) {
            return this;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(fixed[a] + waitMean[a], fixed[b] + waitMean[b]));
        Distribution merged = new Distribution(atoms);
        for (int group = 0; group < atoms; group++) {
            int from = group * size / atoms;
            int to = (group + 1) * size / atoms;
            double w = 0;
            double f = 0;
            double m = 0;
            for (int k = from; k < to; k++) {
                int i = order[k];
                w += weight[i];
                f += weight[i] * fixed[i];
                m += weight[i] * waitMean[i];
            }
            if (w > 0) {
                merged.add(w, f / w, m / w);
            }
        }
        return merged;
    }
}
