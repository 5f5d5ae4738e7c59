package org.designcoach.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.Levels;
import org.designcoach.design.Design;
import org.designcoach.traffic.TrafficService;
import org.jspecify.annotations.Nullable;

/** A practice session: the stage in front, the clocks above, the way between stages below. */
@Route("sessions/:sessionId(" + RouteParameterRegex.LONG + ")")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Span badges = new Span();
    final SessionClockElement stageClock = new SessionClockElement("Stage");
    final SessionClockElement sessionClock = new SessionClockElement("Session");
    final Button pause = new Button();
    final Div stepper = new Div();
    final Div problems = new Div();
    final Div stageArea = new Div();
    final Button back = new Button("Previous stage");
    final Button next = new Button();
    final Span saved = new Span();
    /** Stays in front when another tab saved first, with what this tab holds that was not saved. */
    final Dialog stale = new Dialog();
    final Paragraph staleMessage = new Paragraph();
    final TextArea unsavedText = new TextArea("What you typed here that is not saved");
    final Button copyUnsaved = new Button("Copy what I typed");
    final Span copyStatus = new Span();
    final Button reload = new Button("Reload the session");
    static final String SAVING = "Saving…";
    static final String ALL_SAVED = "All changes saved.";
    static final String STAGE_WARNING = "One minute left in this stage. Running over is allowed, and recorded.";
    static final String SESSION_WARNING = "One minute left in the whole session. Running over is allowed, and "
            + "recorded; the report shows the time per stage.";
    private final SessionService sessions;
    private final TrafficService traffic;
    private final Interviewers interviewers;
    private @Nullable SessionState state;
    /** The answers as this page holds them once a save was refused; they gather every later change too. */
    private @Nullable SessionAnswers unsaved;

    SessionView(SessionService sessions, TrafficService traffic, Interviewers interviewers) {
        this.sessions = sessions;
        this.interviewers = interviewers;
        this.traffic = traffic;
        addClassNames("session-view", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        heading.addClassNames(LumoUtility.Margin.NONE);
        var clocks = new Div(stageClock, sessionClock, pause);
        clocks.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE, LumoUtility.AlignItems.CENTER);
        var titleBlock = new Div(heading, badges);
        var top = new Div(titleBlock, clocks);
        // The clocks stay in sight while the learner scrolls a long stage.
        top.addClassNames("session-top", LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        stepper.addClassNames("session-stepper");
        stepper.getElement().setAttribute("role", "navigation");
        stepper.getElement().setAttribute("aria-label", "Stages");
        problems.addClassNames("sandbox-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        // Each clock warns for itself: the session clock's event does not reach the stage clock.
        stageClock.getElement().addEventListener("clock-warning", event -> warn(STAGE_WARNING));
        sessionClock.getElement().addEventListener("clock-warning", event -> warn(SESSION_WARNING));
        pause.addClickListener(event -> change(() -> sessions.pause(require().id(), require().version(),
                !require().timing().paused()), null));
        back.addClickListener(event -> go(require().stage().ordinal() - 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(event -> forward());
        saved.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        saved.getElement().setAttribute("aria-live", "polite");
        var footer = new Div(back, next, saved);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        add(top, stepper, problems, stageArea, footer, staleDialog());
        guardUnsavedTyping();
    }

    /**
     * Says "Saving…" from the keystroke until the server has the text, and asks before the page is left
     * or reloaded in between: a text still waiting for its save, or one the canvas keeps only when its
     * field is left, would be lost. Drafts that are never saved (marked data-draft, and the palette's
     * search) change nothing.
     */
    private void guardUnsavedTyping() {
        stageArea.getElement().executeJs("""
                const status = $0;
                const saving = $1;
                const kept = $2;
                this.addEventListener('input', event => {
                  const path = event.composedPath();
                  if (path[0].type === 'search' || path.some(node => node.hasAttribute && node.hasAttribute('data-draft'))) {
                    return;
                  }
                  status.textContent = saving;
                });
                window.removeEventListener('beforeunload', window.designCoachUnsavedGuard ?? (() => {}));
                window.designCoachUnsavedGuard = event => {
                  if (status.isConnected && status.textContent !== '' && status.textContent !== kept) {
                    event.preventDefault();
                    event.returnValue = '';
                  }
                };
                window.addEventListener('beforeunload', window.designCoachUnsavedGuard);""",
                saved.getElement(), SAVING, ALL_SAVED);
    }

    /** Through JavaScript: the browser writes "Saving…" into the same element, out of the server's sight. */
    private void status(String text) {
        saved.getElement().executeJs("this.textContent = $0", text);
    }

    private Dialog staleDialog() {
        stale.setHeaderTitle("This session changed in another tab");
        stale.setModal(true);
        stale.setCloseOnEsc(false);
        stale.setCloseOnOutsideClick(false);
        stale.setWidth("min(44rem, 95vw)");
        unsavedText.setReadOnly(true);
        unsavedText.setWidthFull();
        unsavedText.setMaxHeight("50vh");
        copyStatus.getElement().setAttribute("aria-live", "polite");
        // Copied in the browser within the click: a clipboard write needs the person's fresh gesture.
        copyUnsaved.addAttachListener(event -> copyUnsaved.getElement().executeJs("""
                const area = $0;
                const status = $1;
                this.addEventListener('click', () => {
                  const copied = navigator.clipboard ? navigator.clipboard.writeText(area.value) : Promise.reject();
                  copied.then(() => { status.textContent = 'Copied. Paste it back in after the reload.'; })
                    .catch(() => {
                      area.focus();
                      area.inputElement.select();
                      status.textContent = 'This browser did not let the page copy: the text is selected, '
                        + 'copy it with Ctrl+C (Cmd+C on a Mac).';
                    });
                });""", unsavedText.getElement(), copyStatus.getElement()));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(event -> {
            long id = require().id();
            stale.close();
            unsaved = null;
            copyStatus.setText("");
            status("");
            state = null;
            show(sessions.open(id));
        });
        stale.add(staleMessage, unsavedText, copyStatus);
        stale.getFooter().add(copyUnsaved, reload);
        return stale;
    }

    /**
     * Stays until dismissed: a toast that vanished after five seconds went unseen by anyone who was
     * looking at the canvas or typing with their eyes on the keyboard.
     */
    private static void warn(String text) {
        var warning = new Notification();
        warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
        warning.setPosition(Notification.Position.TOP_CENTER);
        warning.setDuration(0);
        warning.getElement().setAttribute("role", "alert");
        var dismiss = new Button("Dismiss", event -> warning.close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new Div(new Span(text), dismiss);
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        warning.add(content);
        warning.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            show(sessions.open(id));
        } catch (SessionException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return state == null ? "Practice session" : state.caseTitle() + " · " + state.stage().title();
    }

    private void show(SessionState newState) {
        if (newState.status() != SessionStatus.IN_PROGRESS) {
            getUI().ifPresent(ui -> ui.navigate(ReportView.class,
                    new RouteParameters("sessionId", String.valueOf(newState.id()))));
        }
        // The router reuses this view when going from one session to another: compare the session too.
        boolean stageChanged = state == null || state.id() != newState.id() || state.stage() != newState.stage();
        state = newState;
        heading.setText(newState.caseTitle());
        badges.setText((newState.mode() == Mode.MOCK ? "Mock interview" : "Guided") + " · "
                + Levels.label(newState.level()) + " · stage " + newState.stage().number() + " of 5: "
                + newState.stage().title());
        badges.addClassNames(LumoUtility.TextColor.SECONDARY);
        showClocks(newState);
        showStepper(newState);
        back.setEnabled(newState.stage().ordinal() > 0);
        next.setText(newState.stage() == Stage.TRADEOFFS ? "Finish and see the report" : "Next stage");
        if (stageChanged) {
            stageArea.removeAll();
            stageArea.add(stage(newState));
            if (newState.mode() == Mode.GUIDED) {
                long id = newState.id();
                stageArea.add(StageReference.of(newState.stage(), sessions.caseOf(id), sessions.palette(),
                        () -> compared(id)));
            }
        }
    }

    private StageReference.Compared compared(long id) {
        Design design = sessions.open(id).answers().design();
        return new StageReference.Compared(design != null ? design
                : new Design(Design.CURRENT_VERSION, java.util.List.of(), java.util.List.of(), java.util.List.of()),
                sessions.referenceComparison(id));
    }

    /** A mock interview counts down as the real one would; guided practice counts the time spent upward. */
    private void showClocks(SessionState s) {
        boolean paused = s.timing().paused();
        if (s.mode() == Mode.GUIDED) {
            stageClock.showSpent(s.timing().spent().get(s.stage()), paused);
            sessionClock.showSpent(s.timing().spent().values().stream().reduce(Duration.ZERO, Duration::plus), paused);
        } else {
            stageClock.show(s.timing().remainingInStage(), paused);
            sessionClock.show(s.timing().remainingInSession(), paused);
        }
        pause.setVisible(s.mode() == Mode.GUIDED);
        pause.setText(s.timing().paused() ? "Resume" : "Pause");
    }

    /**
     * The steps are made once and only marked afterwards: a click that arrives with the last typed text
     * (the browser sends both together) would find a rebuilt stepper and be lost once the save redraws it.
     */
    private void showStepper(SessionState s) {
        if (stepper.getComponentCount() == 0) {
            for (Stage stage : Stage.values()) {
                var step = new Button(stage.number() + ". " + stage.title(), event -> go(stage.ordinal()));
                step.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                stepper.add(step);
            }
        }
        for (Stage stage : Stage.values()) {
            var step = (Button) stepper.getComponentAt(stage.ordinal());
            step.getElement().setAttribute("aria-current", stage == s.stage() ? "step" : "false");
            step.setClassName("current", stage == s.stage());
        }
    }

    private Component stage(SessionState s) {
        Saver saver = this::save;
        return switch (s.stage()) {
            case REQUIREMENTS -> {
                CaseStudy study = sessions.caseOf(s.id());
                yield new RequirementsStage(study, s, saver, interviewers.of(study));
            }
            case ESTIMATION -> new EstimationStage(sessions, s, saver);
            case DESIGN -> new DesignStage(sessions, traffic, s, saver);
            case DEEP_DIVE -> new DeepDiveStage(sessions, s, saver);
            case TRADEOFFS -> new TradeoffsStage(sessions, traffic, s, saver);
        };
    }

    /** Saves a change at once; a change made on an older version is refused with a way to reload. */
    void save(UnaryOperator<SessionAnswers> change) {
        SessionState current = require();
        // Once refused, later changes build on what this page holds, so that nothing typed here is dropped.
        SessionAnswers mine = change.apply(unsaved != null ? unsaved : current.answers());
        change(() -> sessions.save(current.id(), current.version(), mine), mine);
        if (!problems.isVisible() && !stale.isOpened()) {
            status(ALL_SAVED);
        }
    }

    private void go(int ordinal) {
        if (ordinal >= 0 && ordinal < Stage.values().length && ordinal != require().stage().ordinal()) {
            change(() -> sessions.goTo(require().id(), require().version(), Stage.values()[ordinal]), null);
        }
    }

    private void forward() {
        SessionState current = require();
        if (current.stage() == Stage.TRADEOFFS) {
            change(() -> sessions.finish(current.id(), current.version()), null);
        } else {
            go(current.stage().ordinal() + 1);
        }
    }

    /** Runs a change; {@code attempted} is the answers it would save, kept to be copied if it is refused. */
    private void change(Supplier<SessionState> action, @Nullable SessionAnswers attempted) {
        try {
            show(action.get());
            problems.setVisible(false);
        } catch (StaleSessionException e) {
            if (attempted != null) {
                unsaved = attempted;
            }
            showStale(e.getMessage());
        } catch (SessionException e) {
            problems.removeAll();
            problems.add(new Paragraph(e.getMessage()));
            problems.setVisible(true);
        }
    }

    private void showStale(String message) {
        String text = unsaved == null ? "" : sessions.unsavedWork(require().id(), unsaved);
        staleMessage.setText(message + (text.isEmpty() ? "" : " Copy what you typed here before you reload: the "
                + "reload shows the newer version."));
        unsavedText.setValue(text);
        unsavedText.setVisible(!text.isEmpty());
        copyUnsaved.setVisible(!text.isEmpty());
        status("Not saved: this session changed in another tab.");
        stale.open();
    }

    SessionState require() {
        if (state == null) {
            throw new IllegalStateException("No session is loaded");
        }
        return state;
    }
}
