package org.designcoach.content;

import java.util.List;

/** A building block, principle or guide, as content/concepts/&lt;id&gt;.yaml holds it. */
public record Concept(
        String id,
        String title,
        String kind,
        String category,
        String summary,
        List<String> sources,
        List<String> whenToUse,
        List<String> tools,
        List<String> tradeoffs,
        List<String> related,
        String body) {

    String searchableText() {
        return String.join(" ", title, summary, String.join(" ", tools), body);
    }
}
