package org.designcoach.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;

class CostBreakdownTest {

    /** Prices that are easy to add up: a client would cost 1,000 if clients were billed. */
    private static final SimulationModel MODEL = SimulationModel.builder().profiles(Map.of(
            "web-client", new ComponentProfile("web-client", FlowRole.CLIENT, 0, 0, 1, 1000),
            "load-balancer", new ComponentProfile("load-balancer", FlowRole.BALANCER, 10_000, 1, 0.9999, 20),
            "app-server", new ComponentProfile("app-server", FlowRole.SERVICE, 1000, 20, 0.999, 100),
            "sql-database", new ComponentProfile("sql-database", FlowRole.DATABASE, 5000, 5, 0.9995, 300))).build();

    private static final Design SHOP = Designs.design(List.of("users=web-client", "lb=load-balancer",
            "api=app-server x3", "db=sql-database multiAz replicas=2"), "users>lb", "lb>api", "api>db");

    @Test
    void eachComponentIsBilledForItsInstancesAtTheUnitPriceAndClientsCostNothing() {
        List<ComponentCost> costs = MODEL.costs(SHOP);

        assertThat(costs).extracting(ComponentCost::componentId).containsExactly("db", "api", "lb");
        assertThat(costs.get(1)).isEqualTo(new ComponentCost("api", "Tech", "app-server", 3, 100, 300));
        assertThat(costs.get(2)).isEqualTo(new ComponentCost("lb", "Tech", "load-balancer", 1, 20, 20));
    }

    @Test
    void aSingleMultiAzDatabasePaysItsStandbyAndEachReadReplica() {
        ComponentCost db = MODEL.costs(SHOP).getFirst();

        // One primary with its standby is two; each of the two carries two read replicas: 2 × (1 + 2) = 6.
        assertThat(db.instances()).isEqualTo(6);
        assertThat(db.unitMonthlyCost()).isEqualTo(300);
        assertThat(db.monthlyCost()).isEqualTo(1800);
    }

    @Test
    void aRunsMonthlyCostIsTheSumOfItsBreakdownWhichMatchesThePriceWithoutARun() {
        Summary summary = MODEL.run(SHOP, Scenario.steady(5, 100, 0.9)).summary();

        assertThat(summary.costs()).isEqualTo(MODEL.costs(SHOP));
        assertThat(summary.monthlyCost()).isEqualTo(1800 + 300 + 20);
    }

    @Test
    void aDesignWithoutClientsOrArrowsStillHasAPrice() {
        Design unfinished = Designs.design(List.of("api=app-server x2"));

        assertThat(MODEL.costs(unfinished)).singleElement()
                .satisfies(line -> assertThat(line.monthlyCost()).isEqualTo(200));
    }

    @Test
    void aTypeWithoutAPriceIsNamedInTheRefusal() {
        Design odd = Designs.design(List.of("x=quantum-computer"));

        assertThatThrownBy(() -> MODEL.costs(odd)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("quantum-computer").hasMessageContaining("'Tech'");
    }
}
