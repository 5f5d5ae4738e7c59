package org.designcoach.rules;

/** How much a finding matters; strengths are findings too, because good choices deserve naming. */
public enum Severity {
    ERROR, WARNING, SUGGESTION, STRENGTH
}
