package org.designcoach.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vaadin Flow's messages as its client engine writes and reads them (flow-client's MessageSender and
 * ServerRpcQueue, flow-server's ServerRpcHandler and JsonConstants).
 */
final class UidlMessages {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Flow puts this before a UIDL response so that a foreign page cannot load it as a script. */
    private static final String GUARD = "for(;;);";

    private UidlMessages() {
    }

    /** The JSON of a UIDL response, its {@code for(;;);[...]} guard and array taken off. */
    static JsonNode parseResponse(String body) {
        String text = body.startsWith(GUARD) ? body.substring(GUARD.length()) : body;
        JsonNode json = JSON.readTree(text);
        return json.isArray() ? json.get(0) : json;
    }

    /** The body of a UIDL request: the session's CSRF token, the calls, and the client's counters. */
    static String request(String csrfToken, List<ObjectNode> rpcs, int syncId, int clientId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        rpcs.forEach(rpc::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return JSON.writeValueAsString(body);
    }

    /** The client's unload beacon: the page is gone, the server may drop its UI at once. */
    static String unload(String csrfToken) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc");
        body.put("UNLOAD", true);
        return JSON.writeValueAsString(body);
    }

    /** The event by which the client's router asks the UI (node 1) to show a route after the init request. */
    static ObjectNode navigation(String location) {
        int question = location.indexOf('?');
        String route = question < 0 ? location : location.substring(0, question);
        String query = question < 0 ? "" : location.substring(question + 1);
        return event(1, "ui-navigate", Map.of("route", "/" + route, "query", query, "appShellTitle", "",
                "historyState", Map.of("idx", 0), "trigger", ""));
    }

    /**
     * The address of a navigation the server asks for in an {@code execute} entry (a UI's {@code navigate} makes
     * the client dispatch {@code vaadin-navigate} with the new address as its second parameter).
     */
    static Optional<String> navigationTarget(JsonNode invocation) {
        int last = invocation.size() - 1;
        if (last >= 2 && invocation.get(last).asString("").contains("'vaadin-navigate'")
                && invocation.get(1).isString()) {
            return Optional.of(invocation.get(1).asString());
        }
        return Optional.empty();
    }

    /**
     * The texts a response puts on the page: those of text nodes and those written by the JavaScript it asks the
     * client to run (its string parameters), in order.
     */
    static List<String> texts(JsonNode uidl) {
        var texts = new ArrayList<String>();
        for (JsonNode change : uidl.path("changes")) {
            if ("text".equals(change.path("key").asString("")) && change.path("value").isString()) {
                texts.add(change.get("value").asString());
            }
        }
        for (JsonNode invocation : uidl.path("execute")) {
            for (int i = 0; i < invocation.size() - 1; i++) {
                if (invocation.get(i).isString()) {
                    texts.add(invocation.get(i).asString());
                }
            }
        }
        return texts;
    }

    /** A property of an element synchronised to the server, as the client does before the event that carries it. */
    static ObjectNode propertySync(int node, String property, String value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", StateTree.ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.put("value", value);
        return rpc;
    }

    /** A DOM event on an element, with the event data the server's listener asked for. */
    static ObjectNode event(int node, String event, Map<String, ?> data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", JSON.valueToTree(data));
        return rpc;
    }
}
