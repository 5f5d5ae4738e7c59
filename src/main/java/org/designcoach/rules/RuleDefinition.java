package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule as written in content/rules: plain values, each condition a one-key map such as
 * {@code {lacks: [cache]}} or {@code {context: {readHeavy: true}}}. {@link RuleCompiler} checks it.
 */
public record RuleDefinition(String id, String title, String category, String severity, int points,
        String explanation, String concept, List<Map<String, Object>> when) {
}
