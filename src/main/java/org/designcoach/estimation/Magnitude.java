package org.designcoach.estimation;

/** How a learner's answer compares with the case's reference value, within a factor. */
public enum Magnitude {
    WITHIN, TOO_HIGH, TOO_LOW, CANNOT_CHECK
}
