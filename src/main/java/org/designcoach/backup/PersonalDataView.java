package org.designcoach.backup;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;

/** Anyone signed in downloads everything Design Coach keeps about them, as one JSON file. */
@Route("profile/data")
@PageTitle("Your data")
@PermitAll
class PersonalDataView extends Main {

    final UnorderedList contents = new UnorderedList();
    final Paragraph sections = new Paragraph();
    final Anchor download;
    private final PersonalExport export;

    PersonalDataView(PersonalExport export) {
        this.export = export;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        setMaxWidth("50rem");
        var heading = new H2("Your data");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Download everything Design Coach keeps about you as one JSON file, to keep a "
                + "copy, to read it or to take your work elsewhere. The file holds your own data and nobody else's.");
        contents.add(
                new ListItem("Your account: username, role, whether it may sign in, when it was created and when "
                        + "the password last changed. Not the password, and not its hash."),
                new ListItem("Every practice session, discarded ones too: case, mode, level, status, dates, the "
                        + "stage clock and all your answers, designs included."),
                new ListItem("Your sandbox designs, one for each case you designed freely."),
                new ListItem("Your API tokens: their names and when each was created, last used or revoked. Not the "
                        + "tokens themselves, which Design Coach never keeps."),
                new ListItem("The reviews you asked for: your question, and once returned, the mentor's levels, "
                        + "recommendation and comments, and your reply."),
                new ListItem("Your notifications and your email settings."),
                new ListItem("The cohorts you learn in or mentor."));
        sections.setText("Sections in the file: " + String.join(", ", export.sectionNames()) + ".");
        sections.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        download = new Anchor(this::writeExport, "Download my data (JSON)");
        download.getElement().setAttribute("download", true);
        add(heading, intro, contents, sections, download);
    }

    private void writeExport(DownloadEvent event) throws IOException {
        event.setFileName(export.fileName());
        event.setContentType("application/json");
        try (OutputStream out = event.getOutputStream()) {
            export.write(out);
        }
    }
}
