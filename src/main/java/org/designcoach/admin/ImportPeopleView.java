package org.designcoach.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.designcoach.admin.PeopleImport.ImportOutcome;
import org.designcoach.security.AccountException;
import org.designcoach.security.AccountImport.ImportedAccount;
import org.designcoach.security.Role;
import org.designcoach.cohort.CohortException;
import org.jspecify.annotations.Nullable;

/**
 * Admins upload a CSV file of people, see every row checked (the bad ones with their line, column and
 * what to fix), and then import the good rows with one button. Nothing changes before that button.
 */
@Route("admin/import")
@PageTitle("Import people")
@RolesAllowed(Role.ADMIN_NAME)
class ImportPeopleView extends Main {

    final Upload upload;
    final UnorderedList problems = new UnorderedList();
    final Paragraph summary = new Paragraph();
    final Grid<PeopleCsv.Row> rows = new Grid<>();
    final Button importButton = new Button();
    final Div outcome = new Div();
    private final PeopleImport people;
    private @Nullable ImportPreview preview;

    ImportPeopleView(PeopleImport people) {
        this.people = people;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.BoxSizing.BORDER);
        var heading = new H2("Import people");
        heading.addClassNames(LumoUtility.Margin.NONE);
        upload = new Upload(new InMemoryUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return PeopleCsv.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return PeopleCsv.MAX_BYTES + 64 * 1024;
            }
        });
        add(heading, format(), uploadArea(), problems, summary, importButton, rows, outcome);
        configurePreview();
    }

    private Component format() {
        var intro = new Paragraph("Make accounts for many people at once from a CSV file saved as UTF-8. The first "
                + "line names the columns; each further line is one person. You see every line checked before "
                + "anything changes.");
        var example = new Pre("username,email,display_name,role,cohort\n"
                + "mara.k,mara@example.com,Mara Keller,learner,Platform team\n"
                + "tomas,tomas@example.com,Tomas Berg,mentor,Platform team");
        example.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Padding.SMALL,
                LumoUtility.Background.CONTRAST_5);
        var columns = new Paragraph("username and role are required (role is learner, mentor or admin); email, "
                + "display_name and cohort may be empty or left out. A cohort must exist already: a learner joins it "
                + "as a learner, a mentor as its mentor. Usernames must be new. At most " + PeopleCsv.MAX_ROWS
                + " people and " + PeopleCsv.MAX_BYTES / 1024 + " KB a file.");
        columns.addClassNames(LumoUtility.TextColor.SECONDARY);
        var passwords = new Paragraph(people.issuesPasswords()
                ? "Each new account gets a temporary password, shown once after the import; people choose their own "
                        + "at first sign-in."
                : "People sign in through your identity provider only, so the new accounts get no password.");
        passwords.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(intro, example, columns, passwords);
    }

    private Upload uploadArea() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PeopleCsv.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setUploadButton(new Button("Choose a CSV file"));
        upload.setDropLabel(new Span("or drop it here; it is checked before anything changes"));
        upload.addFileRejectedListener(event -> showPreview(null, List.of(new ImportProblem(0, PeopleCsv.FILE,
                "The file was not accepted: " + event.getErrorMessage() + " A people file is a .csv file of at most "
                        + PeopleCsv.MAX_BYTES / 1024 + " KB."))));
        return upload;
    }

    private void configurePreview() {
        problems.getElement().setAttribute("aria-label", "Problems to fix");
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
        problems.setVisible(false);
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(event -> importGoodRows());
        rows.setAriaLabel("Rows of the file");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.addColumn(PeopleCsv.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PeopleCsv.Row::username).setHeader("Username").setFlexGrow(1);
        rows.addColumn(PeopleCsv.Row::email).setHeader("Email").setFlexGrow(1);
        rows.addColumn(PeopleCsv.Row::displayName).setHeader("Name").setFlexGrow(1);
        rows.addColumn(PeopleCsv.Row::role).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PeopleCsv.Row::cohort).setHeader("Cohort").setFlexGrow(1);
        rows.addColumn(ImportPeopleView::status).setHeader("Status").setFlexGrow(3);
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
    }

    private void received(UploadMetadata metadata, byte[] content) {
        getUI().ifPresent(ui -> ui.access(() -> {
            upload.clearFileList();
            outcome.removeAll();
            ImportPreview checked = people.preview(metadata.fileName(), content);
            showPreview(checked, checked.problems());
        }));
    }

    /** Shows a checked file (or only problems, when there is no file to show) and what importing it would do. */
    private void showPreview(@Nullable ImportPreview checked, List<ImportProblem> found) {
        preview = checked;
        problems.removeAll();
        found.forEach(problem -> problems.add(new ListItem(problem.describe())));
        problems.setVisible(!found.isEmpty());
        List<PeopleCsv.Row> all = checked == null ? List.of() : checked.rows();
        rows.setItems(all);
        rows.setVisible(!all.isEmpty());
        int good = checked == null ? 0 : checked.goodRows().size();
        int bad = all.size() - good;
        summary.setVisible(!all.isEmpty());
        summary.setText(all.isEmpty() ? "" : lines(all.size()) + " read: " + good + " ready to import"
                + (bad == 0 ? "." : ", " + bad + " with problems, listed above. Those rows are left out: fix them in "
                        + "the file and upload just them again later."));
        importButton.setText("Import " + accounts(good));
        importButton.setVisible(good > 0);
    }

    private void importGoodRows() {
        if (preview == null) {
            return;
        }
        try {
            ImportOutcome done = people.importGoodRows(preview);
            showPreview(null, List.of());
            showOutcome(done);
        } catch (ImportException e) {
            showPreview(e.freshPreview(), e.freshPreview().problems());
            Notification.show(e.getMessage(), 10_000, Notification.Position.MIDDLE);
        } catch (AccountException | CohortException e) {
            Notification.show("Nothing was imported: " + e.getMessage(), 10_000, Notification.Position.MIDDLE);
        }
    }

    private void showOutcome(ImportOutcome done) {
        outcome.removeAll();
        var heading = new H3("Imported " + accounts(done.accounts().size()));
        var skipped = new Paragraph(done.skipped() == 0 ? "Every row of the file was imported."
                : lines(done.skipped()) + " with problems " + (done.skipped() == 1 ? "was" : "were") + " left out.");
        outcome.add(heading, skipped);
        List<ImportedAccount> withPassword = done.accounts().stream()
                .filter(account -> account.temporaryPassword() != null).toList();
        if (!withPassword.isEmpty()) {
            String list = "username,temporary_password\n" + withPassword.stream()
                    .map(account -> account.username() + "," + account.temporaryPassword())
                    .collect(Collectors.joining("\n"));
            var passwords = new TextArea("Temporary passwords");
            passwords.setValue(list);
            passwords.setReadOnly(true);
            passwords.setWidthFull();
            passwords.setHelperText("Shown only this once. Pass each on over a channel you trust; people choose "
                    + "their own password when they first sign in.");
            var copy = new Button("Copy the passwords");
            Clipboard.onClick(copy).writeText(list,
                    copied -> Notification.show("Copied.", 2000, Notification.Position.BOTTOM_START),
                    failure -> Notification.show("The browser did not allow copying. Select the text and copy it "
                            + "by hand.", 6000, Notification.Position.MIDDLE));
            outcome.add(passwords, copy);
        }
        outcome.add(new Paragraph(new RouterLink("See them under Users", UsersView.class)));
    }

    private static String status(PeopleCsv.Row row) {
        return row.isGood() ? "Ready" : row.problems().stream()
                .map(problem -> (PeopleCsv.FILE.equals(problem.field()) ? "" : problem.field() + ": ") + problem.message())
                .collect(Collectors.joining(" "));
    }

    private static String lines(int count) {
        return count + (count == 1 ? " row" : " rows");
    }

    private static String accounts(int count) {
        return count + (count == 1 ? " account" : " accounts");
    }
}
