package org.designcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.designcoach.content.CaseStudy;
import org.designcoach.rules.Assessment;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import org.designcoach.session.SessionAnswers.TradeOffAnswer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every case's key points are reachable, and the judge orders answers as an interviewer would: for
 * each deep-dive topic and trade-off of every case, a model answer written in the test sources
 * (src/test/resources/written-answers) makes every key point of its topic and scores high, a thin
 * one-liner scores less, and a placeholder scores nothing. The scores go to
 * {@code docs/written-answer-judging.md}.
 */
class WrittenAnswerJudgingTest {

    static final Path REPORT = Path.of("docs", "written-answer-judging.md");
    private static final List<String> PARTS = List.of("part1", "part2", "part3", "part4");
    private static final Assessment NO_FINDINGS = new Assessment(List.of(), Map.of(), 100);
    private static final DeepDiveAnswer PLACEHOLDER_DIVE = new DeepDiveAnswer("component", "ok", List.of("tbd", "n/a"),
            "redis", "fast", "none", "ok");
    private static final TradeOffAnswer PLACEHOLDER_TRADE_OFF = new TradeOffAnswer("redis", "fast", "none", "ok");

    record Row(String caseId, String kind, String topic, int placeholder, int thin, int thorough, int made, int all) {
    }

    @Test
    void everyCasesKeyPointsAreReachableAndAnswersAreOrderedPlaceholderThinThorough() throws IOException {
        JsonNode answers = modelAnswers();
        var softly = new SoftAssertions();
        List<Row> rows = new ArrayList<>();
        for (CaseStudy study : SessionFixtures.LIBRARY.allCases().stream()
                .sorted(java.util.Comparator.comparing(CaseStudy::id)).toList()) {
            JsonNode written = answers.path(study.id());
            softly.assertThat(written.isMissingNode()).as("model answers for %s", study.id()).isFalse();
            var scorer = new SessionScorer(study, SessionFixtures.LIBRARY);
            requirements(study, scorer, written, softly);
            for (CaseStudy.DeepDive dive : study.deepDives()) {
                JsonNode model = written.path("deepDives").path(dive.id());
                softly.assertThat(model.isMissingNode()).as("a model deep dive for %s/%s", study.id(), dive.id())
                        .isFalse();
                if (!model.isMissingNode()) {
                    rows.add(deepDive(study, dive, scorer, model, softly));
                }
            }
            for (int i = 0; i < study.tradeoffs().size(); i++) {
                JsonNode model = written.path("tradeoffs").path(i);
                softly.assertThat(model.isMissingNode()).as("a model trade-off for %s #%d", study.id(), i).isFalse();
                if (!model.isMissingNode()) {
                    rows.add(tradeOff(study, study.tradeoffs().get(i), scorer, model, softly));
                }
            }
        }
        Files.writeString(REPORT, page(rows) + IndependentAnswers.section(IndependentAnswers.judged()),
                StandardCharsets.UTF_8);
        softly.assertAll();
    }

    @Test
    void answersWrittenWithoutSightOfTheKeyPointsScoreInTheOrderOfTheirLabels() {
        List<IndependentAnswers.Judged> judged = IndependentAnswers.judged();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
        // Only the order of the means is required: how often the judge's band agrees with the label, and
        // whether it finds the topic meant, is measured and shown in docs/written-answer-judging.md, not bent
        // to a figure.
        assertThat(List.of(IndependentAnswers.mean(judged, "weak"), IndependentAnswers.mean(judged, "adequate"),
                IndependentAnswers.mean(judged, "strong"))).isSortedAccordingTo(Double::compare)
                .doesNotHaveDuplicates();
    }

    private static void requirements(CaseStudy study, SessionScorer scorer, JsonNode written, SoftAssertions softly) {
        List<String> lines = strings(written.path("requirements"));
        AnswerVerdict verdict = scorer.requirements(SessionAnswers.empty().withRequirements(lines, List.of()))
                .verdicts().getFirst();
        softly.assertThat(verdict.missed()).as("key requirements of %s missed by its model list", study.id())
                .isEmpty();
    }

    private static Row deepDive(CaseStudy study, CaseStudy.DeepDive dive, SessionScorer scorer, JsonNode model,
            SoftAssertions softly) {
        List<String> f = strings(model.path("thorough"));
        var thorough = new DeepDiveAnswer(dive.id(), f.get(0), List.of(), f.get(1), f.get(2), f.get(3),
                String.join(" ", f.subList(4, f.size())));
        var thin = new DeepDiveAnswer(dive.id(), "", List.of(), model.path("thin").asString(), "", "", "");
        AnswerVerdict best = judge(scorer, thorough);
        int thinScore = judge(scorer, thin).score();
        int placeholder = judge(scorer, PLACEHOLDER_DIVE).score();
        String where = study.id() + " deep dive '" + dive.title() + "'";
        softly.assertThat(best.topic()).as("topic matched by the model answer of %s", where).isEqualTo(dive.title());
        softly.assertThat(best.missed()).as("key points the model answer of %s misses", where).isEmpty();
        softly.assertThat(best.score()).as("model answer of %s: %s", where, best.reasons()).isGreaterThanOrEqualTo(80);
        softly.assertThat(List.of(placeholder, thinScore, best.score())).as("placeholder < thin < thorough for %s",
                where).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        return new Row(study.id(), "deep dive", dive.title(), placeholder, thinScore, best.score(),
                best.made().size(), dive.keyPoints().size());
    }

    private static Row tradeOff(CaseStudy study, CaseStudy.TradeOff tradeOff, SessionScorer scorer, JsonNode model,
            SoftAssertions softly) {
        List<String> f = strings(model.path("thorough"));
        List<String> t = strings(model.path("thin"));
        AnswerVerdict best = judge(scorer, new TradeOffAnswer(f.get(0), f.get(1), f.get(2), f.get(3)));
        int thinScore = judge(scorer, new TradeOffAnswer(t.get(0), t.get(1), t.get(2), t.get(3))).score();
        int placeholder = judge(scorer, PLACEHOLDER_TRADE_OFF).score();
        String where = study.id() + " trade-off '" + tradeOff.decision() + "'";
        softly.assertThat(best.topic()).as("topic matched by the model answer of %s", where)
                .isEqualTo(tradeOff.decision());
        softly.assertThat(best.missed()).as("key points the model answer of %s misses", where).isEmpty();
        softly.assertThat(best.score()).as("model answer of %s: %s", where, best.reasons()).isGreaterThanOrEqualTo(80);
        softly.assertThat(List.of(placeholder, thinScore, best.score())).as("placeholder < thin < thorough for %s",
                where).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        return new Row(study.id(), "trade-off", tradeOff.decision(), placeholder, thinScore, best.score(),
                best.made().size(), tradeOff.keyPoints().size());
    }

    private static AnswerVerdict judge(SessionScorer scorer, DeepDiveAnswer dive) {
        return scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(dive))).verdicts().getFirst();
    }

    private static AnswerVerdict judge(SessionScorer scorer, TradeOffAnswer tradeOff) {
        return scorer.tradeoffs(SessionAnswers.empty().withTradeoffs(List.of(tradeOff), Map.of()), NO_FINDINGS)
                .verdicts().getFirst();
    }

    private static String page(List<Row> rows) {
        var page = new StringBuilder("""
                # How written answers are judged

                <!-- Generated by WrittenAnswerJudgingTest; edits here are overwritten. -->

                Deep dives (stage 4) and trade-offs (stage 5) are scored on what they say, not on how many boxes
                are filled: each topic of a case carries key points (terms with their synonyms, and the concept
                page that explains them, in `content/cases/*.yaml`); an answer earns 70 points for the share of
                the key points of its closest topic that it makes, and 10 each for naming a technology, giving a
                figure with its unit, and naming a failure case (for a trade-off: the price paid). A deep dive of
                fewer than 20 meaningful words (a trade-off: 12) earns that share of its score; one whose every
                field is a word or
                a placeholder ("ok", "none", "n/a", "tbd", "redis / fast / none / ok") scores 0 and says why.

                This page is written by `WrittenAnswerJudgingTest` each time it runs. For every topic of every
                case it judges three answers written in the test sources (`src/test/resources/written-answers`):
                a placeholder, a thin one-liner and a thorough answer. The test fails unless the thorough answer
                makes every key point of its topic (so every key point is reachable) and scores at least 80, and
                unless placeholder < thin < thorough. Run it with
                `./mvnw test -Dtest=WrittenAnswerJudgingTest` and commit the page.

                | case | answer to | topic | placeholder | thin | thorough | key points made |
                |---|---|---|---:|---:|---:|---:|
                """);
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (Row row : rows) {
            page.append("| ").append(row.caseId()).append(" | ").append(row.kind()).append(" | ").append(row.topic())
                    .append(" | ").append(row.placeholder()).append(" | ").append(row.thin()).append(" | ")
                    .append(row.thorough()).append(" | ").append(row.made()).append(" of ").append(row.all())
                    .append(" |\n");
            int[] total = totals.computeIfAbsent(row.kind(), k -> new int[4]);
            total[0]++;
            total[1] += row.placeholder();
            total[2] += row.thin();
            total[3] += row.thorough();
        }
        page.append("\nAverages:\n\n| answer to | answers | placeholder | thin | thorough |\n|---|---:|---:|---:|---:|\n");
        totals.forEach((kind, t) -> page.append("| ").append(kind).append(" | ").append(t[0]).append(" | ")
                .append(t[1] / t[0]).append(" | ").append(t[2] / t[0]).append(" | ").append(t[3] / t[0])
                .append(" |\n"));
        return page.toString();
    }

    private static JsonNode modelAnswers() throws IOException {
        var mapper = YAMLMapper.builder().build();
        var all = mapper.createObjectNode();
        for (String part : PARTS) {
            try (InputStream in = WrittenAnswerJudgingTest.class.getResourceAsStream("/written-answers/" + part
                    + ".yaml")) {
                assertThat(in).as("written-answers/%s.yaml", part).isNotNull();
                mapper.readTree(in).properties().forEach(e -> all.set(e.getKey(), e.getValue()));
            }
        }
        return all;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asString()));
        return out;
    }
}
