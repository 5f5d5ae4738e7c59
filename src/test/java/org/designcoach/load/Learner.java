package org.designcoach.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.designcoach.load.LearnerClient.ProtocolException;
import tools.jackson.databind.JsonNode;

/**
 * One learner's visit: register (counted only when the account is new), sign in, start a practice session of
 * the case, then round after round: reopen the session, type requirements, ask the interviewer a question,
 * open the sandbox, change the design twice and run the simulation; a pause of about the think time between
 * two actions.
 */
final class Learner {

    private static final String FUNCTIONAL = "Functional requirements (one per line)";
    private static final String OWN_QUESTION = "Ask your own question";
    private static final List<String> QUESTIONS = List.of("How many users a day?", "How many reads per write?",
            "How long are links kept?", "What latency is acceptable for a redirect?");

    private final HarnessOptions options;
    private final String username;
    private final ActionStats stats;
    private final long deadline;
    private final LearnerClient client;
    private final int seed;
    private final ServerCpu actionCpu;
    private String sessionLocation;
    private int edits;

    /** {@code actionCpu}: the server's CPU clock to read around each action, or null when others run at once. */
    Learner(HarnessOptions options, String username, ActionStats stats, long deadline, int seed, ServerCpu actionCpu) {
        this.options = options;
        this.username = username;
        this.stats = stats;
        this.deadline = deadline;
        this.client = new LearnerClient(options.url());
        this.seed = seed;
        this.actionCpu = actionCpu;
    }

    void run() throws InterruptedException {
        long start = System.nanoTime();
        try {
            if (register()) {
                stats.record("register", System.nanoTime() - start);
            }
        } catch (ProtocolException e) {
            stats.error("register", username + ": " + e.getMessage());
            return;
        }
        if (!timed("sign in", () -> signIn(client.signIn(username, options.password())))) {
            return;
        }
        think();
        if (!timed("start session", this::startSession)) {
            return;
        }
        for (int round = 0; options.minutes() > 0 ? System.nanoTime() < deadline : round < options.iterations();
                round++) {
            roundOfWork(round);
        }
    }

    private void roundOfWork(int round) throws InterruptedException {
        boolean open = timed("open session", () -> client.open(sessionLocation));
        for (int line = 1; open && line <= 3; line++) {
            think();
            String text = "Round " + round + ": a user shortens a long link\nThe short link redirects, line " + line;
            timed("stage typing", () -> expect(type(FUNCTIONAL, text), "All changes saved."));
        }
        if (open) {
            think();
            timed("ask question", () -> {
                type(OWN_QUESTION, QUESTIONS.get((seed + round) % QUESTIONS.size()));
                return expect(click("Ask"), "Interviewer:");
            });
        }
        think();
        if (timed("open sandbox", () -> client.open("sandbox/" + options.caseId()))) {
            for (int i = 0; i < 2; i++) {
                think();
                timed("canvas edit", () -> expect(editDesign(), "Score "));
            }
            think();
            timed("run simulation", () -> expect(click("Run the simulation"), "Latency p50"));
        }
        think();
    }

    private Object signIn(boolean accepted) {
        if (!accepted) {
            throw new ProtocolException("The sign-in form refused " + username);
        }
        return null;
    }

    /**
     * Creates the account on the register page; false when it exists already. Trying the sign-in form first would
     * count a failed sign-in for each new learner, and twenty from one address pause that address.
     */
    private boolean register() {
        client.open("register");
        typeValue("Username", username);
        typeValue("Password", options.password());
        typeValue("Repeat the password", options.password());
        click("Create account");
        if (client.page().location.startsWith("login")) {
            return true;
        }
        String problem = client.page().tree.byLabel("Username").map(field -> field.property("errorMessage"))
                .orElse(null);
        if (problem == null || problem.isEmpty()) {
            throw new ProtocolException("Registering " + username + " neither led to the sign-in page nor named a"
                    + " problem with the username (is registration closed?)");
        }
        return false;
    }

    private Object startSession() {
        client.open("practise/" + options.caseId());
        click("Start");
        String location = client.page().location;
        if (location == null || !location.startsWith("sessions/")) {
            throw new ProtocolException("Start did not open a session (location " + location + ")");
        }
        sessionLocation = location;
        return null;
    }

    private JsonNode type(String label, String text) {
        return typeValue(label, text);
    }

    private JsonNode typeValue(String label, String text) {
        var field = client.page().tree.byLabel(label)
                .orElseThrow(() -> new ProtocolException("No field labelled '" + label + "'"));
        return client.call(UidlRpc.typing(client.page(), field, text));
    }

    private JsonNode click(String text) {
        var button = client.page().tree.byTagAndText("vaadin-button", text)
                .orElseThrow(() -> new ProtocolException("No button '" + text + "'"));
        return client.call(List.of(UidlRpc.click(button)));
    }

    private JsonNode editDesign() {
        var canvas = client.page().tree.byTag("design-canvas")
                .orElseThrow(() -> new ProtocolException("No design canvas"));
        return client.call(List.of(UidlRpc.designChange(canvas, Designs.webShop(++edits % 4 + 1))));
    }

    /**
     * Checks that the answer shows what a browser would show after this action, such as the interviewer's
     * answer or the simulation's summary, and not an error message in its place.
     */
    private static JsonNode expect(JsonNode response, String textStart) {
        List<String> texts = UidlMessages.texts(response);
        if (texts.stream().noneMatch(text -> text.startsWith(textStart))) {
            throw new ProtocolException("The answer did not show '" + textStart + "…' but " + texts.stream()
                    .limit(3).map(text -> "'" + text.substring(0, Math.min(text.length(), 120)) + "'").toList());
        }
        return response;
    }

    /** Runs one action and records its time, or counts it as an error; true when it succeeded. */
    private boolean timed(String action, Supplier<?> work) {
        double cpuBefore = actionCpu == null ? 0 : actionCpu.seconds().orElseThrow();
        long start = System.nanoTime();
        try {
            work.get();
            stats.record(action, System.nanoTime() - start);
            if (actionCpu != null) {
                stats.recordCpu(action, actionCpu.seconds().orElseThrow() - cpuBefore);
            }
            return true;
        } catch (RuntimeException e) {
            stats.error(action, username + ": " + e.getMessage());
            return false;
        }
    }

    private void think() throws InterruptedException {
        long mean = options.thinkMillis();
        if (mean > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(mean / 2, mean + mean / 2 + 1));
        }
    }
}
