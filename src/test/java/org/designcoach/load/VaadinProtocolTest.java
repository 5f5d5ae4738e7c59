package org.designcoach.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The load harness's reading and writing of Vaadin Flow's messages, on responses and a request captured from
 * Chromium driving this application (src/test/resources/load). The harness itself is not run by the tests.
 */
class VaadinProtocolTest {

    @Test
    void theRegisterPagesFieldsAreFoundByTheirLabelsAndItsButtonByItsText() {
        LearnerClient.Page page = registerPage();

        var username = page.tree.byLabel("Username").orElseThrow();
        var password = page.tree.byLabel("Password").orElseThrow();
        var repeat = page.tree.byLabel("Repeat the password").orElseThrow();
        var create = page.tree.byTagAndText("vaadin-button", "Create account").orElseThrow();

        assertThat(username.tag()).isEqualTo("vaadin-text-field");
        assertThat(password.tag()).isEqualTo("vaadin-password-field");
        assertThat(List.of(username.id, password.id, repeat.id, create.id)).doesNotHaveDuplicates();
        assertThat(page.tree.byLabel("Email")).isEmpty();
    }

    @Test
    void typingIntoAFieldWritesTheMessageChromiumSent() {
        LearnerClient.Page page = registerPage();
        var username = page.tree.byLabel("Username").orElseThrow();

        String body = UidlMessages.request(page.csrfToken, UidlRpc.typing(page, username, "cap3"), page.syncId,
                page.clientId);

        assertThat(UidlMessages.JSON.readTree(body)).isEqualTo(fixture("chromium-register-typing-request.json"));
    }

    @Test
    void theInitAnswerGivesTheUiItsIdSecurityKeyAndCounters() {
        LearnerClient.Page page = registerPage();

        assertThat(page.uiId).isZero();
        assertThat(page.csrfToken).isEqualTo("55d74da8-911a-4f08-9587-978d4d7e216c");
        assertThat(page.syncId).isEqualTo(1);
        assertThat(page.clientId).isEqualTo(1);
    }

    @Test
    void startingASessionNavigatesToItAndShowsTheStagesFields() {
        LearnerClient.Page page = LearnerClient.Page.fromInit(fixture("practise-init.json"));
        page.accept(fixture("practise-navigate.json"));
        var start = page.tree.byTagAndText("vaadin-button", "Start").orElseThrow();
        assertThat(page.tree.byLabel("Functional requirements (one per line)")).isEmpty();

        page.accept(fixture("session-start.json"));

        assertThat(page.location).isEqualTo("sessions/2");
        assertThat(page.tree.byTagAndText("vaadin-button", "Start")).as("the start page's %s is gone", start)
                .isEmpty();
        var functional = page.tree.byLabel("Functional requirements (one per line)").orElseThrow();
        var question = page.tree.byLabel("Ask your own question").orElseThrow();
        assertThat(page.tree.byTagAndText("vaadin-button", "Ask")).isPresent();
        assertThat(UidlRpc.typing(page, functional, "x").get(1).get("event").asString()).isEqualTo("input");
        assertThat(UidlRpc.typing(page, functional, "x").get(1).get("data").toString())
                .isEqualTo("{\"1\":1,\"for\":\"trailing\"}");
        assertThat(UidlRpc.typing(page, question, "x").get(1).get("event").asString()).isEqualTo("change");
    }

    @Test
    void theTextsOfAnAnswerIncludeTheInterviewersReply() {
        assertThat(UidlMessages.texts(fixture("session-ask.json")))
                .anyMatch(text -> text.startsWith("Interviewer: "));
    }

    @Test
    void aRefusedSecurityKeyOrALostMessageIsAnError() {
        LearnerClient.Page page = registerPage();
        JsonNode refused = UidlMessages.parseResponse("for(;;);[{\"meta\":{\"appError\":{\"caption\":null,"
                + "\"url\":null,\"message\":null,\"details\":null,\"querySelector\":null}}}]");
        JsonNode resynchronise = UidlMessages.parseResponse("{\"syncId\":3,\"clientId\":2,\"resynchronize\":true}");

        assertThatThrownBy(() -> page.accept(refused)).isInstanceOf(LearnerClient.ProtocolException.class);
        assertThatThrownBy(() -> page.accept(resynchronise)).hasMessageContaining("resynchronise");
    }

    @Test
    void theCsrfTokenIsReadFromTheSignInPagesMetaTags() {
        String html = "<head><meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">"
                + "<meta name=\"_csrf\" content=\"abc-123_x\"></head>";

        assertThat(LearnerClient.csrfToken(html)).isEqualTo("abc-123_x");
        assertThatThrownBy(() -> LearnerClient.csrfToken("<head></head>"))
                .isInstanceOf(LearnerClient.ProtocolException.class);
    }

    @Test
    void theServersCpuTimeIsReadFromProcStatOrPrometheus() {
        String stat = "778 (java main) S 1 778 1 0 -1 4194560 120 0 0 0 4012 388 0 0 20 0 63 0 1200 0 0";

        assertThat(ServerCpu.procCpuSeconds(stat)).isEqualTo(44.0);
        assertThat(ServerCpu.prometheusCpuSeconds("# TYPE process_cpu_time_ns_total counter\n"
                + "process_cpu_time_ns_total 1.2303E11\nprocess_cpu_usage 0.1\n"))
                .hasValueCloseTo(123.03, within(1e-9));
    }

    @Test
    void percentilesAreTheNearestRankOfTheSortedTimes() {
        List<Long> nanos = java.util.stream.LongStream.rangeClosed(1, 200).map(ms -> ms * 1_000_000).boxed().toList();

        assertThat(ActionStats.percentile(nanos, 50)).isEqualTo(100.0);
        assertThat(ActionStats.percentile(nanos, 95)).isEqualTo(190.0);
        assertThat(ActionStats.percentile(nanos, 99)).isEqualTo(198.0);
        assertThat(ActionStats.percentile(List.of(), 99)).isNaN();
    }

    private static LearnerClient.Page registerPage() {
        LearnerClient.Page page = LearnerClient.Page.fromInit(fixture("register-init.json"));
        page.accept(fixture("register-navigate.json"));
        return page;
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = VaadinProtocolTest.class.getResourceAsStream("/load/" + name)) {
            return UidlMessages.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the fixture " + name, e);
        }
    }
}
