package org.designcoach.content;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/** The menu's way into the scale-journey lesson. */
@Route("lessons")
@PageTitle("Scale journey")
@Menu(order = 30, icon = "vaadin:road", title = "Scale journey")
@PermitAll
class LessonsMenuEntry extends Div implements BeforeEnterObserver {

    static final String SCALE_JOURNEY = "scale-journey";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(LessonView.class, new RouteParameters("lessonId", SCALE_JOURNEY));
    }
}
