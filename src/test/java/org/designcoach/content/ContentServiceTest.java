package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentServiceTest {

    private final List<Object> published = new ArrayList<>();

    /** No practice sessions in these tests: no learner has attempted anything. */
    private static final org.springframework.beans.factory.ObjectProvider<AttemptHistory> NO_ATTEMPTS =
            new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(AttemptHistory.class);


    private final MutableClock clock = MutableClock.startingAt("2026-11-24T10:00:00Z");

    @TempDir
    Path companyFolder;

    private void writeCompanyCase(String id, String title) throws IOException {
        String text = ContentFixtures.text("cases/url-shortener.yaml")
                .replaceFirst("(?m)^id: .*$", "id: " + id)
                .replaceFirst("(?m)^title: .*$", "title: " + title);
        Files.createDirectories(companyFolder.resolve("cases"));
        Files.writeString(companyFolder.resolve("cases/" + id + ".yaml"), text);
    }

    @Test
    void aCompanyFolderIsReadAfterTheBuiltInContent() throws IOException {
        writeCompanyCase("payroll-service", "Payroll service");

        var service = new ContentService(new ContentProperties(companyFolder), clock, NO_ATTEMPTS, published::add);

        assertThat(service.caseStudy("payroll-service")).hasValueSatisfying(study ->
                assertThat(study.title()).isEqualTo("Payroll service"));
        assertThat(service.library().sources()).containsExactly(ContentFile.BUILT_IN, companyFolder.toString());
    }

    @Test
    void brokenContentStopsTheStartWithEveryProblemNamed() throws IOException {
        Files.createDirectories(companyFolder.resolve("concepts"));
        Files.writeString(companyFolder.resolve("concepts/broken.yaml"), "id: broken\ntitle: [\n");

        assertThatThrownBy(() -> new ContentService(new ContentProperties(companyFolder), clock, NO_ATTEMPTS, published::add))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("concepts/broken.yaml")
                .hasMessageContaining("Not valid YAML");
    }

    @Test
    void aMissingCompanyFolderIsExplained() {
        Path missing = companyFolder.resolve("nope");

        assertThatThrownBy(() -> new ContentService(new ContentProperties(missing), clock, NO_ATTEMPTS, published::add))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("DESIGNCOACH_CONTENT_DIR");
    }

    @Test
    void aFailedReloadKeepsTheContentInUseAndSaysWhy() throws IOException {
        writeCompanyCase("payroll-service", "Payroll service");
        var service = new ContentService(new ContentProperties(companyFolder), clock, NO_ATTEMPTS, published::add);
        String version = service.library().version();

        Files.writeString(companyFolder.resolve("cases/payroll-service.yaml"), "id: payroll-service\n");
        var result = service.reload();

        assertThat(result.reloaded()).isFalse();
        assertThat(result.version()).isEqualTo(version);
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.file()).endsWith("cases/payroll-service.yaml"));
        assertThat(service.caseStudy("payroll-service")).isPresent();
        assertThat(published).containsExactly(new ContentEvents.ContentReloadRequested("(unknown)", false,
                version, result.problems().size()));
    }

    @Test
    void aSuccessfulReloadPublishesANewVersion() throws IOException {
        var service = new ContentService(new ContentProperties(companyFolder), clock, NO_ATTEMPTS, published::add);
        String version = service.library().version();
        writeCompanyCase("payroll-service", "Payroll service");

        var result = service.reload();

        assertThat(result.reloaded()).isTrue();
        assertThat(result.version()).isNotEqualTo(version);
        assertThat(service.caseStudy("payroll-service")).isPresent();
        assertThat(published).containsExactly(
                new ContentEvents.ContentReloadRequested("(unknown)", true, result.version(), 0));
    }

    @Test
    void casesFilterByLevelTopicAndText() {
        var service = new ContentService(new ContentProperties(null), clock, NO_ATTEMPTS, published::add);

        assertThat(service.findCases("", Optional.of("junior"), Optional.empty()))
                .extracting(CaseStudy::id).containsExactly("simple-web-platform");
        assertThat(service.findCases("", Optional.empty(), Optional.of("streaming")))
                .extracting(CaseStudy::id).contains("fraud-detection", "iot-data-platform");
        assertThat(service.findCases("links redirect", Optional.empty(), Optional.empty()))
                .extracting(CaseStudy::id).containsExactly("url-shortener");
    }

    @Test
    void nobodySignedInSeesNoSolution() {
        var service = new ContentService(new ContentProperties(null), clock, NO_ATTEMPTS, published::add);

        assertThat(service.maySeeSolution("url-shortener")).isFalse();
    }
}
