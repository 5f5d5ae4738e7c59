package org.designcoach.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever is typed, the engine answers with a value or a QuantityException, never anything else. */
class RandomInputTest {

    private static final List<String> PIECES = List.of("0", "1", "2", "9", "40", "1,200", "1_000", ".5", "2.5", "e",
            "E", "e5", "-", "+", "*", "/", "^", "(", ")", " ", " ", "  ", ".", ",", "_", "%", "x", "×", "÷", "−", "k",
            "K", "M", "G", "T", "B", "b", "KB", "kb", "Mbps", "s", "ms", "min", "h", "day", "month", "year", "/s",
            "QPS", "per", "second", "requests", "billion", "thousand", "1e308", "1e400", "e-400", "parsecs", "writeQps",
            "peakFactor", "unknown", "\t", "\n", "#", "'", "é", "∞", "NaN", "Infinity", "0x1F", "1/0", "s/month");

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(10) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                    : PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    @Test
    void tenThousandRandomValuesParseOrFailWithAMessage() {
        Random random = new Random(20_260_301L);
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = randomText(random, 6);
            try {
                Quantity quantity = QuantityParser.parse(text);
                assertThat(Double.isFinite(quantity.value())).isTrue();
                assertThat(quantity.value()).as(text).isNotNegative();
                assertThat(quantity.format()).isNotBlank();
                parsed++;
            } catch (QuantityException expected) {
                assertThat(expected.getMessage()).as(text).isNotBlank();
            } catch (RuntimeException | StackOverflowError other) {
                fail("'" + text + "' threw " + other, other);
            }
        }
        assertThat(parsed).as("some random values are quantities").isPositive();
    }

    @Test
    void tenThousandRandomExpressionsEvaluateOrFailWithAMessage() {
        Random random = new Random(20_260_302L);
        Map<String, Quantity> variables = Map.of("writeQps", QuantityParser.parse("40 /s"),
                "peakFactor", Quantity.number(3));
        int evaluated = 0;
        for (int i = 0; i < 10_000; i++) {
            String expression = randomText(random, 14);
            try {
                Quantity result = Calculator.evaluate(expression, variables);
                assertThat(Double.isFinite(result.value())).isTrue();
                evaluated++;
            } catch (QuantityException expected) {
                assertThat(expected.getMessage()).as(expression).isNotBlank();
            } catch (RuntimeException | StackOverflowError other) {
                fail("'" + expression + "' threw " + other, other);
            }
        }
        assertThat(evaluated).as("some random expressions are sound").isPositive();
    }

    @Test
    void aThousandRandomWorksheetsAreCheckedWithoutError() {
        Random random = new Random(20_260_303L);
        WorksheetChecker checker = new WorksheetChecker();
        ReferenceEstimate reference = WorksheetCheckerTest.URL_SHORTENER;
        for (int i = 0; i < 1_000; i++) {
            Map<String, String> assumptions = new HashMap<>();
            reference.assumptions().forEach((id, value) -> {
                if (random.nextInt(4) > 0) {
                    assumptions.put(id, random.nextBoolean() ? value : randomText(random, 4));
                }
            });
            Map<String, String> answers = new HashMap<>();
            reference.lines().forEach(line -> {
                if (random.nextInt(4) > 0) {
                    answers.put(line.id(), random.nextBoolean() ? line.value() : randomText(random, 4));
                }
            });

            List<LineCheck> checks = checker.check(reference, new LearnerWorksheet(assumptions, answers));

            assertThat(checks).hasSize(reference.lines().size()).allSatisfy(check -> {
                assertThat(check.message()).isNotBlank();
                assertThat(check.derivation()).isNotBlank();
            });
        }
    }
}
