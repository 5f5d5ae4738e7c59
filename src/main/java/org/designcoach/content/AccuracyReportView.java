package org.designcoach.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's accuracy report, docs/simulation-accuracy.md, which the test suite writes: the
 * simulator's figures beside exact queueing results and an independent simulation.
 */
@Route("simulation-accuracy")
@PageTitle("How accurate is the traffic simulator?")
@PermitAll
class AccuracyReportView extends Main {

    static final String REPORT = "docs/simulation-accuracy.md";

    AccuracyReportView() {
        addClassNames("accuracy-report", LumoUtility.Padding.LARGE, LumoUtility.MaxWidth.SCREEN_XLARGE);
        String report = read();
        add(report == null ? new Paragraph("The accuracy report is not part of this build. Run the test suite "
                + "to write it.") : new Div(Markdown.component(report)));
    }

    private static @Nullable String read() {
        try (InputStream in = AccuracyReportView.class.getClassLoader().getResourceAsStream(REPORT)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
