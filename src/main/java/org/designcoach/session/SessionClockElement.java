package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.Duration;

/** The Java side of {@code <session-clock>}: the server's time left; the browser counts down from it. */
@Tag("session-clock")
@JsModule("./components/session-clock/session-clock.ts")
class SessionClockElement extends Component {

    SessionClockElement(String label) {
        getElement().setAttribute("label", label);
    }

    void show(Duration remaining, boolean paused) {
        getElement().setProperty("countUp", false);
        getElement().setProperty("remaining", remaining.toMillis());
        getElement().setProperty("paused", paused);
    }

    /** The time spent, counting upward, with no warning: for practice that has no deadline. */
    void showSpent(Duration spent, boolean paused) {
        getElement().setProperty("countUp", true);
        getElement().setProperty("spent", spent.toMillis());
        getElement().setProperty("paused", paused);
    }

    boolean countsUp() {
        return getElement().getProperty("countUp", false);
    }

    long spentMillis() {
        return (long) getElement().getProperty("spent", 0.0);
    }

    long remainingMillis() {
        return (long) getElement().getProperty("remaining", 0.0);
    }
}
