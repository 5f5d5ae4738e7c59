package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.util.function.Consumer;

/** The learner's one reply to a returned review: a form while there is none, the reply once sent. */
class ReplySection extends Composite<Div> {

    final Paragraph reply = new Paragraph();
    final TextArea text = new TextArea("Your reply to the mentor");
    final Button send = new Button("Send reply");

    ReplySection(ReviewDetail detail, Consumer<String> onReply) {
        getContent().addClassNames("review-reply", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        getContent().add(new H3("Reply"));
        String sent = detail.reply();
        if (sent != null) {
            String who = detail.viewer() == ReviewDetail.Viewer.LEARNER ? "You" : detail.summary().learner();
            Instant at = detail.repliedAt();
            getContent().add(new Paragraph(who + " replied" + (at == null ? "" : " on " + ReviewTexts.when(at)) + ":"),
                    reply);
            reply.setText(sent);
            reply.addClassNames("review-reply-text");
            return;
        }
        text.setMaxLength(ReviewSubmission.MAX_TEXT);
        text.setHelperText("A review takes one reply: thank the mentor, ask what is unclear, or say what you will "
                + "practise. Plain text, up to 2,000 characters.");
        text.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> onReply.accept(text.getValue()));
        getContent().add(text, send);
    }

    /** The reply was refused: the message goes on the field and what was typed stays. */
    void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
