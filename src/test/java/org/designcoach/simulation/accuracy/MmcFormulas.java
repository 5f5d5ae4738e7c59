package org.designcoach.simulation.accuracy;

/**
 * The exact M/M/c results, written out from the textbook definitions for the accuracy report and on
 * purpose sharing nothing with the engine: Poisson arrivals at rate λ, c servers each serving at rate μ,
 * exponential service, first come first served, an unbounded queue.
 *
 * @param servers     c
 * @param arrivalRate λ, per second
 * @param serviceRate μ of one server, per second
 */
record MmcFormulas(int servers, double arrivalRate, double serviceRate) {

    MmcFormulas {
        if (!(arrivalRate < servers * serviceRate)) {
            throw new IllegalArgumentException("No steady state: λ = " + arrivalRate + " ≥ cμ = " + servers * serviceRate);
        }
    }

    /** a = λ/μ, the offered load in erlangs. */
    double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** ρ = λ/(cμ). */
    double utilisation() {
        return offeredLoad() / servers;
    }

    /**
     * Erlang C: P(wait) = (aᶜ/c!)·1/(1−ρ) ÷ (Σₖ₌₀..c₋₁ aᵏ/k! + (aᶜ/c!)·1/(1−ρ)), every term taken as a
     * logarithm so that large c neither overflows nor underflows.
     */
    double waitProbability() {
        double a = offeredLoad();
        double logTerm = 0;
        double[] logTerms = new double[servers + 1];
        for (int k = 1; k <= servers; k++) {
            logTerm += Math.log(a / k);
            logTerms[k] = logTerm;
        }
        double logLast = logTerms[servers] - Math.log(1 - utilisation());
        double sum = 0;
        for (int k = 0; k < servers; k++) {
            sum += Math.exp(logTerms[k] - logLast);
        }
        return 1 / (sum + 1);
    }

    /** Wq = C / (cμ − λ), seconds. */
    double meanWait() {
        return waitProbability() / (servers * serviceRate - arrivalRate);
    }

    /** W = Wq + 1/μ, seconds. */
    double meanResponse() {
        return meanWait() + 1 / serviceRate;
    }

    /** Lq = λ·Wq (Little's law on the queue). */
    double meanQueueWaiting() {
        return arrivalRate * meanWait();
    }

    /** L = λ·W (Little's law on the station). */
    double meanInStation() {
        return arrivalRate * meanResponse();
    }

    /** P(Wq > t) = C·e^−(cμ−λ)t, so the p-quantile of the wait is ln(C/(1−p)) / (cμ−λ), or 0. */
    double waitQuantile(double p) {
        double c = waitProbability();
        return c <= 1 - p ? 0 : Math.log(c / (1 - p)) / (servers * serviceRate - arrivalRate);
    }

    /** For one server only: the M/M/1 response time is exponential with rate μ − λ. */
    double singleServerResponseQuantile(double p) {
        if (servers != 1) {
            throw new IllegalStateException("The response time is exponential for one server only");
        }
        return -Math.log(1 - p) / (serviceRate - arrivalRate);
    }
}
