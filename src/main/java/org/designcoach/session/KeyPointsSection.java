package org.designcoach.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The report's account of each written answer: its score, the key points it made and missed (each
 * linked to its concept page) and why. All text: an answer is quoted, never rendered as HTML.
 */
final class KeyPointsSection {

    private KeyPointsSection() {
    }

    static Div of(SessionReport report) {
        var section = new Div(new H3("Key points, answer by answer"));
        section.addClassNames("session-key-points");
        if (report.verdicts().isEmpty()) {
            section.add(new Paragraph("Nothing written to judge."));
        }
        report.verdicts().forEach(verdict -> section.add(answer(verdict)));
        return section;
    }

    private static Div answer(AnswerVerdict verdict) {
        var answer = new Div(new H4(verdict.answer() + ": " + verdict.score() + " / 100"));
        answer.addClassNames("answer-verdict", LumoUtility.Padding.SMALL);
        if (verdict.topic() != null) {
            answer.add(new Paragraph("Read against the case's topic: " + verdict.topic()));
        }
        if (!verdict.reasons().isEmpty()) {
            answer.add(list("Why", verdict.reasons().stream().map(reason -> new ListItem(reason)).toList(),
                    "answer-reasons"));
        }
        if (!verdict.made().isEmpty()) {
            answer.add(list("Key points made", verdict.made().stream().map(KeyPointsSection::point).toList(),
                    "key-points-made"));
        }
        if (!verdict.missed().isEmpty()) {
            answer.add(list("Key points missed", verdict.missed().stream().map(KeyPointsSection::point).toList(),
                    "key-points-missed"));
        }
        return answer;
    }

    private static ListItem point(AnswerVerdict.Point point) {
        var concept = new Anchor("concepts/" + point.concept(), point.conceptTitle());
        return new ListItem(new Span(point.text() + " (concept: "), concept, new Span(")"));
    }

    private static Div list(String title, List<ListItem> items, String className) {
        var list = new UnorderedList();
        items.forEach(list::add);
        var block = new Div(new Span(title), list);
        block.addClassNames(className);
        return block;
    }
}
