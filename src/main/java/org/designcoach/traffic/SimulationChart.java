package org.designcoach.traffic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
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

    void show(List<Tick> ticks) {
        getElement().setProperty("ticks", DesignJson.MAPPER.writeValueAsString(ticks));
    }
}
