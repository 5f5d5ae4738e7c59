package org.designcoach.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The calls a browser's Flow client sends for what a person does on a page, as captured from Chromium. */
final class UidlRpc {

    /** What Chromium's client sent with a mouse click on a button: the data a click listener asks for. */
    static final Map<String, Object> CLICK_DATA = clickData();

    private UidlRpc() {
    }

    private static Map<String, Object> clickData() {
        var data = new LinkedHashMap<String, Object>();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 400);
        data.put("event.clientY", 300);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 400);
        data.put("event.screenX", 410);
        return Map.copyOf(data);
    }

    /**
     * A field's new value and the event its value-change mode listens to: {@code change} for a field that sends
     * its value when it loses focus, {@code input} (after its debounce, the trailing call) for a lazy or eager one.
     * The listener's entry names a constant whose {@code }value} key says the event carries the property.
     */
    static List<ObjectNode> typing(LearnerClient.Page page, StateTree.StateNode field, String text) {
        ObjectNode value = UidlMessages.propertySync(field.id, "value", text);
        if (page.listener(field, "change") != null) {
            return List.of(value, UidlMessages.event(field.id, "change", Map.of()));
        }
        JsonNode input = page.listener(field, "input");
        if (input == null) {
            throw new LearnerClient.ProtocolException("The field " + field + " listens to neither change nor input");
        }
        var data = new LinkedHashMap<String, Object>();
        input.properties().forEach(entry -> {
            // A debounced listener has a numeric key holding its timeouts; the client names the phase that fired.
            if (entry.getKey().chars().allMatch(Character::isDigit)) {
                data.put(entry.getKey(), 1);
                data.put("for", "trailing");
            }
        });
        return List.of(value, UidlMessages.event(field.id, "input", data));
    }

    static ObjectNode click(StateTree.StateNode button) {
        return UidlMessages.event(button.id, "click", CLICK_DATA);
    }

    static ObjectNode designChange(StateTree.StateNode canvas, String designJson) {
        return UidlMessages.event(canvas.id, "design-change", Map.of("event.detail.design", designJson));
    }
}
