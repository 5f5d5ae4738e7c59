package org.designcoach.archfixtures.engine;

import org.designcoach.design.Design;
import org.springframework.context.ApplicationEventPublisher;

/** An engine that reaches for Spring to announce its result: what the engine rule must catch. */
public class EngineThatPublishesSpringEvents {

    private final ApplicationEventPublisher events;

    public EngineThatPublishesSpringEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void score(Design design) {
        events.publishEvent(design.components().size());
    }
}
