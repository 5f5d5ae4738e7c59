package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The conversation about a returned review: every message, oldest first, and a form for the next one.
 * Messages are plain text set as text, so nothing anyone typed is read as HTML.
 */
class ConversationSection extends Composite<Div> {

    final Div messages = new Div();
    final TextArea text = new TextArea("Your message");
    final Button send = new Button("Send message");
    private final ReviewMessage.@Nullable Side mine;

    ConversationSection(ReviewDetail detail, Consumer<String> onSend) {
        this.mine = switch (detail.viewer()) {
            case LEARNER -> ReviewMessage.Side.LEARNER;
            case REVIEWER -> ReviewMessage.Side.MENTOR;
            case ADMIN, OTHER_MENTOR -> null;
        };
        getContent().addClassNames("review-conversation", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        messages.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        messages.getElement().setAttribute("role", "log");
        messages.getElement().setAttribute("aria-label", "Messages about this review");
        getContent().add(new H3("Conversation"), messages);
        show(detail.messages());
        if (!detail.mayPost()) {
            return;
        }
        text.setMaxLength(ReviewSubmission.MAX_TEXT);
        text.setHelperText(detail.viewer() == ReviewDetail.Viewer.LEARNER
                ? "Ask what is unclear, say what you will change, or thank your mentor. Plain text, up to 2,000 "
                        + "characters; your mentor is told."
                : "Plain text, up to 2,000 characters; the other side is told.");
        text.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> onSend.accept(text.getValue()));
        getContent().add(text, send);
    }

    /** Shows these messages in place of the ones shown. */
    void show(List<ReviewMessage> thread) {
        messages.removeAll();
        if (thread.isEmpty()) {
            messages.add(new Paragraph("No messages yet."));
        }
        thread.forEach(message -> messages.add(message(message)));
    }

    /** The message was kept: the form empties for the next one. */
    void sent(List<ReviewMessage> thread) {
        show(thread);
        text.clear();
        text.setInvalid(false);
    }

    /** The message was refused: the reason goes on the field and what was typed stays. */
    void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    private Div message(ReviewMessage message) {
        String who = message.side() == mine && message.author() != null ? "You"
                : message.authorName() + " (" + side(message.side()) + ")";
        var heading = new Span(who + " · " + ReviewTexts.when(message.at()));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        var body = new Paragraph(message.body());
        body.addClassNames("review-message-text", LumoUtility.Margin.NONE, LumoUtility.Whitespace.PRE_WRAP);
        var item = new Div(heading, body);
        item.addClassNames("review-message", LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                message.side() == ReviewMessage.Side.LEARNER ? LumoUtility.Background.CONTRAST_5
                        : LumoUtility.Background.PRIMARY_10);
        return item;
    }

    private static String side(ReviewMessage.Side side) {
        return switch (side) {
            case LEARNER -> "learner";
            case MENTOR -> "mentor";
            case ADMIN -> "admin";
        };
    }
}
