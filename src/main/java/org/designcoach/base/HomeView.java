package org.designcoach.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.designcoach.security.AccountService;

/** Where everyone lands after signing in: what Design Coach is and what to do first. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main {

    /** The five steps of an interview and their default minutes, as a practice session runs them. */
    private record Step(String name, int minutes, String what) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("Clarify the requirements", 5,
                    "Ask about users, scale, latency, availability, consistency, compliance and budget before drawing anything."),
            new Step("Estimate the load", 3,
                    "Turn the answers into requests per second, storage and bandwidth. The numbers decide how big the design must be."),
            new Step("Draw the high-level design", 10,
                    "Place components on the canvas, connect them and name a concrete technology for each."),
            new Step("Deep-dive into two or three parts", 20,
                    "Pick the hardest parts of your own design: options, decision, details and what happens when they fail."),
            new Step("Name bottlenecks and trade-offs", 7,
                    "Say what breaks first at 2x and 10x, what it costs and what you watch in production."));

    HomeView(AccountService accounts) {
        addClassNames("home", LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        String name = accounts.nameToShow();
        var greeting = new H2("Welcome, " + name);
        greeting.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Design Coach is where you practise system-design interviews the way a strong "
                + "interviewer runs them: five steps on the clock, and feedback on each one.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(greeting, intro, firstSteps(), method());
    }

    private static Div firstSteps() {
        var card = card("Start here");
        var library = new Anchor("cases", "Open the case library");
        library.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var journey = new Anchor("lessons", "the scale journey");
        var text = new Paragraph("Read the five steps below, then pick a case at your level and read its prompt. New "
                + "to system design? Walk through ");
        text.add(journey, new Span(" first: it grows one architecture from a single box to many regions."));
        card.add(text, library);
        return card;
    }

    private static Div method() {
        var card = card("The five steps of a system-design interview");
        var list = new OrderedList();
        STEPS.forEach(step -> list.add(stepItem(step)));
        card.add(list, new Paragraph("About five minutes remain for the interviewer's questions: 45 to 60 minutes in all."));
        return card;
    }

    private static ListItem stepItem(Step step) {
        var title = new Span(step.name() + " · " + step.minutes() + " min");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var what = new Paragraph(step.what());
        what.addClassNames(LumoUtility.Margin.Top.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new ListItem(title, what);
    }

    private static Div card(String heading) {
        var title = new H3(heading);
        title.addClassNames(LumoUtility.Margin.Top.NONE);
        var card = new Div(title);
        card.addClassNames("card", LumoUtility.Padding.LARGE, LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.CONTRAST_5, LumoUtility.MaxWidth.SCREEN_MEDIUM);
        return card;
    }
}
