package org.designcoach.simulation;

import java.util.SplittableRandom;

/** One run of one scenario over one topology: the loop over simulated seconds. Used once. */
final class Simulator {

    private final Topology topology;
    private final Scenario scenario;
    private final Incidents incidents;
    private final Flow flow;
    private final Recorder recorder;
    private final SplittableRandom random;

    Simulator(Topology topology, Scenario scenario) {
        this.topology = topology;
        this.scenario = scenario;
        this.incidents = new Incidents(topology.nodes, scenario.incidents());
        this.flow = new Flow(topology);
        this.recorder = new Recorder(topology, scenario.durationSeconds());
        this.random = new SplittableRandom(scenario.seed());
    }

    SimulationRun run() {
        Availability availability = new Availability(topology.nodes);
        double steadyAvailability = availability.ofSystem(topology.clients, topology.clientShares, scenario.readFraction());
        double lastErrorRate = 0;
        for (int second = 0; second < scenario.durationSeconds(); second++) {
            incidents.apply(second);
            double offered = arrivals(second) * (1 + incidents.retriesPerError() * lastErrorRate);
            flow.push(offered, scenario.readFraction());
            flow.evaluate();
            Distribution delay = messageDelay();
            lastErrorRate = recorder.record(second, offered, success(), latency(), handedOff(), delay, flow)
                    .errorRate();
        }
        return recorder.finish(scenario, steadyAvailability, Costs.of(topology.nodes));
    }

    /**
     * The second's new requests. With noise, a Poisson count of the shaped rate, drawn as its normal
     * approximation (mean λ, deviation √λ), which is close for any rate a design is tested at.
     */
    private double arrivals(int second) {
        double rate = scenario.peakRequestsPerSecond() * scenario.load().factor(second, scenario.durationSeconds());
        if (!scenario.arrivalNoise() || rate <= 0) {
            return rate;
        }
        return Math.max(0, rate + Math.sqrt(rate) * random.nextGaussian());
    }

    /** Messages handed off along asynchronous arrows this second. */
    private double handedOff() {
        double sum = 0;
        for (Node node : topology.nodes) {
            for (int arrow : node.asyncArrows) {
                sum += flow.carried(arrow);
            }
        }
        return sum;
    }

    /**
     * The time from a hand-off until the message has been handled: the queue or stream it was handed
     * to, the consumer that takes it (its backlog included) and the calls that consumer makes, mixed
     * over the asynchronous arrows by what each carried. Further hand-offs from there are not followed.
     */
    private Distribution messageDelay() {
        Distribution all = Distribution.mixture(Math.max(1, topology.arrows.size()));
        for (Node node : topology.nodes) {
            for (int k = 0; k < node.asyncArrows.length; k++) {
                double carried = flow.carried(node.asyncArrows[k]);
                if (carried > 0) {
                    all.mix(carried, flow.time(node.asyncTargets.get(k), false));
                }
            }
        }
        return all.compact();
    }

    private double success() {
        double read = scenario.readFraction();
        double sum = 0;
        for (int i = 0; i < topology.clients.length; i++) {
            int client = topology.clients[i];
            sum += topology.clientShares[i] * (read * flow.success(client, true) + (1 - read) * flow.success(client, false));
        }
        return sum;
    }

    private Distribution latency() {
        double read = scenario.readFraction();
        Distribution all = Distribution.mixture(2 * topology.clients.length);
        for (int i = 0; i < topology.clients.length; i++) {
            int client = topology.clients[i];
            double share = topology.clientShares[i];
            all.mix(share * read, flow.time(client, true)).mix(share * (1 - read), flow.time(client, false));
        }
        return all.compact();
    }
}
