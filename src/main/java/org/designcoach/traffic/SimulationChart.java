package org.designcoach.traffic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import org.designcoach.design.DesignJson;
import org.designcoach.simulation.RunSeries;

/**
 * The Java side of {@code <simulation-chart>}: the run's series go to the browser, which plays them
 * back. They are handed over once, as a call rather than as element properties, and only what the
 * chart draws, thinned to {@link RunSeries#CHART_POINTS} points: a property is kept on the server for
 * as long as the page is open (its session, an hour after the tab is closed), and a point per second
 * of a long run is finer than the chart's pixels. A chart attached again (the page opened anew)
 * starts empty, as the panel hides it then.
 */
@Tag("simulation-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/simulation-chart/simulation-chart.ts")
class SimulationChart extends Component implements HasSize {

    /**
     * One point as the chart draws it (TickPoint in simulation-chart.ts): seconds {@code second} to
     * {@code until}; throughput their mean, errors and latency their worst.
     */
    record Point(int second, int until, double throughputRps, double errorRate, Percentiles latency) {
    }

    record Percentiles(double p50Ms, double p95Ms, double p99Ms) {
    }

    SimulationChart() {
        setWidthFull();
    }

    /** @param utilisation per component name, its utilisation at each point of {@code series} */
    void show(RunSeries series, Map<String, List<Double>> utilisation) {
        getElement().executeJs("this.utilisation = $1; this.ticks = $0;",
                DesignJson.MAPPER.writeValueAsString(points(series)), DesignJson.MAPPER.writeValueAsString(utilisation));
    }

    /**
     * The chart rounds latency to a tenth of a millisecond, throughput to a request and the error
     * share to a tenth of a per cent; the figures sent are no finer than that.
     */
    static List<Point> points(RunSeries series) {
        return series.points().stream().map(p -> new Point(p.firstSecond(), p.lastSecond(),
                round(p.throughputRps(), 1), round(p.errorRate(), 10_000), new Percentiles(round(p.latency().p50Ms(), 10),
                        round(p.latency().p95Ms(), 10), round(p.latency().p99Ms(), 10)))).toList();
    }

    /** To 1/{@code per}; a value that is not finite stays as it is, for the chart to show as it does. */
    static double round(double value, double per) {
        return Double.isFinite(value) ? Math.round(value * per) / per : value;
    }
}
