package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The review's comments beside the learner's design. Comments are numbered; each comment on a component
 * is a numbered marker on that component in the drawing, the commented components are marked, and
 * selecting a comment marks just its component. The reviewing mentor also adds comments,
 * pinned to a stage or to one component, and removes them while the review is a draft.
 */
class CommentsPanel extends Composite<Div> {

    final Grid<ReviewComment> list = new Grid<>();
    final Select<Pin> pin = new Select<>();
    final TextArea text = new TextArea("Comment");
    final Button add = new Button("Add comment");
    private final DesignCanvas canvas;
    private final Design design;
    private List<ReviewComment> shown = List.of();

    /** Where a comment goes: a stage, or one component of the design. */
    record Pin(@Nullable Stage stage, @Nullable String componentId) {
    }

    record NewComment(Pin pin, String text) {
    }

    CommentsPanel(DesignCanvas canvas, Design design, boolean editable, Consumer<NewComment> onAdd,
            LongConsumer onRemove) {
        this.canvas = canvas;
        this.design = design;
        getContent().addClassNames("review-comments", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        list.addColumn(comment -> shown.indexOf(comment) + 1).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(comment -> pinLabel(comment.stage(), comment.componentId())).setHeader("Pinned to")
                .setAutoWidth(true);
        list.addColumn(ReviewComment::text).setHeader("Comment").setFlexGrow(3);
        if (editable) {
            list.addComponentColumn(comment -> removeButton(comment, onRemove)).setAutoWidth(true).setFlexGrow(0);
        }
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(editable ? "No comments yet. Pin one to a stage or to a component below."
                : "The mentor left no comments.");
        list.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() == null) {
                highlightAll();
            } else {
                highlightOnly(event.getValue().componentId());
            }
        });
        getContent().add(new H3("Comments"), list);
        if (editable) {
            getContent().add(form(onAdd));
        }
    }

    void show(List<ReviewComment> comments) {
        shown = List.copyOf(comments);
        list.setItems(shown);
        highlightAll();
        canvas.annotate(CommentMarkers.of(shown));
    }

    /** The comment was kept: the form empties for the next one. */
    void added() {
        text.clear();
        text.setInvalid(false);
    }

    /** The comment was refused: the message goes on the field and what was typed stays. */
    void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    private Div form(Consumer<NewComment> onAdd) {
        List<Pin> pins = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            pins.add(new Pin(stage, null));
        }
        design.components().forEach(component -> pins.add(new Pin(null, component.id())));
        pin.setLabel("Pin to");
        pin.setItems(pins);
        pin.setItemLabelGenerator(choice -> pinLabel(choice.stage(), choice.componentId()));
        pin.setValue(pins.getFirst());
        pin.addValueChangeListener(event -> highlightOnly(event.getValue() == null ? null
                : event.getValue().componentId()));
        text.setMaxLength(ReviewSubmission.MAX_TEXT);
        text.setHelperText("Plain text, up to 2,000 characters. The learner sees it once you return the review.");
        text.setWidthFull();
        add.addClickListener(event -> onAdd.accept(new NewComment(pin.getValue(), text.getValue())));
        var form = new Div(pin, text, add);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return form;
    }

    private Button removeButton(ReviewComment comment, LongConsumer onRemove) {
        var remove = new Button("Remove", event -> onRemove.accept(comment.id()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", "Remove the comment on "
                + pinLabel(comment.stage(), comment.componentId()));
        return remove;
    }

    /** Marks every component that has a comment: the review laid over the design. */
    private void highlightAll() {
        canvas.highlight(shown.stream().map(ReviewComment::componentId).filter(Objects::nonNull).distinct()
                .toList());
    }

    /** Marks one component, or none for a comment on a stage. */
    private void highlightOnly(@Nullable String componentId) {
        canvas.highlight(componentId == null ? List.of() : List.of(componentId));
    }

    private String pinLabel(@Nullable Stage stage, @Nullable String componentId) {
        if (stage != null) {
            return "Stage " + stage.number() + ": " + stage.title();
        }
        String id = componentId == null ? "" : componentId;
        return "Component: " + design.component(id).map(DesignComponent::displayName).orElse(id) + " (" + id + ")";
    }
}
