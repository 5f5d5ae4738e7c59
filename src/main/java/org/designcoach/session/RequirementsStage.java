package org.designcoach.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.designcoach.content.CaseStudy;
import org.designcoach.session.SessionAnswers.TypedQuestion;

/**
 * Stage 1: the prompt, the interviewer who answers only what is asked, and the learner's two
 * lists of requirements.
 */
class RequirementsStage extends Composite<Div> {

    static final List<String> CATEGORIES = List.of("users", "scale", "latency", "availability", "consistency",
            "compliance", "budget");

    /** The reply to a question the case does not answer: in an interview that is the candidate's call. */
    static final String YOUR_ASSUMPTION = "Interviewer: The case leaves that one to you. Say what you assume, "
            + "write it down, and move on.";

    final TextField ownQuestion = new TextField("Ask your own question");
    final Button ask = new Button("Ask");
    final Paragraph reply = new Paragraph();
    final TextArea functional = new TextArea("Functional requirements (one per line)");
    final TextArea nonFunctional = new TextArea("Non-functional requirements (one per line)");
    private final CaseStudy study;
    private final Saver saver;
    private final Interviewer interviewer;
    private final Div questions = new Div();
    /** Kept so that a redraw after a typed question still marks the key questions in guided mode. */
    private final Mode mode;
    private List<String> asked;
    private List<TypedQuestion> typed;

    RequirementsStage(CaseStudy study, SessionState state, Saver saver, Interviewer interviewer) {
        this.study = study;
        this.saver = saver;
        this.interviewer = interviewer;
        this.mode = state.mode();
        this.asked = new ArrayList<>(state.answers().askedQuestions());
        this.typed = new ArrayList<>(state.answers().typedQuestions());
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        var prompt = new Paragraph(study.prompt());
        prompt.addClassNames("session-prompt");
        getContent().add(new H3("The prompt"), prompt, new H3("Ask the interviewer"), askOwn(), questions,
                requirements(state));
        showQuestions();
    }

    private Div askOwn() {
        ownQuestion.setPlaceholder("e.g. How many links are created each month?");
        ownQuestion.setWidth("32rem");
        ownQuestion.setMaxLength(Interviewer.MAX_QUESTION_LENGTH);
        ownQuestion.setHelperText("One question at a time, up to " + Interviewer.MAX_QUESTION_LENGTH + " characters.");
        // A question is kept once asked; until then it is a draft, and typing it does not mean "Saving…".
        ownQuestion.getElement().setAttribute("data-draft", "");
        ask.addClickListener(event -> askTyped());
        // A click shortcut, not a key listener: it sends the typed question before the click; a key listener
        // could reach the server first and find the field still empty.
        ask.addClickShortcut(Key.ENTER).listenOn(ownQuestion);
        reply.getElement().setAttribute("aria-live", "polite");
        var row = new Div(ownQuestion, ask);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        return new Div(row, reply);
    }

    private void askTyped() {
        String text = ownQuestion.getValue().strip();
        Optional<String> refusal = Interviewer.refusal(text);
        if (refusal.isPresent()) {
            // What was typed stays in the field, to be shortened rather than typed again.
            reply.setText(refusal.get());
            return;
        }
        Optional<CaseStudy.Question> match = interviewer.read(text).answer();
        // Answered or not, the question is recorded as asked: the report shows what the learner asked.
        typed.add(new TypedQuestion(text, match.map(CaseStudy.Question::id).orElse(null)));
        if (match.isPresent()) {
            reply.setText("Interviewer: " + match.get().answer());
            if (!asked.contains(match.get().id())) {
                asked.add(match.get().id());
            }
        } else {
            reply.setText(YOUR_ASSUMPTION);
        }
        ownQuestion.clear();
        saver.save(answers -> answers.withQuestions(asked, typed));
        showQuestions();
    }

    private void showQuestions() {
        questions.removeAll();
        if (mode == Mode.MOCK) {
            showMockQuestions();
        } else {
            showGuidedQuestions();
        }
        if (!typed.isEmpty()) {
            // The learner's own words stay on the page, answered or not, as they were asked.
            var heading = new H4("Your own questions");
            heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
            questions.add(heading);
            typed.forEach(question -> questions.add(typedLine(question)));
        }
    }

    /**
     * A mock interview shows no list of the case's questions, as a real interviewer hands over no
     * checklist: only the areas worth asking about, and the case questions asked so far with their answers.
     */
    private void showMockQuestions() {
        var prompt = new Paragraph("Areas worth asking about: " + String.join(", ", categories()) + ".");
        prompt.addClassNames("session-categories", LumoUtility.TextColor.SECONDARY);
        questions.add(prompt);
        // Questions asked by a button before mock sessions lost their list still show with their answers.
        study.questions().stream().filter(q -> asked.contains(q.id()))
                .filter(q -> typed.stream().noneMatch(t -> q.id().equals(t.matched())))
                .forEach(q -> questions.add(line(q)));
    }

    private void showGuidedQuestions() {
        for (String category : categories()) {
            var heading = new H4(category.substring(0, 1).toUpperCase() + category.substring(1));
            heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
            questions.add(heading);
            study.questions().stream().filter(q -> q.category().equals(category)).forEach(q -> questions.add(line(q)));
        }
    }

    private Div typedLine(TypedQuestion question) {
        var text = new Span(question.text());
        text.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        String answer = interviewer.question(question.matched()).map(q -> "Interviewer: " + q.answer())
                .orElse(YOUR_ASSUMPTION);
        var reply = new Paragraph(answer);
        reply.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        var row = new Div(text, reply);
        row.addClassNames("session-question");
        return row;
    }

    private List<String> categories() {
        List<String> all = new ArrayList<>(CATEGORIES);
        study.questions().stream().map(CaseStudy.Question::category).filter(c -> !all.contains(c)).forEach(all::add);
        return all.stream().filter(c -> study.questions().stream().anyMatch(q -> q.category().equals(c))).toList();
    }

    private Div line(CaseStudy.Question question) {
        var row = new Div();
        row.addClassNames("session-question");
        if (asked.contains(question.id())) {
            var q = new Span(question.question());
            q.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var answer = new Paragraph("Interviewer: " + question.answer());
            answer.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
            row.add(q, answer);
        } else {
            var button = new Button(question.question(), event -> {
                asked.add(question.id());
                saver.save(answers -> answers.withQuestions(asked, typed));
                showQuestions();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.getElement().setAttribute("aria-label", "Ask: " + question.question());
            row.add(button);
            if (mode == Mode.GUIDED && question.key()) {
                var hint = new Span(" key question");
                hint.addClassNames("dc-badge");
                row.add(hint);
            }
        }
        return row;
    }

    private Div requirements(SessionState state) {
        for (TextArea area : List.of(functional, nonFunctional)) {
            area.setWidthFull();
            area.setMinHeight("8rem");
            area.setMaxLength(4000);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(Saver.SAVE_DELAY_MS);
        }
        // Filled before anyone listens: opening the stage shows what was saved and saves nothing.
        functional.setValue(String.join("\n", state.answers().functional()));
        nonFunctional.setValue(String.join("\n", state.answers().nonFunctional()));
        for (TextArea area : List.of(functional, nonFunctional)) {
            area.addValueChangeListener(event -> saver.save(answers -> answers.withRequirements(
                    lines(functional.getValue()), lines(nonFunctional.getValue()))));
        }
        functional.setPlaceholder("A user submits a long URL and gets a short one…");
        nonFunctional.setPlaceholder("Redirects answer within … at p99…");
        var both = new Div(functional, nonFunctional);
        both.addClassNames("session-two-columns");
        return new Div(new H3("Your requirements"), both);
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
