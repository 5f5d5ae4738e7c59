package org.designcoach.traffic;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.designcoach.simulation.ComponentCost;

/**
 * What a design costs a month, one row per component with the total under it: which part of the bill
 * each choice is. Shared by the simulation panel and the session report.
 */
public class CostTable extends Composite<Div> {

    final Grid<ComponentCost> rows = new Grid<>();
    final Paragraph total = new Paragraph();

    public CostTable() {
        rows.addColumn(ComponentCost::name).setHeader("Component").setFlexGrow(2);
        rows.addColumn(ComponentCost::type).setHeader("Type");
        rows.addColumn(ComponentCost::instances).setHeader("Instances paid");
        rows.addColumn(c -> dollars(c.unitMonthlyCost())).setHeader("Each a month");
        rows.addColumn(c -> dollars(c.monthlyCost())).setHeader("Monthly total");
        rows.setAllRowsVisible(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        rows.setAriaLabel("Monthly cost per component");
        total.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var note = new Paragraph("Prices are the middle of the catalog's range for one instance. Instances paid "
                + "count read replicas, and a standby for a component that runs one instance across zones.");
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        getContent().add(new H4("Monthly cost per component"), rows, total, note);
    }

    public void show(List<ComponentCost> costs) {
        rows.setItems(costs);
        total.setText("In all about " + dollars(costs.stream().mapToDouble(ComponentCost::monthlyCost).sum())
                + " a month.");
    }

    static String dollars(double amount) {
        return String.format(Locale.ROOT, "%,.0f USD", amount);
    }
}
