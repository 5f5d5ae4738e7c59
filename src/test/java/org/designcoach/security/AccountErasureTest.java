package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.designcoach.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure against the real schema: the rows of every table that keeps something about a person are set
 * up directly, then each table is read again after the erasure.
 */
@SpringBootTest
@Transactional
@Tag("database")
class AccountErasureTest {

    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

    @Autowired
    private AccountErasure erasure;

    @Autowired
    private AccountService accounts;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void aLearnerWithEverythingAMentorAndAnotherLearner() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "moe");
        insert("insert into cohort (id, name, description, created_at) values (900, 'Platform team', '', ?)", T);
        insert("insert into cohort_learner (cohort_id, username) values (900, 'lena')");
        insert("insert into cohort_learner (cohort_id, username) values (900, 'omar')");
        insert("insert into cohort_mentor (cohort_id, username) values (900, 'moe')");
        insert("insert into sandbox_design (owner, case_id, design_json, updated_at) values ('lena', 'url-shortener', '{}', ?)", T);
        insert("insert into api_token (owner, name, token_hash, token_hint, created_at) values ('lena', 'laptop', 'h1', 'abcd', ?)", T);
        session(901, "lena");
        session(902, "omar");
        session(903, "lena");
        submission(911, 901, "lena", "RETURNED", "moe");
        submission(912, 902, "omar", "RETURNED", "moe");
        submission(913, 903, "lena", "CLAIMED", "moe");
        insert("insert into review_rubric_level (submission_id, stage, level) values (911, 'DESIGN', 3)");
        insert("insert into review_comment (submission_id, stage, body, created_at) values (911, 'DESIGN', 'Add a cache', ?)", T);
        insert("insert into review_comment (submission_id, stage, body, created_at) values (913, 'DESIGN', 'Draft note', ?)", T);
        insert("insert into password_reset_token (token_hash, username, purpose, expires_at, created_at) values ('t1', 'lena', 'RESET', ?, ?)", T, T);
        insert("insert into notification (recipient, message, link, created_at) values ('lena', 'moe returned your review.', '/reviews/911', ?)", T);
        insert("insert into notification (recipient, message, link, created_at) values ('moe', 'lena replied to your review of URL shortener.', '/reviews/911', ?)", T);
        insert("insert into notification (recipient, message, link, created_at) values ('omar', 'moe returned your review; magdalena agrees.', '/reviews/912', ?)", T);
        insert("insert into notification_preference (username, email, emails_enabled) values ('lena', 'lena@example.com', true)");
        // Other tests' failed sign-ins, counted in transactions of their own, may have left this key behind.
        insert("delete from sign_in_throttle where username = 'u:lena'");
        insert("insert into sign_in_throttle (username, failures, lockouts, last_failure_at) values ('u:lena', 2, 0, ?)", T);
        audit("SIGN_IN", "lena", "lena", "Signed in");
        audit("SIGN_IN_FAILED", null, "Lena", "Wrong password");
        audit("ROLE_CHANGED", "ada", "lena", "Role changed from mentor to learner");
        audit("REVIEW_RETURNED", "moe", "omar", "Returned the review of submission 912");
        audit("REVIEW_RELEASED", "ada", "omar", "Submission 912 went back to the queue: moe no longer mentors omar");
        TestAccounts.signInAs("ada", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void erasingALearnerRemovesTheirRowsFromEveryTableAndLeavesOthersAlone() {
        var erased = erasure.erase("lena", "Lena");

        assertThat(erased.anonymousId()).matches("erased#[0-9a-f]{12}");
        assertThat(Usernames.problem(erased.anonymousId())).as("no one can register the anonymous id").isPresent();
        for (String[] table : new String[][] {{"user_account", "username"}, {"sandbox_design", "owner"},
                {"api_token", "owner"}, {"practice_session", "owner"}, {"review_submission", "learner"},
                {"cohort_learner", "username"}, {"password_reset_token", "username"}, {"notification", "recipient"},
                {"notification_preference", "username"}}) {
            assertThat(count("select count(*) from " + table[0] + " where " + table[1] + " = 'lena'"))
                    .as(table[0]).isZero();
        }
        assertThat(count("select count(*) from review_submission where id in (911, 913)")).isZero();
        assertThat(count("select count(*) from review_rubric_level where submission_id = 911")).isZero();
        assertThat(count("select count(*) from review_comment where submission_id in (911, 913)")).isZero();
        assertThat(count("select count(*) from sign_in_throttle where username = 'u:lena'")).isZero();
        assertThat(count("select count(*) from practice_session where owner = 'omar'")).isOne();
        assertThat(count("select count(*) from review_submission where id = 912 and mentor = 'moe'")).isOne();
        assertThat(count("select count(*) from cohort_learner where username = 'omar'")).isOne();
    }

    @Test
    void theAuditLogNamesTheErasedPersonByOneAnonymousIdAndRecordsTheErasure() {
        String naming = "select count(*) from audit_event where lower(actor) = 'lena' or lower(subject) = 'lena' "
                + "or lower(detail) like '%lena%'";
        // Entries of other tests' failed sign-ins, written in transactions of their own, may name lena too.
        long before = count(naming);
        long firstOfThisTest = count("select max(id) from audit_event where detail = 'Signed in' and actor = 'lena'");

        String id = erasure.erase("lena", "lena").anonymousId();

        assertThat(count(naming)).isZero();
        assertThat(jdbc.sql("select type || ' ' || coalesce(actor, '-') || ' ' || subject from audit_event "
                + "where subject = :id and (id >= :first or type = 'ACCOUNT_CREATED') order by id").param("id", id)
                .param("first", firstOfThisTest).query(String.class).list()).containsExactly(
                "ACCOUNT_CREATED " + id + " " + id, "SIGN_IN " + id + " " + id, "SIGN_IN_FAILED - " + id, "ROLE_CHANGED ada " + id,
                "ACCOUNT_ERASED ada " + id);
        assertThat(jdbc.sql("select detail from audit_event where type = 'ACCOUNT_ERASED'").query(String.class)
                .single()).isEqualTo("Erased the account of a learner with its personal data on request; earlier "
                        + "entries name it " + id + " (" + before + " entries changed)");
    }

    @Test
    void otherPeoplesNotificationsNameTheErasedPersonByTheAnonymousId() {
        String id = erasure.erase("lena", "lena").anonymousId();

        assertThat(jdbc.sql("select message from notification where recipient = 'moe'").query(String.class).single())
                .isEqualTo(id + " replied to your review of URL shortener.");
    }

    @Test
    void erasingAMentorKeepsTheReviewsTheyReturnedUnderTheAnonymousIdAndGivesBackTheirClaims() {
        String id = erasure.erase("moe", "moe").anonymousId();

        assertThat(jdbc.sql("select mentor from review_submission where id in (911, 912) order by id")
                .query(String.class).list()).containsExactly(id, id);
        assertThat(jdbc.sql("select status || ' ' || coalesce(mentor, '-') from review_submission where id = 913")
                .query(String.class).single()).isEqualTo("SUBMITTED -");
        assertThat(count("select count(*) from review_comment where submission_id = 913")).as("the draft goes").isZero();
        assertThat(count("select count(*) from review_comment where submission_id = 911")).isOne();
        assertThat(count("select count(*) from cohort_mentor where username = 'moe'")).isZero();
        assertThat(jdbc.sql("select message from notification where recipient = 'omar'").query(String.class).single())
                .as("only whole names are replaced").isEqualTo(id + " returned your review; magdalena agrees.");
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_event where type = 'REVIEW_RELEASED' order by id")
                .query(String.class).list()).containsExactly(
                "ada Submission 912 went back to the queue: " + id + " no longer mentors omar",
                "ada Submission 913 went back to the queue: " + id + " no longer mentors lena");
    }

    @Test
    void theErasureIsRefusedWhenTheTypedNameDiffersAndNothingChanges() {
        assertThatThrownBy(() -> erasure.erase("lena", "lean"))
                .isInstanceOf(AccountException.class)
                .hasMessage("Type lena exactly to confirm which account to erase.");

        assertThat(count("select count(*) from user_account where username = 'lena'")).isOne();
        assertThat(count("select count(*) from audit_event where type = 'ACCOUNT_ERASED'")).isZero();
    }

    @Test
    void anAdminCannotEraseTheirOwnAccountNorSomeoneWhoDoesNotExist() {
        assertThatThrownBy(() -> erasure.erase("ada", "ada"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("You cannot erase your own account");
        assertThatThrownBy(() -> erasure.erase("nobody", "nobody"))
                .isInstanceOf(AccountException.class)
                .hasMessage("There is no account named nobody.");
    }

    @Test
    void onlyAdminsErase() {
        TestAccounts.signInAs("moe", Role.MENTOR);

        assertThatThrownBy(() -> erasure.erase("lena", "lena")).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from user_account where username = 'lena'")).isOne();
    }

    private void insert(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            // PostgreSQL's driver binds no Instant; an offset date-time suits both databases.
            statement = statement.param(param instanceof java.time.Instant instant
                    ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC) : param);
        }
        statement.update();
    }

    private void session(long id, String owner) {
        insert("insert into practice_session (id, owner, case_id, content_version, mode, level, status, clock_json, "
                + "answers_json, started_at, updated_at, finished_at) values (?, ?, 'url-shortener', 'v1', 'MOCK', "
                + "'MID', 'FINISHED', '{}', '{}', ?, ?, ?)", id, owner, T, T, T);
    }

    private void submission(long id, long attempt, String learner, String status, String mentor) {
        insert("insert into review_submission (id, attempt_id, open_attempt_id, attempt_version, learner, case_id, "
                + "level, status, mentor, recommendation, submitted_at, claimed_at, returned_at) values (?, ?, ?, 0, ?, "
                + "'url-shortener', 'MID', ?, ?, ?, ?, ?, ?)", id, attempt,
                "RETURNED".equals(status) ? null : attempt, learner, status, mentor,
                "RETURNED".equals(status) ? "READY" : null, T, T, "RETURNED".equals(status) ? T : null);
    }

    private void audit(String type, String actor, String subject, String detail) {
        insert("insert into audit_event (occurred_at, type, actor, subject, detail) values (?, ?, ?, ?, ?)",
                T, type, actor, subject, detail);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
