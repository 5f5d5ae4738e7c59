package org.designcoach.simulation;

import java.util.Arrays;

/**
 * Steady-state availability, from the design as drawn. Instances of a component stand in
 * parallel, 1−(1−a)^n, but a component in one zone also falls with its zone, taken as up 99.99% of
 * the time; a multi-AZ component survives a zone, and one with a single instance has a standby, so it
 * counts two. Along a synchronous route components stand in series (availabilities
 * multiply); where requests split, the route's availability is weighted by its traffic.
 */
final class Availability {

    static final double ZONE_AVAILABILITY = 0.9999;

    private final Node[] nodes;
    /** By node, reads then writes; NaN until known, so that shared routes are walked once. */
    private final double[][] known;

    Availability(Node[] nodes) {
        this.nodes = nodes;
        this.known = new double[2][nodes.length];
        Arrays.fill(known[0], Double.NaN);
        Arrays.fill(known[1], Double.NaN);
    }

    /** The availability the user sees, reads and writes weighted by the read fraction. */
    double ofSystem(int[] clients, double[] shares, double readFraction) {
        double sum = 0;
        for (int i = 0; i < clients.length; i++) {
            sum += shares[i] * (readFraction * ofVisit(clients[i], true) + (1 - readFraction) * ofVisit(clients[i], false));
        }
        return sum;
    }

    private double ofVisit(int index, boolean reads) {
        double[] memo = known[reads ? 0 : 1];
        if (Double.isNaN(memo[index])) {
            Node node = nodes[index];
            memo[index] = ofComponent(node) * ofPlan(reads ? node.readPlan : node.writePlan, reads);
        }
        return memo[index];
    }

    private static double ofComponent(Node node) {
        if (node.profile == null || node.role == FlowRole.CLIENT) {
            return 1;
        }
        double parallel = 1 - Math.pow(1 - node.profile.availability(), Costs.paidInstances(node.component));
        return node.component.isMultiAz() ? parallel : parallel * ZONE_AVAILABILITY;
    }

    private double ofPlan(Plan plan, boolean reads) {
        return switch (plan) {
            case Plan.Visit visit -> ofVisit(visit.node(), reads);
            case Plan.Sequence sequence -> sequence.steps().stream().mapToDouble(step -> ofPlan(step, reads))
                    .reduce(1, (a, b) -> a * b);
            case Plan.Choice choice -> {
                double sum = 0;
                double rest = 1;
                for (Plan.Branch branch : choice.branches()) {
                    double weight = branch.weight(nodes);
                    sum += weight * ofPlan(branch.plan(), reads);
                    rest -= weight;
                }
                yield sum + Math.max(0, rest);
            }
        };
    }
}
