package org.designcoach.progress;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.designcoach.design.DesignJson;
import org.jspecify.annotations.Nullable;

/**
 * The Java side of {@code <progress-chart>}: one JSON spec in, clicks on a point out. The summary
 * sentence and the table that screen readers read instead of the drawing are light-DOM children, so
 * they are plain server-side text.
 */
@Tag("progress-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/progress-chart/progress-chart.ts")
class ProgressChart extends Component implements HasSize {

    /** Rows of the text alternative; a long series is told by its summary and its latest points. */
    static final int TABLE_ROWS = 12;

    final Paragraph summary = new Paragraph();
    final NativeTable table = new NativeTable();

    ProgressChart(String title, ChartSpec spec, String summaryText) {
        setWidthFull();
        summary.getElement().setAttribute("slot", "summary");
        getElement().appendChild(summary.getElement(), table.getElement());
        show(title, spec, summaryText);
    }

    void show(String title, ChartSpec spec, String summaryText) {
        getElement().setProperty("spec", DesignJson.MAPPER.writeValueAsString(spec));
        summary.setText(summaryText);
        fillTable(title, spec);
    }

    Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    private void fillTable(String title, ChartSpec spec) {
        table.removeAll();
        int from = Math.max(0, spec.labels().size() - TABLE_ROWS);
        table.setCaptionText(from == 0 ? title : title + ": the latest " + TABLE_ROWS + " of " + spec.labels().size());
        var header = new NativeTableRow(new NativeTableHeaderCell(""));
        spec.series().forEach(series -> header.add(new NativeTableHeaderCell(series.name())));
        table.add(new NativeTableHeader(header));
        var body = new NativeTableBody();
        for (int i = from; i < spec.labels().size(); i++) {
            var row = new NativeTableRow(new NativeTableHeaderCell(spec.labels().get(i)));
            for (ChartSpec.Series series : spec.series()) {
                row.add(new NativeTableCell(text(series.values().get(i), spec.unit())));
            }
            body.add(row);
        }
        table.add(body);
    }

    private static String text(@Nullable Number value, String unit) {
        return value == null ? "none" : value + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A point clicked on the drawing: the spec's key for its label. */
    @DomEvent("point-click")
    public static class PointClickEvent extends ComponentEvent<ProgressChart> {

        private final String key;

        public PointClickEvent(ProgressChart source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
