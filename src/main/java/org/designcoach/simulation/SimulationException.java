package org.designcoach.simulation;

/** A design or scenario the simulator cannot run; the message says what to change. */
public class SimulationException extends RuntimeException {

    public SimulationException(String message) {
        super(message);
    }
}
