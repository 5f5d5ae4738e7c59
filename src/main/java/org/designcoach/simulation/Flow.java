package org.designcoach.simulation;

import java.util.Arrays;

/**
 * One second of traffic: load pushed through the nodes in flow order, then each node's response
 * time and success, from the last node back to the clients, so that each is computed once.
 */
final class Flow {

    private static final Distribution INSTANT = Distribution.fixed(0);

    private final Topology topology;
    private final Node[] nodes;
    private final Distribution[] readTime;
    private final Distribution[] writeTime;
    private final double[] readSuccess;
    private final double[] writeSuccess;
    private final double[] carried;

    Flow(Topology topology) {
        this.topology = topology;
        this.nodes = topology.nodes;
        readTime = new Distribution[nodes.length];
        writeTime = new Distribution[nodes.length];
        readSuccess = new double[nodes.length];
        writeSuccess = new double[nodes.length];
        carried = new double[topology.arrows.size()];
    }

    /** Sends the second's requests from the clients, each its share, and steps every station. */
    void push(double requests, double readFraction) {
        push(requests, readFraction, false);
    }

    /**
     * As {@link #push(double, double)}; with {@code offeredOnly} the stations are not stepped and each
     * node passes on all that reached it, not what it served: the load every component is offered at a
     * steady rate, however much an overloaded one before it would hold back in a run.
     */
    void push(double requests, double readFraction, boolean offeredOnly) {
        for (Node node : nodes) {
            node.readsIn = 0;
            node.writesIn = 0;
        }
        Arrays.fill(carried, 0);
        for (int i = 0; i < topology.clients.length; i++) {
            double sent = requests * topology.clientShares[i];
            nodes[topology.clients[i]].readsIn = sent * readFraction;
            nodes[topology.clients[i]].writesIn = sent * (1 - readFraction);
        }
        for (int index : topology.order) {
            Node node = nodes[index];
            double readsOut = node.readsIn;
            double writesOut = node.writesIn;
            if (node.primary != null && !offeredOnly) {
                // What a station served goes on, backlog included: also in a second that brought nothing new.
                double primaryReads = node.readsIn * node.primaryReadShare();
                node.primary.step(node.writesIn + primaryReads);
                double readMix = node.primaryReadMix(primaryReads, node.writesIn);
                readsOut = node.primary.served() * readMix;
                writesOut = node.primary.served() * (1 - readMix);
                if (node.replicas != null) {
                    node.replicas.step(node.readsIn - primaryReads);
                    readsOut += node.replicas.served();
                }
            }
            send(node.readPlan, readsOut, true);
            send(node.writePlan, writesOut, false);
            for (int k = 0; k < node.asyncArrows.length; k++) {
                double handed = writesOut * node.asyncShares[k];
                nodes[node.asyncTargets.get(k)].writesIn += handed;
                carried[node.asyncArrows[k]] += handed;
            }
        }
    }

    private void send(Plan plan, double amount, boolean reads) {
        if (amount <= 0) {
            return;
        }
        switch (plan) {
            case Plan.Visit visit when reads -> {
                nodes[visit.node()].readsIn += amount;
                carried[visit.arrow()] += amount;
            }
            case Plan.Visit visit -> {
                nodes[visit.node()].writesIn += amount;
                carried[visit.arrow()] += amount;
            }
            case Plan.Sequence sequence -> sequence.steps().forEach(step -> send(step, amount, reads));
            case Plan.Choice choice -> choice.branches()
                    .forEach(branch -> send(branch.plan(), amount * branch.weight(nodes), reads));
        }
    }

    /** Requests (or messages) per second that went along the arrow numbered {@code arrow} this second. */
    double carried(int arrow) {
        return carried[arrow];
    }

    /** Response times and success from each node onwards; call after {@link #push}. */
    void evaluate() {
        int[] order = topology.order;
        for (int k = order.length - 1; k >= 0; k--) {
            Node node = nodes[order[k]];
            int i = node.index;
            if (node.primary == null) {
                readTime[i] = plan(node.readPlan, true);
                writeTime[i] = plan(node.writePlan, false);
                readSuccess[i] = success(node.readPlan, true);
                writeSuccess[i] = success(node.writePlan, false);
                continue;
            }
            Distribution primary = node.primary.distribution();
            Distribution reads = primary;
            double readDrop = node.primary.dropFraction();
            if (node.replicas != null) {
                double share = node.primaryReadShare();
                reads = Distribution.mixture(2).mix(share, primary).mix(1 - share, node.replicas.distribution())
                        .compact();
                readDrop = share * readDrop + (1 - share) * node.replicas.dropFraction();
            }
            readTime[i] = reads.then(plan(node.readPlan, true));
            writeTime[i] = primary.then(plan(node.writePlan, false));
            readSuccess[i] = (1 - readDrop) * success(node.readPlan, true);
            writeSuccess[i] = (1 - node.primary.dropFraction()) * success(node.writePlan, false);
        }
    }

    Distribution time(int node, boolean reads) {
        return reads ? readTime[node] : writeTime[node];
    }

    double success(int node, boolean reads) {
        return reads ? readSuccess[node] : writeSuccess[node];
    }

    private Distribution plan(Plan plan, boolean reads) {
        return switch (plan) {
            case Plan.Visit visit -> time(visit.node(), reads);
            case Plan.Sequence sequence -> {
                Distribution total = INSTANT;
                for (Plan step : sequence.steps()) {
                    total = total.then(plan(step, reads));
                }
                yield total;
            }
            case Plan.Choice choice -> {
                Distribution mixture = Distribution.mixture(choice.branches().size() + 1);
                double rest = 1;
                for (Plan.Branch branch : choice.branches()) {
                    double weight = branch.weight(nodes);
                    mixture.mix(weight, plan(branch.plan(), reads));
                    rest -= weight;
                }
                yield mixture.mix(Math.max(0, rest), INSTANT).compact();
            }
        };
    }

    private double success(Plan plan, boolean reads) {
        return switch (plan) {
            case Plan.Visit visit -> success(visit.node(), reads);
            case Plan.Sequence sequence -> {
                double all = 1;
                for (Plan step : sequence.steps()) {
                    all *= success(step, reads);
                }
                yield all;
            }
            case Plan.Choice choice -> {
                double sum = 0;
                double rest = 1;
                for (Plan.Branch branch : choice.branches()) {
                    double weight = branch.weight(nodes);
                    sum += weight * success(branch.plan(), reads);
                    rest -= weight;
                }
                yield sum + Math.max(0, rest);
            }
        };
    }
}
