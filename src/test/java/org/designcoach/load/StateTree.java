package org.designcoach.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The part of Vaadin Flow's state tree the harness needs, rebuilt from the {@code changes} of each UIDL
 * response as the browser's client engine does: every node with its tag, its properties and attributes, its
 * text and its children. With it the harness finds a field by its label or a button by its text, as a person
 * or a browser test would.
 */
final class StateTree {

    /** Flow's node features (flow-server's NodeFeatures, flow-client's NodeFeatures). */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;

    private final Map<Integer, StateNode> nodes = new HashMap<>();

    /** Applies one response's {@code changes} array. */
    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, StateNode::new);
                case "detach" -> detach(id);
                case "put" -> node(id).put(change.get("feat").asInt(), change.get("key").asString(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" -> node(id).remove(change.get("feat").asInt(), change.get("key").asString());
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.get("feat").asInt());
                default -> {
                    // "empty" creates an empty feature: nothing to keep until something is put in it.
                }
            }
        }
    }

    private void detach(int id) {
        StateNode gone = nodes.remove(id);
        if (gone != null && gone.parent != null) {
            gone.parent.children.remove(gone);
        }
    }

    private StateNode node(int id) {
        return nodes.computeIfAbsent(id, StateNode::new);
    }

    private void splice(StateNode parent, JsonNode change) {
        if (change.get("feat").asInt() != ELEMENT_CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        int removed = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < removed && index < parent.children.size(); i++) {
            parent.children.remove(index).parent = null;
        }
        if (change.has("addNodes")) {
            int at = index;
            for (JsonNode added : change.get("addNodes")) {
                StateNode child = node(added.asInt());
                child.parent = parent;
                parent.children.add(Math.min(at++, parent.children.size()), child);
            }
        }
    }

    private void clear(StateNode node, int feature) {
        if (feature == ELEMENT_CHILDREN) {
            node.children.forEach(child -> child.parent = null);
            node.children.clear();
        } else {
            node.features.remove(feature);
        }
    }

    Optional<StateNode> find(Predicate<StateNode> wanted) {
        return nodes.values().stream().filter(wanted).min((a, b) -> Integer.compare(a.id, b.id));
    }

    /** The element whose {@code label} property is this text, such as a text field or a select. */
    Optional<StateNode> byLabel(String label) {
        return find(node -> label.equals(node.property("label")));
    }

    /** The element of this tag whose text (its own text children's, joined) is this text, such as a button. */
    Optional<StateNode> byTagAndText(String tag, String text) {
        return find(node -> tag.equals(node.tag()) && text.equals(node.text().strip()));
    }

    Optional<StateNode> byTag(String tag) {
        return find(node -> tag.equals(node.tag()));
    }

    int size() {
        return nodes.size();
    }

    /** One node: an element, a text or a helper node of a feature. */
    static final class StateNode {

        final int id;
        final Map<Integer, Map<String, JsonNode>> features = new HashMap<>();
        final List<StateNode> children = new ArrayList<>();
        StateNode parent;

        StateNode(int id) {
            this.id = id;
        }

        void put(int feature, String key, JsonNode value) {
            features.computeIfAbsent(feature, f -> new HashMap<>()).put(key, value);
        }

        void remove(int feature, String key) {
            features.getOrDefault(feature, Map.of()).remove(key);
        }

        String value(int feature, String key) {
            JsonNode value = features.getOrDefault(feature, Map.of()).get(key);
            return value == null || !value.isString() ? null : value.asString();
        }

        String tag() {
            return value(ELEMENT_DATA, "tag");
        }

        String property(String name) {
            return value(ELEMENT_PROPERTIES, name);
        }

        /** The text of this node's text children, as a button shows it. */
        String text() {
            var text = new StringBuilder();
            String own = value(TEXT_NODE, "text");
            if (own != null) {
                text.append(own);
            }
            for (StateNode child : children) {
                if (child.tag() == null) {
                    text.append(child.text());
                }
            }
            return text.toString();
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + ">";
        }
    }
}
