package org.designcoach.traffic;

/** The scenarios a learner can run, in the words the page uses. */
public enum ScenarioKind {
    STEADY("Steady load"),
    RAMP("Ramp up to the peak"),
    SPIKE("Spike: 10x for 30 seconds"),
    FAILURE("A component fails"),
    ZONE_FAILURE("A zone fails (a box of kind zone)"),
    REGION_FAILURE("A region fails"),
    CACHE_FLUSH("The cache is flushed"),
    RETRY_STORM("Clients retry every error");

    private final String title;

    ScenarioKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the scenario needs a component to act on. */
    public boolean needsComponent() {
        return this == FAILURE || this == CACHE_FLUSH;
    }

    /** Whether the scenario needs a zone or a region to act on. */
    public boolean needsPlace() {
        return this == ZONE_FAILURE || this == REGION_FAILURE;
    }
}
