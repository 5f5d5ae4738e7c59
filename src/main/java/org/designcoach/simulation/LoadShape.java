package org.designcoach.simulation;

/** How the offered load moves over a run, relative to the scenario's peak. */
public sealed interface LoadShape {

    /** The load in the given second as a multiple of the peak. */
    double factor(int second, int durationSeconds);

    /** The peak all the time. */
    record Steady() implements LoadShape {
        @Override
        public double factor(int second, int durationSeconds) {
            return 1;
        }
    }

    /** From zero up to the peak in a straight line over the whole run. */
    record Ramp() implements LoadShape {
        @Override
        public double factor(int second, int durationSeconds) {
            return durationSeconds <= 1 ? 1 : (double) second / (durationSeconds - 1);
        }
    }

    /**
     * The peak, with a burst of {@code multiplier} times the peak for {@code lengthSeconds}: the peak
     * is what the design was built for, so the burst goes beyond it, as a flash sale or a viral post does.
     */
    record Spike(int atSecond, int lengthSeconds, double multiplier) implements LoadShape {

        public Spike {
            if (atSecond < 0 || lengthSeconds <= 0 || !(multiplier >= 1 && multiplier <= 1000)) {
                throw new SimulationException("A spike needs a start of 0 s or later, a length above 0 s and a "
                        + "multiplier between 1 and 1,000.");
            }
        }

        /** Ten times the peak for 30 seconds, the usual test of headroom. */
        public static Spike at(int second) {
            return new Spike(second, 30, 10);
        }

        @Override
        public double factor(int second, int durationSeconds) {
            return second >= atSecond && second < atSecond + lengthSeconds ? multiplier : 1;
        }
    }
}
