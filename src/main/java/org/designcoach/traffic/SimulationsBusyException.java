package org.designcoach.traffic;

import org.designcoach.simulation.SimulationException;

/**
 * A person already has as many simulations running as one person may; says so and when to try again.
 * A kind of {@link SimulationException}, so a page that shows why a run failed shows this too.
 */
public class SimulationsBusyException extends SimulationException {

    /** A heavy run takes a few seconds; by then one of the person's runs has usually finished. */
    public static final int RETRY_AFTER_SECONDS = 5;

    SimulationsBusyException(int limit) {
        super("You already have " + limit + (limit == 1 ? " simulation" : " simulations") + " running, the most one "
                + "person may run at once (in any tab or through the API). Try again in about " + RETRY_AFTER_SECONDS
                + " seconds, when one has finished.");
    }
}
