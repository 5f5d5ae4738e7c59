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

/** The Java side of {@code <simulation-chart>}: the whole run goes to the browser, which plays it back. */
@Tag("simulation-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/simulation-chart/simulation-chart.ts")
class SimulationChart extends Component implements HasSize {

    SimulationChart() {
        setWidthFull();
    }

    /** @param utilisation per component name, its utilisation in each second of the run */
    void show(List<Tick> ticks, Map<String, List<Double>> utilisation) {
        getElement().setProperty("ticks", DesignJson.MAPPER.writeValueAsString(ticks));
        getElement().setProperty("utilisation", DesignJson.MAPPER.writeValueAsString(utilisation));
    }
}
