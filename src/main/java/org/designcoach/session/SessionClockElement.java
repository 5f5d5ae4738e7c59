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
        getElement().setProperty("remaining", remaining.toMillis());
        getElement().setProperty("paused", paused);
    }

    long remainingMillis() {
        return (long) getElement().getProperty("remaining", 0.0);
    }
}
