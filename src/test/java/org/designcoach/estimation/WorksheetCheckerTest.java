package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The URL shortener's reference estimate, checked against worksheets written the way learners write them. */
class WorksheetCheckerTest {

    static final ReferenceEstimate URL_SHORTENER = new ReferenceEstimate(
            Map.of("newLinksPerMonth", "100M /month", "readsPerWrite", "10", "peakFactor", "3",
                    "recordSize", "500 B", "retentionYears", "5", "codeLength", "7"),
            List.of(new ReferenceLine("writeQps", "Writes per second (average)", "newLinksPerMonth / (2.5M s/month)",
                            "40 /s", "One month is about 2.5 million seconds."),
                    new ReferenceLine("readQps", "Redirects per second (average)", "writeQps * readsPerWrite", "400 /s",
                            null),
                    new ReferenceLine("peakReadQps", "Redirects per second at peak", "readQps * peakFactor", "1.2k /s",
                            null),
                    new ReferenceLine("totalLinks", "Links stored after five years",
                            "newLinksPerMonth * 12 month/year * retentionYears year", "6G", null),
                    new ReferenceLine("storage", "Storage after five years", "totalLinks * recordSize", "3 TB", null),
                    new ReferenceLine("bandwidth", "Redirect bandwidth", "readQps * recordSize", "200 KB/s", null),
                    new ReferenceLine("codeSpace", "Distinct 7-character base62 codes", "62 ^ codeLength", "3.5T",
                            null)));

    private static final Map<String, String> CASE_ASSUMPTIONS = URL_SHORTENER.assumptions();

    private final WorksheetChecker checker = new WorksheetChecker();

    private static Map<String, String> assumptions(String... overrides) {
        Map<String, String> result = new HashMap<>(CASE_ASSUMPTIONS);
        for (int i = 0; i < overrides.length; i += 2) {
            result.put(overrides[i], overrides[i + 1]);
        }
        return result;
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.put(pairs[i], pairs[i + 1]);
        }
        return result;
    }

    private List<LineCheck> check(Map<String, String> assumptions, Map<String, String> answers) {
        return checker.check(URL_SHORTENER, new LearnerWorksheet(assumptions, answers));
    }

    private static LineCheck line(List<LineCheck> checks, String id) {
        return checks.stream().filter(check -> check.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCasesOwnNumbersAreRightAndWithinTheFactor() {
        Map<String, String> answers = new HashMap<>();
        URL_SHORTENER.lines().forEach(line -> answers.put(line.id(), line.value()));

        List<LineCheck> checks = check(CASE_ASSUMPTIONS, answers);

        assertThat(checks).hasSize(7).allSatisfy(check -> {
            assertThat(check.arithmetic()).as(check.id() + ": " + check.message()).isEqualTo(Arithmetic.RIGHT);
            assertThat(check.magnitude()).as(check.id()).isEqualTo(Magnitude.WITHIN);
        });
    }

    @Test
    void aWorksheetWithTheCheatSheetRoundingIsRight() {
        List<LineCheck> checks = check(CASE_ASSUMPTIONS, answers("writeQps", "40 QPS", "readQps", "400 QPS",
                "peakReadQps", "1,200 QPS", "totalLinks", "6 billion records", "storage", "3 TB",
                "bandwidth", "200 KB/sec", "codeSpace", "3.5 trillion"));

        assertThat(checks).allSatisfy(check -> {
            assertThat(check.arithmetic()).as(check.id() + ": " + check.message()).isEqualTo(Arithmetic.RIGHT);
            assertThat(check.magnitude()).as(check.id()).isEqualTo(Magnitude.WITHIN);
        });
    }

    @Test
    void aWorksheetWithExactDaysAndAFiveTimesPeakIsAlsoRight() {
        List<LineCheck> checks = check(assumptions("peakFactor", "5x"), answers("writeQps", "38 /s",
                "readQps", "380 /s", "peakReadQps", "1,900 /s", "totalLinks", "6B records".replace("B", " billion"),
                "storage", "3 TB", "bandwidth", "190 KB/s", "codeSpace", "3.5T"));

        assertThat(checks).allSatisfy(check -> {
            assertThat(check.arithmetic()).as(check.id() + ": " + check.message()).isEqualTo(Arithmetic.RIGHT);
            assertThat(check.magnitude()).as(check.id()).isEqualTo(Magnitude.WITHIN);
        });
        assertThat(line(checks, "peakReadQps").derivation()).isEqualTo("380 /s × 5x = 1.9k /s");
    }

    @Test
    void theDerivationShowsTheLearnersNumbersInTheFormula() {
        List<LineCheck> checks = check(CASE_ASSUMPTIONS, answers("writeQps", "40 /s"));

        assertThat(line(checks, "writeQps").derivation()).isEqualTo("100M /month ÷ (2.5M s/month) = 40 /s");
        assertThat(line(checks, "totalLinks").derivation())
                .isEqualTo("100M /month × 12 month/year × 5 year = 6G");
        assertThat(line(checks, "storage").derivation()).isEqualTo("6G × 500 B = 3 TB");
        assertThat(line(checks, "codeSpace").derivation()).isEqualTo("62 ^ 7 = 3.52T");
    }

    @Test
    void wrongArithmeticIsWrongEvenWhenTheSizeIsClose() {
        LineCheck readQps = line(check(CASE_ASSUMPTIONS, answers("writeQps", "40 /s", "readQps", "600 /s")), "readQps");

        assertThat(readQps.arithmetic()).isEqualTo(Arithmetic.WRONG);
        assertThat(readQps.magnitude()).isEqualTo(Magnitude.WITHIN);
        assertThat(readQps.message()).contains("40 /s × 10 = 400 /s").contains("your answer is 600 /s");
    }

    @Test
    void rightArithmeticFromFarOffAssumptionsIsRightButTooHigh() {
        List<LineCheck> checks = check(assumptions("newLinksPerMonth", "1G /month"),
                answers("writeQps", "400 /s", "readQps", "4k /s"));

        assertThat(line(checks, "writeQps").arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(line(checks, "writeQps").magnitude()).isEqualTo(Magnitude.TOO_HIGH);
        assertThat(line(checks, "readQps").magnitude()).isEqualTo(Magnitude.TOO_HIGH);
        assertThat(line(checks, "readQps").message()).contains("more than 2 times the case's 400 /s");
    }

    @Test
    void anAnswerFarBelowTheReferenceIsTooLow() {
        LineCheck storage = line(check(CASE_ASSUMPTIONS, answers("storage", "300 GB")), "storage");

        assertThat(storage.magnitude()).isEqualTo(Magnitude.TOO_LOW);
        assertThat(storage.arithmetic()).isEqualTo(Arithmetic.WRONG);
    }

    @Test
    void theFactorIsConfigurable() {
        var strict = new WorksheetChecker(new Tolerances(0.15, 1.2));
        var checks = strict.check(URL_SHORTENER, new LearnerWorksheet(assumptions("peakFactor", "5"),
                answers("peakReadQps", "2k /s")));

        assertThat(line(checks, "peakReadQps").magnitude()).isEqualTo(Magnitude.TOO_HIGH);
        assertThat(line(checks, "peakReadQps").arithmetic()).isEqualTo(Arithmetic.RIGHT);
    }

    @Test
    void aMissingAnswerCannotBeCheckedAndLaterLinesUseTheLearnersAssumptionsInstead() {
        List<LineCheck> checks = check(CASE_ASSUMPTIONS, answers("readQps", "400 /s"));

        LineCheck writeQps = line(checks, "writeQps");
        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.CANNOT_CHECK);
        assertThat(writeQps.magnitude()).isEqualTo(Magnitude.CANNOT_CHECK);
        assertThat(writeQps.expected()).isNotNull();
        assertThat(writeQps.message()).contains("no answer for this line yet").contains("/s");
        assertThat(line(checks, "readQps").arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(line(checks, "readQps").derivation()).startsWith("40 /s × 10");
    }

    @Test
    void anUnreadableAnswerCannotBeCheckedAndSaysWhatIsWrong() {
        LineCheck writeQps = line(check(CASE_ASSUMPTIONS, answers("writeQps", "quite a lot")), "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.CANNOT_CHECK);
        assertThat(writeQps.answer()).isNull();
        assertThat(writeQps.message()).contains("'quite a lot' is not a quantity").contains("does not start with a number");
    }

    @Test
    void anAnswerOfTheWrongKindCannotBeCheckedAndSaysWhichKindIsNeeded() {
        LineCheck writeQps = line(check(CASE_ASSUMPTIONS, answers("writeQps", "3 TB")), "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.CANNOT_CHECK);
        assertThat(writeQps.magnitude()).isEqualTo(Magnitude.CANNOT_CHECK);
        assertThat(writeQps.message()).contains("3 TB is a data size, but this line is a rate");
    }

    @Test
    void aBareNumberIsReadInTheUnitOfTheLineAndTheMessageSaysSo() {
        LineCheck writeQps = line(check(CASE_ASSUMPTIONS, answers("writeQps", "40")), "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(writeQps.answer()).isEqualTo(QuantityParser.parse("40 /s"));
        assertThat(writeQps.message()).contains("'40' is read as 40 /s");
    }

    @Test
    void aBareNumberAssumptionIsReadInTheUnitOfTheCasesAssumption() {
        LineCheck writeQps = line(check(assumptions("newLinksPerMonth", "100M"), answers("writeQps", "40 /s")),
                "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(writeQps.derivation()).startsWith("100M /month ÷");
    }

    @Test
    void aMissingAssumptionIsNamedAndOnlyTheLinesThatUseItCannotBeChecked() {
        Map<String, String> assumptions = assumptions();
        assumptions.remove("peakFactor");

        List<LineCheck> checks = check(assumptions, answers("readQps", "400 /s", "peakReadQps", "1.2k /s"));

        LineCheck peak = line(checks, "peakReadQps");
        assertThat(peak.arithmetic()).isEqualTo(Arithmetic.CANNOT_CHECK);
        assertThat(peak.magnitude()).isEqualTo(Magnitude.WITHIN);
        assertThat(peak.message()).contains("uses peakFactor").contains("not given a value");
        assertThat(line(checks, "readQps").arithmetic()).isEqualTo(Arithmetic.RIGHT);
    }

    @Test
    void anUnreadableAssumptionIsQuotedWithTheParsersAdvice() {
        LineCheck peak = line(check(assumptions("peakFactor", "lots"), answers("peakReadQps", "1.2k /s")),
                "peakReadQps");

        assertThat(peak.arithmetic()).isEqualTo(Arithmetic.CANNOT_CHECK);
        assertThat(peak.message()).contains("peakFactor ('lots') is not a quantity");
    }

    @Test
    void assumptionsInOtherUnitsAreConverted() {
        List<LineCheck> checks = check(assumptions("recordSize", "0.5 KB", "retentionYears", "60 months"),
                answers("totalLinks", "6G", "storage", "3 TB"));

        assertThat(line(checks, "totalLinks").arithmetic()).as(line(checks, "totalLinks").message())
                .isEqualTo(Arithmetic.RIGHT);
        assertThat(line(checks, "storage").arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(line(checks, "totalLinks").derivation())
                .isEqualTo("100M /month × 12 month/year × 60 months = 5.92G");
    }

    @Test
    void anEarlierSlipIsNotCountedAgainOnTheLinesBuiltOnIt() {
        List<LineCheck> checks = check(CASE_ASSUMPTIONS, answers("writeQps", "80 /s", "readQps", "800 /s"));

        assertThat(line(checks, "writeQps").arithmetic()).isEqualTo(Arithmetic.WRONG);
        assertThat(line(checks, "readQps").arithmetic()).isEqualTo(Arithmetic.RIGHT);
    }

    @Test
    void theRoundingToleranceAcceptsFifteenPercentAndNoMore() {
        assertThat(line(check(CASE_ASSUMPTIONS, answers("writeQps", "45 /s")), "writeQps").arithmetic())
                .isEqualTo(Arithmetic.RIGHT);
        assertThat(line(check(CASE_ASSUMPTIONS, answers("writeQps", "47 /s")), "writeQps").arithmetic())
                .isEqualTo(Arithmetic.WRONG);
    }

    @Test
    void answersInOtherUnitsOfTheSameKindAreCompared() {
        LineCheck writeQps = line(check(CASE_ASSUMPTIONS, answers("writeQps", "3.5M /day")), "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(writeQps.magnitude()).isEqualTo(Magnitude.WITHIN);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "''{1}'' on {0} is {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            writeQps | 400 /s    | TENFOLD | 10× slip
            writeQps | 4 /s      | TENFOLD | 10× slip
            writeQps | 40k /s    | TENFOLD | 1k× slip
            writeQps | 40 /day   | UNIT    | days and seconds
            writeQps | 2.4k /s   | UNIT    | minutes and seconds
            writeQps | 3 TB      | UNIT    | a data size, but this line is a rate
            storage  | 3 Tb      | UNIT    | bits and bytes
            writeQps | 41 /s     | NONE    |
            writeQps | 100 /s    | NONE    |
            writeQps | 40        | NONE    |
            """)
    void aUnitErrorOrAPowerOfTenSlipIsNamedAgainstTheLearnersOwnValues(String id, String typed, Slip slip,
            String note) {
        LineCheck check = line(check(CASE_ASSUMPTIONS, answers(id, typed)), id);

        assertThat(check.slip()).isEqualTo(slip);
        assertThat(check.slipNote()).contains(note == null ? "" : note);
        if (slip == Slip.NONE) {
            assertThat(check.slipNote()).isEmpty();
        }
    }

    @Test
    void aSlipIsJudgedAgainstTheLearnersOwnAssumptionsNotTheCases() {
        LineCheck writeQps = line(check(assumptions("newLinksPerMonth", "1B /month"), answers("writeQps", "400 /s")),
                "writeQps");

        assertThat(writeQps.arithmetic()).isEqualTo(Arithmetic.RIGHT);
        assertThat(writeQps.slip()).isEqualTo(Slip.NONE);
    }
}
