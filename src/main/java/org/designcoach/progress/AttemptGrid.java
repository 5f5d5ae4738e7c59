package org.designcoach.progress;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.designcoach.content.Levels;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionStatus;
import org.jspecify.annotations.Nullable;

/**
 * Every attempt of a learner, filterable by case, mode, level and status and sortable by date and
 * score. A row opens the attempt read-only: the learner's own report (or the session, when it is
 * still running), and for a mentor the attempt page.
 */
class AttemptGrid extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    final ComboBox<String> caseFilter = new ComboBox<>("Case");
    final ComboBox<Mode> modeFilter = new ComboBox<>("Mode");
    final ComboBox<String> levelFilter = new ComboBox<>("Level");
    final ComboBox<SessionStatus> statusFilter = new ComboBox<>("Status");
    final Span shown = new Span();
    final Grid<AttemptResult> grid = new Grid<>();
    private final GridListDataView<AttemptResult> rows;
    private Grid.@Nullable Column<AttemptResult> linkColumn;
    private final int total;

    AttemptGrid(List<AttemptResult> attempts, boolean own) {
        this.total = attempts.size();
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        caseFilter.setItems(attempts.stream().map(AttemptResult::caseTitle).distinct().sorted().toList());
        modeFilter.setItems(Mode.values());
        modeFilter.setItemLabelGenerator(AttemptGrid::mode);
        levelFilter.setItems(Levels.ALL.stream().filter(level -> attempts.stream()
                .anyMatch(a -> a.level().equals(level))).toList());
        levelFilter.setItemLabelGenerator(Levels::label);
        statusFilter.setItems(SessionStatus.IN_PROGRESS, SessionStatus.FINISHED);
        statusFilter.setItemLabelGenerator(AttemptGrid::status);
        var filters = new Div(caseFilter, modeFilter, levelFilter, statusFilter);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);
        List.of(caseFilter, modeFilter, levelFilter, statusFilter).forEach(filter -> {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder("All");
        });
        columns(own);
        rows = grid.setItems(attempts);
        List.of(caseFilter, levelFilter).forEach(f -> f.addValueChangeListener(e -> filter()));
        modeFilter.addValueChangeListener(e -> filter());
        statusFilter.addValueChangeListener(e -> filter());
        // The link column navigates by itself; a click there must not navigate a second time.
        grid.addItemClickListener(click -> {
            if (click.getColumn() != linkColumn) {
                getUI().ifPresent(ui -> ui.navigate(target(click.getItem(), own)));
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No attempt matches these filters. Clear a filter to see more.");
        grid.setAllRowsVisible(attempts.size() <= 12);
        if (attempts.size() > 12) {
            grid.setHeight("28rem");
        }
        shown.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        filters.add(shown);
        add(filters, grid);
        filter();
    }

    private void columns(boolean own) {
        grid.addColumn(AttemptResult::caseTitle).setHeader("Case").setFlexGrow(3).setSortable(true);
        grid.addColumn(a -> mode(a.mode())).setHeader("Mode").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(a -> Levels.label(a.level())).setHeader("Level").setWidth("7.5rem").setFlexGrow(0);
        var date = grid.addColumn(a -> WHEN.format(a.when())).setHeader("Date").setWidth("13.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(AttemptResult::when)).setSortable(true);
        grid.addColumn(a -> a.overall() == null ? "–" : String.valueOf(a.overall())).setHeader("Score")
                .setWidth("6.5rem").setFlexGrow(0).setComparator(Comparator.comparing(AttemptResult::overall,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setSortable(true);
        grid.addColumn(a -> status(a.status())).setHeader("Status").setWidth("8rem").setFlexGrow(0);
        linkColumn = grid.addComponentColumn(a -> link(a, own)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
    }

    private void filter() {
        rows.setFilter(attempt -> matches(caseFilter.getValue(), attempt.caseTitle())
                && matches(modeFilter.getValue(), attempt.mode()) && matches(levelFilter.getValue(), attempt.level())
                && matches(statusFilter.getValue(), attempt.status()));
        long count = rows.getItemCount();
        shown.setText(count == total ? total + (total == 1 ? " attempt" : " attempts")
                : count + " of " + total + " attempts");
    }

    private static boolean matches(@Nullable Object wanted, Object actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    /** Where an attempt opens: the learner's own report or session, or the read-only attempt for a mentor. */
    static String target(AttemptResult attempt, boolean own) {
        if (!own) {
            return "attempts/" + attempt.id();
        }
        return attempt.status() == SessionStatus.FINISHED ? "sessions/" + attempt.id() + "/report"
                : "sessions/" + attempt.id();
    }

    private static Anchor link(AttemptResult attempt, boolean own) {
        String text = !own ? "Open" : attempt.status() == SessionStatus.FINISHED ? "Report" : "Resume";
        var anchor = new Anchor(target(attempt, own), text);
        anchor.getElement().setAttribute("aria-label", text + ": " + attempt.caseTitle() + ", "
                + WHEN.format(attempt.when()));
        return anchor;
    }

    static String mode(Mode mode) {
        return mode == Mode.MOCK ? "Mock" : "Guided";
    }

    static String status(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "In progress";
            case FINISHED -> "Finished";
            case DISCARDED -> "Discarded";
        };
    }
}
