package org.designcoach.progress;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A learner's progress as a mentor of their cohort sees it. Anyone else gets the page-not-found
 * message, the same as for a name that does not exist.
 */
@Route("progress/:username")
@PageTitle("Learner progress")
@PermitAll
class LearnerProgressView extends Main implements BeforeEnterObserver {

    private final ProgressService progress;
    @Nullable ProgressPage page;

    LearnerProgressView(ProgressService progress) {
        this.progress = progress;
        addClassNames(LumoUtility.Padding.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String username = event.getRouteParameters().get("username").orElse("");
        try {
            removeAll();
            page = new ProgressPage(progress.of(username));
            add(page);
        } catch (ProgressException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }
}
