package org.designcoach.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designcoach.security.Role;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static final String HEADER = "username,email,display_name,role,cohort\n";

    @Test
    void aGoodFileGivesOneGoodRowPerPersonWithTheLineItIsOn() {
        var parsed = read(HEADER + "mara.k,mara@example.com,Mara Keller,learner,Platform team\n"
                + "\n"
                + "tomas,,\"Berg, Tomas\",Mentor,\n");

        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).extracting(PeopleCsv.Row::line).containsExactly(2, 4);
        assertThat(parsed.rows()).allMatch(PeopleCsv.Row::isGood);
        PeopleCsv.Row tomas = parsed.rows().get(1);
        assertThat(tomas.displayName()).isEqualTo("Berg, Tomas");
        assertThat(tomas.parsedRole()).isEqualTo(Role.MENTOR);
        assertThat(tomas.email()).isEmpty();
    }

    @Test
    void eachBadRowNamesItsLineItsFieldAndWhatToFix() {
        var parsed = read(HEADER
                + "ok.person,ok@example.com,Ok,learner,\n"
                + "x,not-an-email,,teacher,\n"
                + "ok.person,,,learner,\n");

        assertThat(problems(parsed)).containsExactly(
                "Line 3, username: 'x': Use 3 to 32 characters.",
                "Line 3, email: 'not-an-email' is not an email address. Write it as name@example.com, or leave it empty.",
                "Line 3, role: 'teacher' is not a role. Use learner, mentor or admin.",
                "Line 4, username: 'ok.person' is already on line 2 of this file. Each person appears once.");
        assertThat(parsed.rows().get(0).isGood()).isTrue();
    }

    @Test
    void aLineStartsWhereItsRecordStartsEvenAfterAValueThatSpansLines() {
        var parsed = read(HEADER + "ann,,\"Ann\nSmith\",learner,\nbo,,,nobody,\n");

        assertThat(parsed.rows()).extracting(PeopleCsv.Row::line).containsExactly(2, 4);
        assertThat(problems(parsed)).containsExactly(
                "Line 2, display_name: The name holds a line break or another control character. Keep it on one line.",
                "Line 4, username: 'bo': Use 3 to 32 characters.",
                "Line 4, role: 'nobody' is not a role. Use learner, mentor or admin.");
    }

    @Test
    void tooLongValuesAreRefusedWithTheLimit() {
        String longName = "n".repeat(101);
        String longCohort = "c".repeat(81);
        var parsed = read(HEADER + "long.one,," + longName + ",learner," + longCohort + "\n");

        assertThat(problems(parsed)).containsExactly(
                "Line 2, display_name: The name has 101 characters; at most 100 are allowed.",
                "Line 2, cohort: The cohort name has 81 characters; cohort names have at most 80.");
    }

    @Test
    void anAdminCannotBePutInACohort() {
        var parsed = read(HEADER + "boss,,,admin,Platform team\n");

        assertThat(problems(parsed)).containsExactly("Line 2, cohort: Admins do not belong to cohorts. Leave the "
                + "cohort empty or make this person a learner or mentor.");
    }

    @Test
    void aRowWithTooFewValuesSaysHowManyItHasAndMissingRequiredValuesAreNamed() {
        var parsed = read(HEADER + "short.row,short@example.com\n");

        assertThat(problems(parsed)).containsExactly(
                "Line 2: This line has 2 values but the header has 5 columns. Add the missing commas, or put quotes "
                        + "around a value that holds a comma.",
                "Line 2, role: The role is missing. Use learner, mentor or admin.");
    }

    @Test
    void optionalColumnsMayBeLeftOutAndTheHeaderIsReadInAnyOrderAndCase() {
        var parsed = read("Role, User-Name\nlearner, solo.one\n".replace("User-Name", "username"));

        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("solo.one");
            assertThat(row.parsedRole()).isEqualTo(Role.LEARNER);
            assertThat(row.isGood()).isTrue();
        });
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedAsAWhole() {
        var parsed = read("username,mail\nmara,mara@example.com\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(problems(parsed)).containsExactly(
                "Line 1: Column 2 is called 'mail', which is not a column Design Coach reads. The columns are "
                        + "username, email, display_name, role, cohort.",
                "Line 1: The header has no 'role' column; every person needs a role.");
    }

    @Test
    void aFileWhoseFirstLineIsAPersonIsToldToStartWithTheHeader() {
        var parsed = read("mara,mara@example.com,Mara,learner,\n");

        assertThat(problems(parsed)).singleElement().asString().startsWith("Line 1: The first line does not name the "
                + "columns. Start the file with the line username,email,display_name,role,cohort");
    }

    @Test
    void anEmptyFileAHeaderAloneAndAFileOfBlankLinesAreRefused() {
        assertThat(problems(read(""))).singleElement().asString().startsWith("The file is empty.");
        assertThat(problems(read("\n \r\n"))).singleElement().asString().startsWith("The file is empty.");
        assertThat(problems(read(HEADER))).containsExactly("The file has a header line but nobody below it.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithHowToSaveIt() {
        byte[] latin1 = (HEADER + "jose,,José,learner,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(PeopleCsv.read(latin1))).singleElement().asString()
                .startsWith("The file is not UTF-8 text. Save it as \"CSV UTF-8\"");
    }

    @Test
    void aByteOrderMarkAsExcelWritesItIsIgnored() {
        var parsed = read("\uFEFF" + HEADER + "jose,,José,learner,\n");

        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).singleElement().extracting(PeopleCsv.Row::displayName).isEqualTo("José");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[PeopleCsv.MAX_BYTES + 1];

        assertThat(problems(PeopleCsv.read(big))).singleElement().asString()
                .isEqualTo("The file has 1024 KB; at most 1024 KB are read. Split it into several files.");
    }

    @Test
    void anUnclosedQuoteIsReportedAsInvalidCsv() {
        var parsed = read(HEADER + "mara,\"mara@example.com,Mara,learner,\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(problems(parsed)).singleElement().asString().startsWith("The file is not valid CSV: ")
                .endsWith("Check that every quoted value has its closing quote.");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        var text = new StringBuilder(HEADER);
        for (int i = 0; i <= PeopleCsv.MAX_ROWS; i++) {
            text.append("person").append(i).append(",,,learner,\n");
        }

        assertThat(problems(read(text.toString()))).containsExactly("The file has more than " + PeopleCsv.MAX_ROWS
                + " people. Split it into several files.");
    }

    private static PeopleCsv.Parsed read(String text) {
        return PeopleCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(PeopleCsv.Parsed parsed) {
        return java.util.stream.Stream.concat(parsed.fileProblems().stream(),
                parsed.rows().stream().flatMap(row -> row.problems().stream())).map(ImportProblem::describe).toList();
    }
}
