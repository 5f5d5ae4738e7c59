package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.designcoach.content.CaseStudy;
import org.junit.jupiter.api.Test;

class EstimationGradingTest {

    private final CaseStudy study = SessionFixtures.urlShortener();

    private static final Map<String, String> ASSUMPTIONS = Map.of("newLinksPerMonth", "100M /month",
            "readsPerWrite", "10", "peakFactor", "3", "recordSize", "500 B", "retentionYears", "5", "codeLength", "7");

    private static final Map<String, String> REFERENCE_ANSWERS = Map.of("writeQps", "40 /s", "readQps", "400 /s",
            "peakReadQps", "1.2k /s", "totalLinks", "6G", "storage", "3 TB", "bandwidth", "200 KB/s",
            "codeSpace", "3.5T");

    private static SessionAnswers worksheet(Map<String, String> estimates) {
        return SessionAnswers.empty().withWorksheet(ASSUMPTIONS, estimates);
    }

    @Test
    void aBarePeakIsReadInTheLinesUnit() {
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("peakReadQps", "1200")))).contains(1200.0);
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("peakReadQps", "2.5k")))).contains(2500.0);
    }

    @Test
    void aPeakWithItsOwnUnitIsConvertedToRequestsPerSecond() {
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("peakReadQps", "360k /min"))))
                .hasValueSatisfying(qps -> assertThat(qps).isCloseTo(6000.0, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void aPeakThatIsNotARateOrNotAQuantityLeavesTheCasesFigure() {
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("peakReadQps", "3 TB")))).isEmpty();
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("peakReadQps", "lots")))).isEmpty();
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of()))).isEmpty();
    }

    @Test
    void theReferenceWorksheetScoresFullMarks() {
        EstimationGrading.Graded graded = EstimationGrading.grade(study, worksheet(REFERENCE_ANSWERS));

        assertThat(graded.score()).as(graded.missed().toString()).isEqualTo(100);
        assertThat(graded.accuracy()).isEqualTo(100);
        assertThat(graded.missed()).isEmpty();
    }

    @Test
    void anEmptyWorksheetScoresNothingAndNamesEveryLine() {
        EstimationGrading.Graded graded = EstimationGrading.grade(study, worksheet(Map.of()));

        assertThat(graded.score()).isZero();
        assertThat(graded.missed()).hasSize(study.estimate().results().size());
    }

    @Test
    void rightArithmeticFromAWrongAssumptionEarnsHalfTheLine() {
        // Ten times the links: every rate is right for the learner's assumption, but ten times too high.
        Map<String, String> assumptions = new java.util.HashMap<>(ASSUMPTIONS);
        assumptions.put("newLinksPerMonth", "1G /month");
        SessionAnswers answers = SessionAnswers.empty().withWorksheet(assumptions, Map.of("writeQps", "400 /s"));

        EstimationGrading.Graded graded = EstimationGrading.grade(study, answers);

        EstimationGrading.Line writes = graded.lines().stream().filter(l -> l.id().equals("writeQps")).findFirst()
                .orElseThrow();
        assertThat(writes.verdict()).isEqualTo("Arithmetic right; too high against the reference.");
        int lines = study.estimate().results().size();
        assertThat(graded.score()).isEqualTo((int) Math.round(100 * 0.5 / lines));
        assertThat(graded.accuracy()).isZero();
    }

    @Test
    void aWrongButCloseAnswerEarnsTheMagnitudeHalf() {
        SessionAnswers answers = worksheet(Map.of("writeQps", "60 /s"));

        EstimationGrading.Line writes = EstimationGrading.grade(study, answers).lines().stream()
                .filter(l -> l.id().equals("writeQps")).findFirst().orElseThrow();

        assertThat(writes.verdict()).isEqualTo("Arithmetic off; order of magnitude right.");
        assertThat(List.of(writes.explanation())).anySatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void aCaseMayNarrowTheFactorThatCountsAsTheRightOrderOfMagnitude() {
        CaseStudy.Estimate estimate = study.estimate();
        CaseStudy strict = SessionFixtures.copyWith(study, "estimate", new CaseStudy.Estimate(estimate.assumptions(),
                estimate.results(), estimate.conclusion(), new CaseStudy.Tolerance(1.2, null)));
        SessionAnswers answers = worksheet(Map.of("writeQps", "60 /s"));

        assertThat(verdictOf(study, answers, "writeQps")).endsWith("order of magnitude right.");
        assertThat(verdictOf(strict, answers, "writeQps")).endsWith("too high against the reference.");
        assertThat(EstimationGrading.tolerances(strict).relative()).isEqualTo(0.15);
    }

    private static String verdictOf(CaseStudy study, SessionAnswers answers, String line) {
        return EstimationGrading.grade(study, answers).lines().stream().filter(l -> l.id().equals(line)).findFirst()
                .orElseThrow().verdict();
    }

    @Test
    void aCaseWithoutAPeakLineTakesTheLargerOfTheLearnersReadAndWriteRates() {
        CaseStudy.Estimate estimate = study.estimate();
        CaseStudy noPeak = SessionFixtures.copyWith(study, "estimate", new CaseStudy.Estimate(estimate.assumptions(),
                estimate.results().stream().filter(line -> !"peak-qps".equals(line.kind())).toList(),
                estimate.conclusion(), null));

        assertThat(EstimationGrading.peakQps(noPeak, worksheet(Map.of("writeQps", "40", "readQps", "400 /s"))))
                .contains(400.0);
        assertThat(EstimationGrading.peakQps(noPeak, worksheet(Map.of("writeQps", "40")))).contains(40.0);
        assertThat(EstimationGrading.peakQps(noPeak, worksheet(Map.of()))).isEmpty();
        assertThat(EstimationGrading.peakQps(study, worksheet(Map.of("readQps", "400 /s"))))
                .as("a case with a peak line waits for the learner's peak").isEmpty();
    }

    @Test
    void theReadShareReadsBareRatesInTheirLinesUnitToo() {
        assertThat(EstimationGrading.readFraction(study, worksheet(Map.of("writeQps", "40", "readQps", "400"))))
                .hasValueSatisfying(share -> assertThat(share).isCloseTo(400.0 / 440,
                        org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void theScratchCalculatorReadsABareAssumptionInItsFieldsUnit() {
        SessionAnswers answers = SessionAnswers.empty().withWorksheet(Map.of("newLinksPerMonth", "100M",
                "recordSize", "500", "retentionYears", "5"), Map.of());

        assertThat(EstimationGrading.calculate(study, "newLinksPerMonth / (2.5M s/month)", answers)).isEqualTo("= 40 /s");
        assertThat(EstimationGrading.calculate(study, "newLinksPerMonth * 12 month/year * retentionYears year * recordSize",
                answers)).isEqualTo("= 3 TB");
    }

    @Test
    void aSlipMarksItsLineWrongAndIsNamedInWhatTheStageMissed() {
        Map<String, String> answers = new java.util.HashMap<>(REFERENCE_ANSWERS);
        answers.put("storage", "30 TB");
        EstimationGrading.Graded graded = EstimationGrading.grade(study, worksheet(answers));

        assertThat(graded.lines()).filteredOn(EstimationGrading.Line::wrong).extracting(EstimationGrading.Line::id)
                .containsExactly("storage");
        assertThat(graded.lines()).filteredOn(line -> line.id().equals("storage")).singleElement()
                .satisfies(line -> assertThat(line.slip()).startsWith("10× slip"));
        assertThat(graded.missed()).singleElement().satisfies(line -> assertThat(line).startsWith(
                "Storage after five years: 10× slip"));
    }
}
