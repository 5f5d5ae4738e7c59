package org.designcoach.estimation;

/** Whether a learner's answer follows from their own assumptions by the line's formula. */
public enum Arithmetic {
    RIGHT, WRONG, CANNOT_CHECK
}
