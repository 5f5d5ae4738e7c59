package org.designcoach.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.design.DesignLimits;
import org.jspecify.annotations.Nullable;

/**
 * A design checked and turned into nodes, their routes and the order in which load flows through
 * them. Arrows into a client are left out: clients are where requests start, not where they end.
 * Arrows are synchronous unless drawn asynchronous or pointing into a queue, stream or bus.
 */
final class Topology {

    /** More instances than this in one component is a typing slip in an interview, not a design (the design schema's limit). */
    static final int MAX_INSTANCES = DesignLimits.OF_SCHEMA.instances();
    /** A user's request waits at most a second's worth of capacity before it times out. */
    static final double USER_QUEUE_SECONDS = 1;
    /** Work handed off asynchronously may wait an hour in a queue before it is lost. */
    static final double ASYNC_QUEUE_SECONDS = 3600;

    final Node[] nodes;
    final int[] order;
    final int[] clients;
    /** The fraction of each second's requests that each client sends, in the order of {@link #clients}. */
    final double[] clientShares;
    final Arrows arrows;

    private Topology(Node[] nodes, int[] order, int[] clients, double[] clientShares, Arrows arrows) {
        this.nodes = nodes;
        this.order = order;
        this.clients = clients;
        this.clientShares = clientShares;
        this.arrows = arrows;
    }

    /** The queueing servers of every station: instances, and read replicas beside them. */
    long servers() {
        long sum = 0;
        for (Node node : nodes) {
            if (node.primary != null) {
                sum += (long) node.component.instanceCount() * (1 + node.replicasPerInstance);
            }
        }
        return sum;
    }

    /**
     * The queueing work of one second: Erlang C walks about 21√n servers of a station with n = c·k of
     * them, so this sums √n over the stations.
     */
    double queueWork() {
        double sum = 0;
        for (Node node : nodes) {
            if (node.primary != null) {
                sum += Math.sqrt(node.primary.servers());
            }
            if (node.replicas != null) {
                sum += Math.sqrt(node.replicas.servers());
            }
        }
        return sum;
    }

    static Topology of(Design design, Map<String, ComponentProfile> profiles, double defaultHitRatio) {
        return of(design, profiles, List.of(), defaultHitRatio);
    }

    static Topology of(Design design, Map<String, ComponentProfile> profiles, List<TechnologyCapacity> technologies,
            double defaultHitRatio) {
        List<DesignComponent> components = design.components();
        Map<String, Integer> indexById = new HashMap<>();
        for (DesignComponent component : components) {
            if (indexById.putIfAbsent(component.id(), indexById.size()) != null) {
                throw new SimulationException("Two components share the id '" + component.id() + "'.");
            }
        }
        List<FlowRole> roles = components.stream().map(component -> roleOf(component, profiles)).toList();
        List<Set<Integer>> sync = sets(components.size());
        List<Set<Integer>> async = sets(components.size());
        for (Connection connection : design.connections()) {
            int from = index(indexById, connection.from(), connection);
            int to = index(indexById, connection.to(), connection);
            if (roles.get(to).receivesNothing()) {
                continue;
            }
            boolean delivery = roles.get(from).isAsynchronous();
            boolean handOff = connection.isAsync() || roles.get(to).isAsynchronous();
            (handOff && !delivery ? async : sync).get(from).add(to);
        }
        int[] clients = clientsOf(roles);
        rejectSynchronousCycle(components, sync);
        boolean[] userFacing = reachable(clients, sync);
        Node[] nodes = new Node[components.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = node(i, components.get(i), roles.get(i), profiles, technologies, defaultHitRatio, userFacing[i]);
        }
        // The order first: breaking a loop removes its closing arrow, which the routes must not follow either.
        int[] order = order(sync, async, clients);
        Arrows arrows = new Arrows(nodes, sync, async, sharesOf(design));
        Routes.assign(nodes, sync, async, arrows);
        return new Topology(nodes, order, clients, ClientShares.of(components, clients), arrows);
    }

    /** The arrows' stated shares as fractions by "from->to"; a share outside 0..100 % is refused, naming the arrow. */
    private static Map<String, Double> sharesOf(Design design) {
        Map<String, Double> shares = new HashMap<>();
        for (Connection connection : design.connections()) {
            Double share = connection.share();
            if (share == null) {
                continue;
            }
            if (!(share >= 0 && share <= Connection.ALL)) {
                throw new SimulationException("The arrow " + connection.from() + " → " + connection.to()
                        + " has a share of " + Scenario.readable(share) + " %; a share is a percentage from 0 to 100.");
            }
            shares.put(connection.from() + "->" + connection.to(), share / Connection.ALL);
        }
        return shares;
    }

    /** The role the caller gave the component's type; a type without a profile is taken for a service, which then fails for want of one. */
    private static FlowRole roleOf(DesignComponent component, Map<String, ComponentProfile> profiles) {
        ComponentProfile profile = profiles.get(component.type());
        return profile == null ? FlowRole.SERVICE : profile.role();
    }

    private static @Nullable ComponentProfile withOverrides(@Nullable ComponentProfile profile,
            DesignComponent component, List<TechnologyCapacity> technologies) {
        Double capacity = Properties.capacityOverride(component);
        Double serviceTime = Properties.serviceTimeOverride(component);
        if (profile == null) {
            return null;
        }
        if (capacity == null) {
            ComponentProfile known = ofTechnology(profile, component, technologies);
            return serviceTime == null ? known : known.withServiceTime(serviceTime);
        }
        ComponentProfile own = profile.withCapacity(capacity);
        return serviceTime == null ? own : own.withServiceTime(serviceTime);
    }

    /**
     * The type's profile with the capacity of the well-known technology the component names, if any. A
     * managed service takes far more at once than one machine of its type: where capacity × service time
     * would pass what one instance may hold, the service time is shortened to fit, the capacity kept.
     */
    private static ComponentProfile ofTechnology(ComponentProfile profile, DesignComponent component,
            List<TechnologyCapacity> technologies) {
        for (TechnologyCapacity known : technologies) {
            if (known.fits(component.type(), component.technology())) {
                double capacity = known.capacityPerInstance();
                ComponentProfile managed = profile.withCapacity(capacity);
                double most = ComponentProfile.MAX_CONCURRENCY * 1000.0 / capacity;
                return managed.serviceTimeMs() > most ? managed.withServiceTime(most) : managed;
            }
        }
        return profile;
    }

    /** k = capacity × service time must be a number of requests one machine can hold at once. */
    private static void checkConcurrency(ComponentProfile profile, DesignComponent component) {
        double concurrency = profile.capacityPerInstance() * profile.serviceTimeMs() / 1000;
        if (concurrency > ComponentProfile.MAX_CONCURRENCY) {
            throw new SimulationException(String.format(java.util.Locale.ENGLISH, "'%s' would work on %,.0f "
                    + "requests at once per instance (capacityPerInstance %s/s × serviceTimeMs %s ms), and one "
                    + "instance holds at most %,d. Lower the capacity or the service time, or draw more instances.",
                    component.displayName(), concurrency, Scenario.readable(profile.capacityPerInstance()),
                    Scenario.readable(profile.serviceTimeMs()), ComponentProfile.MAX_CONCURRENCY));
        }
    }

    private static Node node(int index, DesignComponent component, FlowRole role,
            Map<String, ComponentProfile> profiles, List<TechnologyCapacity> technologies, double defaultHitRatio,
            boolean userFacing) {
        ComponentProfile profile = withOverrides(profiles.get(component.type()), component, technologies);
        if (role == FlowRole.CLIENT) {
            return new Node(index, component, role, profile, 0, 0, true);
        }
        if (profile == null) {
            throw new SimulationException("There is no profile for the type '" + component.type() + "' of '"
                    + component.displayName() + "'.");
        }
        if (component.instanceCount() <= 0 || profile.capacityPerInstance() <= 0) {
            throw new SimulationException("'" + component.displayName() + "' has zero capacity: "
                    + component.instanceCount() + " instances of " + profile.capacityPerInstance()
                    + " requests/s each. Give it at least one instance.");
        }
        if (component.instanceCount() > MAX_INSTANCES) {
            throw new SimulationException("'" + component.displayName() + "' has " + component.instanceCount()
                    + " instances; the simulator takes at most " + MAX_INSTANCES + " per component.");
        }
        checkConcurrency(profile, component);
        double hitRatio = role == FlowRole.CACHE ? Properties.hitRatio(component, defaultHitRatio) : 0;
        int replicas = role == FlowRole.DATABASE ? Properties.readReplicas(component) : 0;
        return new Node(index, component, role, profile, replicas, hitRatio, userFacing);
    }

    private static int index(Map<String, Integer> indexById, String id, Connection connection) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new SimulationException("The arrow " + connection.from() + " → " + connection.to()
                    + " points at '" + id + "', which is not in the design.");
        }
        return index;
    }

    private static int[] clientsOf(List<FlowRole> roles) {
        int[] clients = IntStream.range(0, roles.size())
                .filter(i -> roles.get(i) == FlowRole.CLIENT).toArray();
        if (clients.length == 0) {
            throw new SimulationException("The design has no client, so no traffic enters it. Add a web client, "
                    + "mobile client, API client or IoT device and draw an arrow from it.");
        }
        return clients;
    }

    private static void rejectSynchronousCycle(List<DesignComponent> components, List<Set<Integer>> sync) {
        List<Integer> cycle = Graphs.findCycle(sync);
        if (!cycle.isEmpty()) {
            String names = cycle.stream().map(i -> components.get(i).id()).collect(Collectors.joining(" → "));
            throw new SimulationException("Synchronous arrows form a cycle: " + names + " → "
                    + components.get(cycle.getFirst()).id() + ". A request would wait on itself forever; make one "
                    + "arrow asynchronous or remove it.");
        }
    }

    private static boolean[] reachable(int[] starts, List<Set<Integer>> successors) {
        boolean[] seen = new boolean[successors.size()];
        List<Integer> work = new ArrayList<>();
        for (int start : starts) {
            seen[start] = true;
            work.add(start);
        }
        while (!work.isEmpty()) {
            for (int next : successors.get(work.removeLast())) {
                if (!seen[next]) {
                    seen[next] = true;
                    work.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * The order load flows in: every node after all that send to it. The arrow that closes a loop (a
     * worker publishing back to the queue it reads, or reading the store that fed it) is left out of
     * the flow, so a message that comes round again is not counted twice.
     */
    private static int[] order(List<Set<Integer>> sync, List<Set<Integer>> async, int[] clients) {
        List<Set<Integer>> all = sets(sync.size());
        for (int i = 0; i < sync.size(); i++) {
            all.get(i).addAll(sync.get(i));
            all.get(i).addAll(async.get(i));
        }
        int[] order = Graphs.order(all);
        int[] steps = stepsFrom(clients, all);
        while (order == null) {
            breakLoop(Graphs.findCycle(all), steps, sync, async, all);
            order = Graphs.order(all);
        }
        return order;
    }

    /**
     * A loop (only possible through a queue or stream: synchronous cycles are refused) loses the arrow
     * that closes it: the one back to the component nearest the clients, such as a worker reading the
     * originals that fed its queue. Cutting the queue's own arrow instead would starve its consumers.
     */
    private static void breakLoop(List<Integer> cycle, int[] steps, List<Set<Integer>> sync,
            List<Set<Integer>> async, List<Set<Integer>> all) {
        int closing = 0;
        for (int k = 1; k < cycle.size(); k++) {
            if (steps[cycle.get((k + 1) % cycle.size())] < steps[cycle.get((closing + 1) % cycle.size())]) {
                closing = k;
            }
        }
        int from = cycle.get(closing);
        int to = cycle.get((closing + 1) % cycle.size());
        sync.get(from).remove(to);
        async.get(from).remove(to);
        all.get(from).remove(to);
    }

    /** How many arrows each component is from the nearest client; unreachable ones count as furthest. */
    private static int[] stepsFrom(int[] clients, List<Set<Integer>> successors) {
        int[] steps = new int[successors.size()];
        Arrays.fill(steps, Integer.MAX_VALUE);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int client : clients) {
            steps[client] = 0;
            work.add(client);
        }
        while (!work.isEmpty()) {
            int node = work.poll();
            for (int next : successors.get(node)) {
                if (steps[next] == Integer.MAX_VALUE) {
                    steps[next] = steps[node] + 1;
                    work.add(next);
                }
            }
        }
        return steps;
    }

    private static List<Set<Integer>> sets(int count) {
        List<Set<Integer>> sets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sets.add(new LinkedHashSet<>());
        }
        return sets;
    }
}
