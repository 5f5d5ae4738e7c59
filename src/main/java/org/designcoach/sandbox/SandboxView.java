package org.designcoach.sandbox;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.canvas.ProblemBox;
import org.designcoach.content.DesignDocuments;
import org.designcoach.content.InvalidDesignException;
import org.designcoach.design.DesignJson;
import org.designcoach.sandbox.SandboxService.CaseChoice;
import org.designcoach.sandbox.SandboxService.Workspace;
import org.designcoach.scoring.FindingsPanel;
import org.designcoach.traffic.SimulationPanel;
import org.designcoach.traffic.TrafficService;
import org.jspecify.annotations.Nullable;

/** Free design against any case: the canvas, its findings, and JSON export and import. */
@Route("sandbox")
@PageTitle("Sandbox")
@Menu(order = 15, icon = "vaadin:pencil", title = "Sandbox")
@PermitAll
class SandboxView extends Main implements HasUrlParameter<String> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    final Select<CaseChoice> caseSelect = new Select<>();
    private static final double MAX_PEAK = 1e9;

    final NumberField peakLoad = new NumberField("Judge at a peak load of");
    final Span status = new Span();
    final ProblemBox problems = new ProblemBox();
    final DesignCanvas canvas;
    final FindingsPanel findings;
    final Upload upload;
    private final SandboxService sandbox;
    private @Nullable Workspace workspace;

    final SimulationPanel simulation;

    SandboxView(SandboxService sandbox, TrafficService traffic) {
        this.sandbox = sandbox;
        this.canvas = new DesignCanvas(sandbox.palette());
        this.findings = new FindingsPanel(canvas::highlight);
        this.upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> importText(new String(bytes, StandardCharsets.UTF_8), metadata.fileName())))));
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        var heading = new H2("Sandbox");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Design freely against any case. Every change is saved and judged at once; "
                + "the findings below say what a strong interviewer would notice.");
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        canvas.addDesignChangeListener(event -> save(event.json()));
        simulation = new SimulationPanel(traffic, canvas, () -> requireWorkspace().design(),
                () -> Optional.of(requireWorkspace().caseId()), this::peak);
        simulation.setDefaultLoadHint("For this simulation only. Empty: the load you judge at above, else the case's.");
        add(heading, intro, tools(), problems, canvas, findings, simulation);
    }

    private Div tools() {
        caseSelect.setLabel("Case");
        caseSelect.setItems(sandbox.cases());
        caseSelect.setItemLabelGenerator(choice -> choice.title() + " (" + choice.level() + ")");
        caseSelect.setWidth("22rem");
        caseSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(SandboxView.class, event.getValue().id());
            }
        });
        peakLoad.setSuffixComponent(new Span("requests/s"));
        peakLoad.setPlaceholder("as the case says");
        peakLoad.setWidth("15rem");
        peakLoad.setHelperText("Empty: the case's load. The simulation below runs at it too, unless its own field says "
                + "otherwise.");
        peakLoad.setMin(1);
        peakLoad.setMax(MAX_PEAK);
        String range = "Type a load from 1 to 1,000,000,000 requests a second, or leave it empty for the case's.";
        peakLoad.setI18n(new NumberField.NumberFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage("Type the load as a number, such as 1200, or leave it empty."));
        peakLoad.setClearButtonVisible(true);
        peakLoad.addValueChangeListener(event -> rescore());
        var export = new Anchor(DownloadHandler.fromInputStream(event -> exportResponse()), "Export JSON");
        export.getElement().setAttribute("download", true);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DesignDocuments.MAX_BYTES);
        upload.setUploadButton(new Button("Import JSON"));
        upload.setDropLabel(new Span("or drop a design file here"));
        upload.addFileRejectedListener(event -> showProblems("The file was not imported.", List.of(
                event.getErrorMessage() + " A design file is JSON of at most " + DesignDocuments.MAX_BYTES / 1024
                        + " KB, as Export JSON makes it.")));
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.getElement().setAttribute("aria-live", "polite");
        var tools = new Div(caseSelect, peakLoad, export, upload, status);
        tools.addClassNames("sandbox-tools");
        return tools;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String caseId) {
        List<CaseChoice> cases = sandbox.cases();
        Optional<CaseChoice> wanted = cases.stream().filter(choice -> choice.id().equals(caseId)).findFirst();
        CaseChoice choice = wanted.orElse(cases.getFirst());
        load(choice);
        if (caseId != null && wanted.isEmpty()) {
            showProblems("There is no case with the id '" + caseId + "'.", List.of("Showing " + choice.title()
                    + " instead; pick another case from the list."));
        }
    }

    private void load(CaseChoice choice) {
        caseSelect.setValue(choice);
        clearProblems();
        try {
            workspace = sandbox.open(choice.id(), peak());
        } catch (InvalidDesignException e) {
            showProblems("Your saved design for this case no longer fits the component catalog; it is shown empty "
                    + "and will be replaced when you change it.", e.problems());
            workspace = sandbox.openEmpty(choice.id(), peak());
        }
        canvas.setDesign(workspace.design());
        canvas.highlight(List.of());
        findings.show(workspace.assessment());
        showSaved(workspace);
    }

    private void save(String json) {
        Workspace current = requireWorkspace();
        try {
            workspace = sandbox.save(current.caseId(), json, current.version(), peak());
            clearProblems();
            findings.show(workspace.assessment());
            showSaved(workspace);
        } catch (InvalidDesignException e) {
            showProblems("That change was not kept: the canvas is back to your last saved design.", e.problems());
            canvas.setDesign(current.design());
        } catch (StaleDesignException e) {
            showStale(e.getMessage());
        }
    }

    /** Imports a design file in place of the current design; a bad file changes nothing. */
    void importText(String text, String fileName) {
        upload.clearFileList();
        Workspace current = requireWorkspace();
        try {
            workspace = sandbox.save(current.caseId(), text, current.version(), peak());
            clearProblems();
            canvas.setDesign(workspace.design());
            // The old findings' marks name components of the replaced design.
            canvas.highlight(List.of());
            findings.show(workspace.assessment());
            showSaved(workspace);
            Notification.show("Imported " + fileName + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidDesignException e) {
            showProblems(fileName + " was not imported; your design is unchanged.", e.problems());
        } catch (StaleDesignException e) {
            showStale(e.getMessage());
        }
    }

    private void showSaved(Workspace saved) {
        Instant at = saved.savedAt();
        status.setText(at == null ? "Nothing saved for this case yet." : "Saved at " + TIME.format(at) + ".");
    }

    private void rescore() {
        if (peakLoad.isInvalid()) {
            return;
        }
        Workspace current = requireWorkspace();
        findings.show(sandbox.score(current.caseId(), current.design(), peak()));
    }

    private Optional<Double> peak() {
        Double value = peakLoad.getValue();
        return value == null || value < 1 ? Optional.empty() : Optional.of(value);
    }

    private DownloadResponse exportResponse() {
        byte[] bytes = DesignJson.pretty(requireWorkspace().design()).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), requireWorkspace().caseId() + "-design.json",
                "application/json", bytes.length);
    }

    private Workspace requireWorkspace() {
        if (workspace == null) {
            throw new IllegalStateException("The sandbox has not loaded a case yet");
        }
        return workspace;
    }

    private void showStale(String message) {
        var reload = new Button("Reload the saved design", event -> load(requireCaseChoice()));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        problems.show(message, reload);
    }

    private CaseChoice requireCaseChoice() {
        CaseChoice choice = caseSelect.getValue();
        return choice != null ? choice : sandbox.cases().getFirst();
    }

    private void showProblems(String summary, List<String> details) {
        problems.show(summary, details);
    }

    private void clearProblems() {
        problems.clear();
    }
}
