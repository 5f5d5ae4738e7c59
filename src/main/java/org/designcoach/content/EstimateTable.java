package org.designcoach.content;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.List;
import java.util.stream.Stream;

/** The reference estimate: assumptions, then each result with its formula and value. */
class EstimateTable extends Div {

    /** One row: a quantity, how it is derived (empty for an assumption) and its value. */
    record Line(String label, String formula, String value, String note) {
    }

    EstimateTable(CaseStudy.Estimate estimate) {
        var section = ContentUi.section("Reference estimate");
        var grid = new Grid<Line>();
        grid.addColumn(Line::label).setHeader("Quantity").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Line::formula).setHeader("Derivation").setFlexGrow(2);
        grid.addColumn(Line::value).setHeader("Value").setAutoWidth(true);
        grid.addColumn(Line::note).setHeader("Note").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(lines(estimate));
        section.add(grid);
        if (estimate.conclusion() != null) {
            section.add(new H4("What the numbers mean"), Markdown.component(estimate.conclusion()));
        }
        add(section);
    }

    static List<Line> lines(CaseStudy.Estimate estimate) {
        var assumptions = estimate.assumptions().stream()
                .map(a -> new Line(a.label(), "assumed", a.value(), ""));
        var results = estimate.results().stream()
                .map(r -> new Line(r.label(), r.formula(), r.value(), r.note() == null ? "" : r.note()));
        return Stream.concat(assumptions, results).toList();
    }
}
