package org.designcoach.progress;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The signed-in learner's own progress. */
@Route("progress")
@PageTitle("My progress")
@Menu(order = 14, icon = "vaadin:chart-line", title = "Progress")
@PermitAll
class ProgressView extends Main {

    final ProgressPage page;

    ProgressView(ProgressService progress) {
        addClassNames(LumoUtility.Padding.LARGE);
        page = new ProgressPage(progress.mine());
        add(page);
    }
}
