package org.designcoach.backup;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators download a backup of the whole instance and restore one into a fresh instance.
 * The role is written out rather than taken from the security feature's Role: that feature
 * depends on this one (its account section of the personal export), and Java cannot have both.
 */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(order = 94, icon = "vaadin:database", title = "Backup")
@RolesAllowed("ADMIN")
class BackupView extends Main {

    private static final Logger LOG = LoggerFactory.getLogger(BackupView.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    final Anchor download;
    final Upload upload;
    final Div problems = new Div();
    @Nullable ConfirmDialog confirm;
    private final InstanceBackup backup;
    private final AuthenticationContext authentication;
    private @Nullable Path received;

    BackupView(InstanceBackup backup, AuthenticationContext authentication) {
        this.backup = backup;
        this.authentication = authentication;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        setMaxWidth("55rem");
        download = new Anchor(this::writeBackup, "Download a backup");
        download.getElement().setAttribute("download", true);
        upload = new Upload(new SizeLimitedUpload(this::uploaded, backup.maxUploadBytes()));
        problems.getElement().setAttribute("role", "alert");
        problems.addClassNames(LumoUtility.TextColor.ERROR);
        add(heading("Download a backup"), new Paragraph("The backup is one JSON file with every table of this "
                + "instance: accounts with their password hashes, practice sessions, designs, cohorts, API tokens "
                + "and settings. Keep it as safe as the database itself. It is taken from one consistent snapshot, "
                + "so people may go on working meanwhile."), download);
        add(heading("Restore"), restoreExplanation(), uploadArea(), problems);
    }

    private static H2 heading(String text) {
        var heading = new H2(text);
        heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    private Div restoreExplanation() {
        var where = new Paragraph("A backup restores only into a fresh, empty instance of the same version: this one "
                + "is at schema version " + backup.schemaVersion() + ". Set up a new instance, sign in as the "
                + "administrator you created there, and upload the backup here. Nothing may have been added yet "
                + "besides that administrator; the instance settings are replaced by those of the backup.");
        var signOut = new Paragraph("After the restore you are signed out, because your account is replaced by the "
                + "accounts in the backup. Sign in again with an account from the backup.");
        signOut.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return new Div(where, signOut);
    }

    private Upload uploadArea() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, backup.maxUploadBytes()));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new Button("Choose a backup file"));
        upload.setDropLabel(new Span("or drop it here; it is checked before anything changes"));
        upload.addFileRejectedListener(event -> showProblem("The file was not accepted: " + event.getErrorMessage()
                + " A backup is a .json file of at most " + backup.maxUploadBytes() / (1024 * 1024) + " MB "
                + "(designcoach.backup.max-upload-mb)."));
        return upload;
    }

    private void writeBackup(DownloadEvent event) throws IOException {
        event.setFileName(backup.fileName());
        event.setContentType("application/json");
        try (OutputStream out = event.getOutputStream()) {
            backup.export(out);
        } catch (BackupException e) {
            LOG.error("The backup could not be written", e);
            event.getUI().access(() -> showProblem("The backup could not be written: " + e.getMessage()));
            throw e;
        }
    }

    private void uploaded(UploadMetadata metadata, File file) {
        getUI().ifPresent(ui -> ui.access(() -> received(file.toPath(), metadata.fileName())));
    }

    /** Checks an uploaded file through and asks for confirmation; a refused file changes nothing. */
    private void received(Path file, String fileName) {
        upload.clearFileList();
        forgetReceived();
        clearProblem();
        try (InputStream in = Files.newInputStream(file)) {
            BackupSummary summary = backup.check(in);
            received = file;
            if (confirm != null) {
                remove(confirm);
            }
            confirm = confirmation(fileName, summary);
            add(confirm);
            confirm.open();
        } catch (BackupException e) {
            deleteQuietly(file);
            showProblem(fileName + " was not restored; nothing changed. " + e.getMessage());
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    private ConfirmDialog confirmation(String fileName, BackupSummary summary) {
        String tables = summary.rowsPerTable().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        long total = summary.totalRows();
        var dialog = new ConfirmDialog();
        dialog.setHeader("Restore " + fileName + "?");
        dialog.setText("This backup was made on " + WHEN.format(summary.exportedAt()) + " and holds " + total
                + (total == 1 ? " row (" : " rows (") + tables + "). Restoring replaces everything in this instance, "
                + "your own account included, and then signs you out.");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.addCancelListener(event -> forgetReceived());
        dialog.setConfirmText("Restore and sign out");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> restore(fileName));
        return dialog;
    }

    private void restore(String fileName) {
        Path file = received;
        if (file == null) {
            showProblem("Upload the backup file again; the checked file is gone.");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            backup.restore(in);
            LOG.info("Restored the backup {}; signing out its administrator, whose account it replaced", fileName);
            authentication.logout();
        } catch (BackupException e) {
            showProblem(fileName + " was not restored; nothing changed. " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            forgetReceived();
        }
    }

    private void showProblem(String message) {
        problems.removeAll();
        problems.add(new Paragraph(message));
    }

    private void clearProblem() {
        problems.removeAll();
    }

    private void forgetReceived() {
        if (received != null) {
            deleteQuietly(received);
            received = null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded backup {}", file, e);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forgetReceived();
        super.onDetach(event);
    }
}
