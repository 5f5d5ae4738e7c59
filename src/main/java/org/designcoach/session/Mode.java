package org.designcoach.session;

/** Mock runs like the real interview; guided teaches along the way. */
public enum Mode {
    /** Timed, feedback only at the end, the reference hidden. */
    MOCK,
    /** Untimed pressure: hints, live findings, the reference revealed stage by stage; may be paused. */
    GUIDED
}
