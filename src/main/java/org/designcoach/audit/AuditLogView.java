package org.designcoach.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.designcoach.audit.AuditLog.ExportFormat;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The audit log for administrators: search by words, type and dates, newest first. The grid loads
 * one page at a time from the database as the person scrolls, so a long log stays fast.
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 93, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends Main {

    static final String NOTHING_MATCHES = "No security events match. Clear the filters or widen the dates.";
    static final String END_BEFORE_START = "The end date is before the start date. Pick a later end date or an "
            + "earlier start date.";

    final TextField search = new TextField("Search");
    final MultiSelectComboBox<AuditEventType> types = new MultiSelectComboBox<>("Types");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button clear = new Button("Clear filters");
    final Grid<LoggedEvent> grid = new Grid<>();
    final Span exportCsv = new Span();
    final Span exportJson = new Span();
    private final Clock clock;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final ZoneId zone = browserZone();
    private AuditQuery query = AuditQuery.everything();

    AuditLogView(AuditLog audit, Clock clock) {
        this.clock = clock;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.BoxSizing.BORDER);
        setHeightFull();
        var heading = new H2("Audit log");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Sign-ins and failed sign-ins, sign-outs, lockouts, changes to accounts, "
                + "roles and passwords, cohort membership, API tokens, backups, content reloads, refused access and "
                + "review actions, newest first. Entries are never changed or removed.");
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        add(heading, intro, filters(), exports(audit), grid());
        // No count query: counting a free-text match reads every row, while a page is quick at any
        // size. The grid learns where the log ends when a page comes back short.
        grid.setItems(page -> audit.search(query, page.getOffset(), page.getLimit()).stream());
    }

    private Div filters() {
        search.setPlaceholder("Username, address or words");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(AuditQuery.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        types.setItems(AuditEventType.values());
        types.setItemLabelGenerator(AuditEventType::label);
        types.setPlaceholder("All types");
        types.setClearButtonVisible(true);
        types.setWidth("18rem");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
            picker.setManualValidation(true);
            picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(
                    "This is not a date. Pick one from the calendar or type it like 2026-11-24."));
            picker.setHelperText("Whole days, " + zoneLabel());
            picker.addValidationStatusChangeListener(event -> filtersChanged());
        }
        search.addValueChangeListener(event -> filtersChanged());
        types.addValueChangeListener(event -> filtersChanged());
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(event -> clearFilters());
        var bar = new Div(search, types, from, to, clear);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        return bar;
    }

    /** The entries the filters select, oldest first, as a file for a log system or a spreadsheet. */
    private Div exports(AuditLog audit) {
        for (ExportFormat format : ExportFormat.values()) {
            var link = new Anchor((DownloadEvent event) -> {
                event.setFileName("design-coach-audit-" + FILE_TIME.format(Instant.now(clock)) + "." + format.extension());
                event.setContentType(format.contentType() + ";charset=UTF-8");
                try (OutputStream out = event.getOutputStream()) {
                    audit.export(query, format, out);
                }
            }, "Export " + format.name());
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("aria-label", "Export the entries the filters select as " + format.name());
            (format == ExportFormat.CSV ? exportCsv : exportJson).add(link);
        }
        var hint = new Span("Exports hold the entries the filters select, oldest first.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var bar = new Div(exportCsv, exportJson, hint);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        return bar;
    }

    /** What the export links hand over: the filters as they are now. */
    AuditQuery currentQuery() {
        return query;
    }

    private Grid<LoggedEvent> grid() {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        grid.addColumn(event -> time.format(event.occurredAt())).setHeader("Time (" + zoneLabel() + ")")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> event.type().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> text(event.actor())).setHeader("Actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> text(event.subject())).setHeader("Subject").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LoggedEvent::detail).setHeader("Detail").setFlexGrow(1)
                .setTooltipGenerator(LoggedEvent::detail);
        grid.addColumn(event -> text(event.remoteAddress())).setHeader("Address").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(NOTHING_MATCHES);
        grid.getElement().setAttribute("aria-label", "Security events");
        grid.addClassNames(LumoUtility.Flex.GROW);
        grid.setMinHeight("20rem");
        return grid;
    }

    /** Applies the filters; while the dates make no sense, says so and keeps what is shown. */
    private void filtersChanged() {
        boolean fromValid = showProblem(from, defaultProblem(from));
        boolean toValid = showProblem(to, defaultProblem(to).or(this::rangeProblem));
        if (!fromValid || !toValid) {
            return;
        }
        query = new AuditQuery(search.getValue(), types.getValue(), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
        grid.getDataProvider().refreshAll();
    }

    private Optional<String> rangeProblem() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return start != null && end != null && start.isAfter(end) ? Optional.of(END_BEFORE_START) : Optional.empty();
    }

    /** What the picker itself finds wrong, such as text that is not a date. */
    private static Optional<String> defaultProblem(DatePicker picker) {
        var result = picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker, picker));
        return result.isError() ? Optional.of(result.getErrorMessage()) : Optional.empty();
    }

    private static boolean showProblem(DatePicker picker, Optional<String> problem) {
        picker.setErrorMessage(problem.orElse(""));
        picker.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private void clearFilters() {
        search.clear();
        types.clear();
        from.clear();
        to.clear();
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private String zoneLabel() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Times and dates are those of the person's browser; UTC when the browser has not said. */
    private static ZoneId browserZone() {
        UI ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
