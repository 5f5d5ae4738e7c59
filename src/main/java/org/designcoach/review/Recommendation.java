package org.designcoach.review;

/**
 * The mentor's overall verdict for the level the learner practised at. What each means to a
 * learner is written in the rubric file, beside the descriptors.
 */
public enum Recommendation {
    READY,
    ALMOST,
    NOT_YET
}
