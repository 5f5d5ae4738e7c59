package org.designcoach.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import org.designcoach.canvas.DesignCanvas;
import org.springframework.beans.factory.ObjectProvider;

/** A lesson, one step at a time: the architecture, where it breaks, and the signal to move on. */
@Route("lessons/:lessonId")
@PermitAll
// The step simulation's chart comes from the traffic feature through StepSimulation, which the
// frontend bundler cannot follow from here; naming its module keeps it in this route's bundle.
@JsModule("./components/simulation-chart/simulation-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button previous = new Button("Previous step");
    final Button next = new Button("Next step");
    final Span position = new Span();
    private final Div step = new Div();
    private final ContentService content;
    private final ObjectProvider<StepSimulation> simulation;
    private Lesson lesson = new Lesson("", "Lesson", "", List.of(), List.of());
    private int index;

    LessonView(ContentService content, ObjectProvider<StepSimulation> simulation) {
        this.content = content;
        this.simulation = simulation;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.MaxWidth.SCREEN_LARGE);
        previous.addClickListener(event -> go(index - 1));
        next.addClickListener(event -> go(index + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        var found = content.lesson(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no lesson called '" + id + "'.");
            return;
        }
        lesson = found.get();
        var heading = new H2(lesson.title());
        heading.addClassNames(LumoUtility.Margin.NONE);
        var summary = new Paragraph(lesson.summary());
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var navigation = new Div(previous, position, next);
        navigation.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM);
        removeAll();
        add(heading, summary, navigation, step);
        go(0);
    }

    @Override
    public String getPageTitle() {
        return lesson.title();
    }

    private void go(int target) {
        index = Math.max(0, Math.min(target, lesson.steps().size() - 1));
        Lesson.Step current = lesson.steps().get(index);
        position.setText("Step " + (index + 1) + " of " + lesson.steps().size());
        previous.setEnabled(index > 0);
        next.setEnabled(index < lesson.steps().size() - 1);
        step.removeAll();
        var title = new H3(current.title());
        step.add(title, Markdown.component(current.body()), architecture(current), breaking(current), concepts(current));
    }

    private Div architecture(Lesson.Step current) {
        var section = ContentUi.section("The architecture at this step");
        var drawing = ArchitectureListing.withDrawing(current.architecture(), content.library());
        section.add(drawing);
        StepSimulation runner = simulation.getIfAvailable();
        if (runner != null) {
            drawing.getChildren().filter(DesignCanvas.class::isInstance).findFirst().ifPresent(canvas -> section.add(
                    runner.atBreakingLoad((DesignCanvas) canvas, current.architecture(), current.breaksAt(),
                            current.outage())));
        }
        return section;
    }

    private static Div breaking(Lesson.Step current) {
        var section = ContentUi.section("Where it breaks");
        section.add(new Paragraph("Around " + current.breaksAt() + ". " + current.failure()),
                new Paragraph("Time to move on when: " + current.signal()));
        return section;
    }

    private Div concepts(Lesson.Step current) {
        var links = new Div();
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.Margin.Top.MEDIUM);
        current.concepts().forEach(id -> content.concept(id).ifPresent(concept ->
                links.add(new RouterLink(concept.title(), ConceptView.class, new RouteParameters("conceptId", id)))));
        return links;
    }
}
