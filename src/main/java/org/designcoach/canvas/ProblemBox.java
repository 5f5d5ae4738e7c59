package org.designcoach.canvas;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** Why a design or a change to it was refused: a summary and each problem, announced as an alert. */
public class ProblemBox extends Composite<Div> {

    public ProblemBox() {
        getContent().addClassNames("sandbox-problems");
        getContent().getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(String summary, List<String> problems) {
        getContent().removeAll();
        var heading = new Paragraph(summary);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontWeight.SEMIBOLD);
        var list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        getContent().add(heading, list);
        setVisible(true);
    }

    /** A problem the person resolves with one action, such as reloading what another tab saved. */
    public void show(String message, Component action) {
        getContent().removeAll();
        getContent().add(new Paragraph(message), action);
        setVisible(true);
    }

    public void clear() {
        getContent().removeAll();
        setVisible(false);
    }
}
