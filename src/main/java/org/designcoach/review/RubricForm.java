package org.designcoach.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.designcoach.content.Levels;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The rubric as the reviewing mentor fills it in: a level per stage, each option with its descriptor
 * for the learner's interview level, and the overall recommendation. Every choice is handed on at
 * once, so that the draft is saved as it is made.
 */
class RubricForm extends Composite<Div> {

    final Map<Stage, RadioButtonGroup<Integer>> stageLevels = new EnumMap<>(Stage.class);
    final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>("Overall recommendation");

    RubricForm(Rubric rubric, String interviewLevel, Map<Stage, Integer> levels,
            @Nullable Recommendation recommended, BiConsumer<Stage, Integer> onRate,
            Consumer<Recommendation> onRecommend) {
        getContent().addClassNames("review-rubric", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        getContent().add(new H3("Rubric for a " + Levels.label(interviewLevel).toLowerCase(java.util.Locale.ROOT) + " interview"));
        for (Stage stage : Stage.values()) {
            var group = new RadioButtonGroup<Integer>(stage.number() + ". " + stage.title());
            group.setItems(List.of(1, 2, 3, 4));
            group.setItemLabelGenerator(level -> rubric.levelName(level) + ": "
                    + rubric.descriptor(stage, interviewLevel, level));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setValue(levels.get(stage));
            group.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    onRate.accept(stage, event.getValue());
                }
            });
            stageLevels.put(stage, group);
            getContent().add(group);
        }
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(choice -> rubric.verdict(choice).label() + ": "
                + rubric.verdict(choice).explanation());
        recommendation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        recommendation.setValue(recommended);
        recommendation.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onRecommend.accept(event.getValue());
            }
        });
        getContent().add(recommendation);
    }
}
