package org.designcoach.traffic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import org.designcoach.design.DesignJson;
import org.designcoach.simulation.Tick;

/**
 * The Java side of {@code <simulation-chart>}: the run's series go to the browser, which plays them
 * back. They are handed over once, as a call rather than as element properties, and only what the
 * chart draws: a property is kept on the server for as long as the page is open (its session, an hour
 * after the tab is closed), which for a large design's run was megabytes of per-second JSON never read
 * again. A chart attached again (the page opened anew) starts empty, as the panel hides it then.
 */
@Tag("simulation-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/simulation-chart/simulation-chart.ts")
class SimulationChart extends Component implements HasSize {

    /** One second as the chart draws it (TickPoint in simulation-chart.ts). */
    record Point(int second, double throughputRps, double errorRate, Percentiles latency) {
    }

    record Percentiles(double p50Ms, double p95Ms, double p99Ms) {
    }

    SimulationChart() {
        setWidthFull();
    }

    /** @param utilisation per component name, its utilisation in each second of the run */
    void show(List<Tick> ticks, Map<String, List<Double>> utilisation) {
        getElement().executeJs("this.utilisation = $1; this.ticks = $0;",
                DesignJson.MAPPER.writeValueAsString(points(ticks)), DesignJson.MAPPER.writeValueAsString(utilisation));
    }

    /**
     * The chart rounds latency to a tenth of a millisecond, throughput to a request and the error
     * share to a tenth of a per cent; the figures sent are no finer than that.
     */
    static List<Point> points(List<Tick> ticks) {
        return ticks.stream().map(t -> new Point(t.second(), round(t.throughputRps(), 1), round(t.errorRate(), 10_000),
                new Percentiles(round(t.latency().p50Ms(), 10), round(t.latency().p95Ms(), 10),
                        round(t.latency().p99Ms(), 10)))).toList();
    }

    /** To 1/{@code per}; a value that is not finite stays as it is, for the chart to show as it does. */
    static double round(double value, double per) {
        return Double.isFinite(value) ? Math.round(value * per) / per : value;
    }
}
