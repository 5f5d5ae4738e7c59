package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The reviewing mentor's summary for the learner: the overall word that opens the returned review. */
class SummaryEditor extends Composite<Div> {

    final TextArea text = new TextArea("Summary for the learner");
    final Button save = new Button("Save summary");

    SummaryEditor(@Nullable String summary, Consumer<String> onSave) {
        getContent().addClassNames("review-summary-editor", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.AlignItems.START);
        text.setValue(summary == null ? "" : summary);
        text.setMaxLength(ReviewSubmission.MAX_TEXT);
        text.setHelperText("What went well and the one or two things to work on next. Plain text, up to 2,000 "
                + "characters; the learner reads it first once you return the review.");
        text.setWidthFull();
        save.addClickListener(event -> onSave.accept(text.getValue()));
        getContent().add(text, save);
    }

    void saved() {
        text.setInvalid(false);
    }

    /** The summary was refused: the reason goes on the field and what was typed stays. */
    void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
