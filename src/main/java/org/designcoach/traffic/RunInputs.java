package org.designcoach.traffic;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.designcoach.simulation.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a learner types for a run: the load, the what-if factor, the duration and how many
 * instances fail. Each field says in itself what is wrong with it; {@link #problem} sums it up.
 */
final class RunInputs {

    static final String LOAD_RANGE = "Type a load from 1 to 1,000,000,000 requests/s, or leave it empty.";
    static final String DURATION_RANGE = "Type a duration from 10 to 3,600 seconds.";

    final NumberField load = new NumberField("Peak load");
    final RadioButtonGroup<Integer> whatIf = new RadioButtonGroup<>("What if the load were");
    final IntegerField duration = new IntegerField("Duration (seconds)");
    final IntegerField instancesThatFail = new IntegerField("Instances that fail");
    final Checkbox poisson = new Checkbox("Random (Poisson) arrivals");

    RunInputs() {
        load.setSuffixComponent(new Span("req/s"));
        load.setPlaceholder("your estimate");
        load.setHelperText("For this simulation only. Empty: your own peak estimate, else the case's peak.");
        load.setMin(1);
        load.setMax(Scenario.MAX_REQUESTS_PER_SECOND);
        load.setI18n(new NumberField.NumberFieldI18n().setMinErrorMessage(LOAD_RANGE).setMaxErrorMessage(LOAD_RANGE)
                .setBadInputErrorMessage("Type the load as a number, such as 1200, or leave it empty."));
        whatIf.setItems(1, 2, 10);
        whatIf.setItemLabelGenerator(times -> times + "x");
        whatIf.setValue(1);
        duration.setValue(TrafficRequest.DEFAULT_DURATION);
        duration.setMin(10);
        duration.setMax(Scenario.MAX_DURATION_SECONDS);
        duration.setStepButtonsVisible(true);
        duration.setRequiredIndicatorVisible(true);
        duration.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(DURATION_RANGE)
                .setMaxErrorMessage(DURATION_RANGE).setBadInputErrorMessage("Type whole seconds, such as 120.")
                .setRequiredErrorMessage("Type how long to run, from 10 to 3,600 seconds."));
        instancesThatFail.setMin(1);
        instancesThatFail.setStepButtonsVisible(true);
        instancesThatFail.setHelperText("Empty: every instance");
        instancesThatFail.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("At least 1 instance fails; leave it empty to fail them all.")
                .setBadInputErrorMessage("Type a whole number of instances, such as 2."));
        instancesThatFail.setVisible(false);
        poisson.setHelperText("Off: every second carries exactly the load, and the figures are the formulas' own. "
                + "On: each second's count varies as real traffic does, so single seconds run hotter.");
    }

    boolean poissonArrivals() {
        return poisson.getValue();
    }

    /**
     * What keeps the run from starting, named by the field at fault (load, duration, instances or the
     * what-if factor); empty when everything can be read.
     *
     * @param fallback the load when none is typed: the learner's estimate, else the case's peak
     */
    Optional<String> problem(DoubleSupplier fallback) {
        whatIf.setInvalid(false);
        if (load.isInvalid()) {
            return Optional.of("The peak load: " + load.getErrorMessage());
        }
        if (duration.getValue() == null || duration.isInvalid()) {
            // The field is required, so clearing it already made it invalid with its own message.
            return Optional.of("The duration: " + Optional.ofNullable(duration.getErrorMessage())
                    .filter(message -> !message.isBlank()).orElse(DURATION_RANGE));
        }
        if (instancesThatFail.isVisible() && instancesThatFail.isInvalid()) {
            return Optional.of("Instances that fail: " + instancesThatFail.getErrorMessage());
        }
        double base = base(fallback);
        if (base * factor() > Scenario.MAX_REQUESTS_PER_SECOND) {
            whatIf.setErrorMessage(String.format(Locale.ROOT, "%s × %d is %s requests/s, above the %s the simulator "
                    + "takes. Pick a smaller factor or a lower load.", Scenario.readable(base), factor(),
                    Scenario.readable(base * factor()), Scenario.readable(Scenario.MAX_REQUESTS_PER_SECOND)));
            whatIf.setInvalid(true);
            return Optional.of("What if the load were: " + whatIf.getErrorMessage());
        }
        return Optional.empty();
    }

    /** The typed load, else the fallback; times the what-if factor. */
    double peak(DoubleSupplier fallback) {
        return base(fallback) * factor();
    }

    int seconds() {
        return duration.getValue();
    }

    /** How many instances fail, when the field is shown and filled; null fails every one. */
    @Nullable Integer failing() {
        return instancesThatFail.isVisible() ? instancesThatFail.getValue() : null;
    }

    private double base(DoubleSupplier fallback) {
        return load.getValue() != null ? load.getValue() : fallback.getAsDouble();
    }

    private int factor() {
        return whatIf.getValue() == null ? 1 : whatIf.getValue();
    }
}
