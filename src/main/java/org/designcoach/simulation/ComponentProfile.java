package org.designcoach.simulation;

/**
 * What one instance of a catalog component type can do, in the engine's units. The app maps the
 * catalog's defaults into these, so the engine never reads YAML.
 *
 * @param capacityPerInstance    requests per second one instance serves: its service rate μ
 * @param serviceTimeMs          the latency a request sees at an idle instance
 * @param availability           the fraction of time one instance is up, 0..1
 * @param monthlyCostPerInstance what one instance costs a month, in dollars
 */
public record ComponentProfile(String type, double capacityPerInstance, double serviceTimeMs, double availability,
        double monthlyCostPerInstance) {

    public ComponentProfile {
        if (!(capacityPerInstance >= 0) || !(serviceTimeMs >= 0) || !(monthlyCostPerInstance >= 0)) {
            throw new SimulationException("The profile of '" + type + "' needs a capacity, service time and cost "
                    + "of zero or more.");
        }
        if (!(availability >= 0 && availability <= 1)) {
            throw new SimulationException("The profile of '" + type + "' has availability " + availability
                    + "; write it as a fraction between 0 and 1, such as 0.9995.");
        }
    }
}
