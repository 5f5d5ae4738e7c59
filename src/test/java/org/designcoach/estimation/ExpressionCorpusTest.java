package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Estimates as people write them, from seeds 003 and 004, common interview guides and issue 14, each with
 * the value and unit it must give: in the scratch calculator, or typed into a worksheet field whose unit
 * the case knows. The corpus lives in {@code estimation/expressions.csv} so that adding a line needs no Java.
 */
class ExpressionCorpusTest {

    private static final String CORPUS = "/estimation/expressions.csv";

    @ParameterizedTest(name = "[{4}] ''{0}'' {1} is {2} {3}")
    @CsvFileSource(resources = CORPUS, delimiter = '|', numLinesToSkip = 1, emptyValue = "")
    void everyExpressionInTheCorpusGivesItsValueAndUnit(String expression, String field, double value, String unit,
            String source) {
        Quantity quantity = field == null || field.isEmpty()
                ? Calculator.evaluate(expression, Map.of())
                : WorksheetChecker.readAnswer(expression, field);

        assertThat(quantity.in(unit == null ? "" : unit)).as(quantity.format())
                .isCloseTo(value, within(Math.abs(value) * 1e-9));
    }

    @Test
    void theCorpusHoldsAtLeastOneHundredExpressions() throws IOException {
        try (InputStream corpus = getClass().getResourceAsStream(CORPUS)) {
            assertThat(corpus).isNotNull();
            long lines = new String(corpus.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count() - 1;
            assertThat(lines).isGreaterThanOrEqualTo(100);
        }
    }
}
