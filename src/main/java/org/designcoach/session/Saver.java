package org.designcoach.session;

import java.util.function.UnaryOperator;

/** How a stage hands a change of the answers to its page, which saves it. */
@FunctionalInterface
interface Saver {

    /** How long typing may pause before the text is saved: short, so that a reload loses nothing. */
    int SAVE_DELAY_MS = 400;

    void save(UnaryOperator<SessionAnswers> change);
}
