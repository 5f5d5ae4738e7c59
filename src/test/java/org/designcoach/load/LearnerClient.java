package org.designcoach.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser, reduced to the protocol: its own cookies, Spring Security's sign-in form, and Vaadin
 * Flow's bootstrap and UIDL requests for the page it has open.
 */
final class LearnerClient {

    private static final Pattern META =
            Pattern.compile("<meta\\s+name=\"(_csrf(?:_header)?)\"\\s+content=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;
    private Page page;

    LearnerClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /**
     * GET /login, read Spring's CSRF token from the page's meta tags, POST the form. True when Spring accepted
     * the credentials (a redirect away from the sign-in page), false when it sent the browser back to it.
     */
    boolean signIn(String username, String password) {
        var page = get("/login");
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /login answered " + page.statusCode());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfToken(page.body()));
        var response = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302) {
            throw new ProtocolException("POST /login answered " + response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElse("");
        return !URI.create(location).getPath().endsWith("/login");
    }

    static String csrfToken(String html) {
        Matcher matcher = META.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals("_csrf")) {
                return matcher.group(2);
            }
        }
        throw new ProtocolException("The page has no _csrf meta tag");
    }

    /**
     * Loads a route as a browser does: the page, Flow's init request that makes its UI, and the navigation
     * event that builds the view. A page open before is closed first, as the browser's unload beacon does.
     */
    Page open(String location) {
        close();
        var html = get("/" + location);
        if (html.statusCode() != 200) {
            throw new ProtocolException("GET /" + location + " answered " + html.statusCode());
        }
        var response = get("/?v-r=init&location=" + encode(location) + "&query=");
        if (response.statusCode() != 200) {
            throw new ProtocolException("init of " + location + " answered " + response.statusCode());
        }
        page = Page.fromInit(UidlMessages.JSON.readTree(response.body()));
        page.location = location;
        call(List.of(UidlMessages.navigation(location)));
        if (!location.equals(page.location)) {
            throw new ProtocolException("Opening " + location + " ended on " + page.location);
        }
        return page;
    }

    /** Tells the server that the open page is gone (the browser's beacon on unload), so its UI is freed. */
    void close() {
        if (page != null) {
            send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + page.uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(UidlMessages.unload(page.csrfToken))));
            page = null;
        }
    }

    /** Sends the calls to the open page's UI and applies the answer; fails on what a browser would not accept. */
    JsonNode call(List<ObjectNode> rpcs) {
        int sent = page.clientId;
        String body = UidlMessages.request(page.csrfToken, rpcs, page.syncId, sent);
        var response = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + page.uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new ProtocolException("UIDL answered " + response.statusCode());
        }
        JsonNode json = UidlMessages.parseResponse(response.body());
        page.accept(json);
        if (page.clientId != sent + 1) {
            // The server took the message for one it had seen, or missed one: the browser would reload.
            throw new ProtocolException("The server expects client message " + page.clientId + " after our " + sent);
        }
        return json;
    }

    Page page() {
        return page;
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProtocolException(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An open page's UI: its id, its CSRF token, the message counters and the state tree. */
    static final class Page {

        final int uiId;
        final String csrfToken;
        final StateTree tree = new StateTree();
        final Map<String, JsonNode> constants = new HashMap<>();
        String location;
        int syncId;
        int clientId;

        private Page(int uiId, String csrfToken) {
            this.uiId = uiId;
            this.csrfToken = csrfToken;
        }

        static Page fromInit(JsonNode init) {
            JsonNode config = init.path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (!uidl.has("Vaadin-Security-Key")) {
                throw new ProtocolException("The init answer has no UIDL with a security key");
            }
            var page = new Page(config.path("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString());
            page.accept(uidl);
            return page;
        }

        /**
         * Takes in one UIDL message as the client engine does: the counters, the constants that listeners refer
         * to, the changes, and a navigation the server asked for. A message that tells the client its session
         * or security key is gone, or to resynchronise, is what a browser would show as a failure.
         */
        void accept(JsonNode uidl) {
            JsonNode meta = uidl.path("meta");
            if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
                throw new ProtocolException("The server asked the page to " + (uidl.has("resynchronize")
                        ? "resynchronise" : "stop: " + meta));
            }
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
            if (uidl.has("constants")) {
                uidl.get("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
            }
            if (uidl.has("changes")) {
                tree.apply(uidl.get("changes"));
            }
            for (JsonNode invocation : uidl.path("execute")) {
                UidlMessages.navigationTarget(invocation).ifPresent(target -> location = target);
            }
        }

        /** The event data a listener of this node asked for: the constant its listener entry names. */
        JsonNode listener(StateTree.StateNode node, String event) {
            String key = node.value(StateTree.ELEMENT_LISTENERS, event);
            return key == null ? null : constants.get(key);
        }
    }

    /** The server answered something a browser would treat as a failure. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
