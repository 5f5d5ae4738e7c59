package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.UnsupportedEncodingException;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.design.DesignJson;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The cohort report endpoints through the real token filter and error mapping. */
@SpringBootTest
@Transactional
@Tag("database")
class CohortReportsApiTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private AccountService accounts;
    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private CohortService cohorts;
    @Autowired
    private SessionService sessions;
    @Autowired
    private org.designcoach.review.ReviewService reviews;

    private MockMvcTester mvc;
    private long platform;
    private long payments;

    @BeforeEach
    void miaMentorsLenaWhoFinishedAnAttempt() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "mia");
        TestAccounts.signInAs("ada", Role.ADMIN);
        platform = cohorts.create("Platform team", "").id();
        cohorts.addLearner(platform, "lena");
        cohorts.addMentor(platform, "mia");
        payments = cohorts.create("Payments team", "").id();
        cohorts.addLearner(payments, "omar");
        TestAccounts.signInAs("lena");
        SessionState started = sessions.start("url-shortener", Mode.MOCK, "mid");
        reviews.submit(sessions.finish(started.id(), started.version()).id(), "Is one database enough?");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMentorsTokenListsTheirCohortAndReadsItsReport() throws Exception {
        String token = tokenOf("mia", Role.MENTOR);

        JsonNode listed = json(get("/api/v1/cohorts", token));
        JsonNode report = json(get("/api/v1/cohorts/" + platform + "/report", token));

        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("name").asString()).isEqualTo("Platform team");
        assertThat(report.path("cohortName").asString()).isEqualTo("Platform team");
        assertThat(report.path("learners").get(0).path("learner").asString()).isEqualTo("lena");
        assertThat(report.path("learners").get(0).path("finished").asInt()).isEqualTo(1);
        assertThat(report.path("weeks").size()).isEqualTo(8);
        assertThat(report.path("reviews").path("waiting").asInt()).isEqualTo(1);
        assertThat(report.path("reviews").path("oldestWaiting").asString()).startsWith("PT");
    }

    @Test
    void theCsvIsServedAsCsvWithTheLearnersRow() throws Exception {
        var result = get("/api/v1/cohorts/" + platform + "/report.csv", tokenOf("mia", Role.MENTOR));

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getContentAsString()).startsWith("learner,attempts week of ")
                .contains("\r\nlena,");
    }

    @Test
    void aCohortTheMentorDoesNotMentorIsA404Problem() throws Exception {
        var result = get("/api/v1/cohorts/" + payments + "/report", tokenOf("mia", Role.MENTOR));

        assertThat(result).hasStatus(404);
        assertThat(json(result).path("title").asString()).isEqualTo("Unknown cohort");
        assertThat(json(result).path("detail").asString()).contains("GET /api/v1/cohorts");
    }

    @Test
    void aLearnersTokenIsRefusedWithAProblemThatSaysWhoMay() throws Exception {
        var result = get("/api/v1/cohorts", tokenOf("lena", Role.LEARNER));

        assertThat(result).hasStatus(403);
        assertThat(json(result).path("detail").asString()).contains("administrators and mentors");
    }

    private String tokenOf(String username, Role role) {
        TestAccounts.signInAs(username, role);
        try {
            return tokens.create("reports").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MvcTestResult get(String uri, String token) {
        return mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
    }

    private static JsonNode json(MvcTestResult result) throws UnsupportedEncodingException {
        return DesignJson.MAPPER.readTree(result.getResponse().getContentAsString());
    }
}
