package org.designcoach.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.designcoach.content.CaseStudy;
import org.designcoach.session.SessionAnswers.DeepDiveAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Deep dives written without sight of the key points (src/test/resources/written-answers/independent.yaml),
 * each labelled strong, adequate or weak before the judge ran, and how the judge scores them.
 */
final class IndependentAnswers {

    static final String FILE = "/written-answers/independent.yaml";
    static final List<String> LABELS = List.of("strong", "adequate", "weak");

    /** One answer as written and labelled. */
    record Answer(String caseId, String topic, String label, DeepDiveAnswer dive) {

        @Override
        public String toString() {
            return caseId + " / " + topic + " (" + label + ")";
        }
    }

    record Judged(Answer answer, AnswerVerdict verdict) {

        /** The label the score earns: strong from 70, adequate from 40, weak below. */
        String band() {
            return verdict.score() >= 70 ? "strong" : verdict.score() >= 40 ? "adequate" : "weak";
        }

        boolean agrees() {
            return band().equals(answer.label());
        }

        boolean topicFound() {
            return answer.topic().equals(verdict.topic());
        }
    }

    private IndependentAnswers() {
    }

    static List<Answer> answers() {
        try (InputStream in = IndependentAnswers.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test classpath");
            }
            List<Answer> answers = new ArrayList<>();
            for (JsonNode node : YAMLMapper.builder().build().readTree(in)) {
                String label = node.path("label").asString();
                if (!LABELS.contains(label)) {
                    throw new IllegalStateException(FILE + ": label \"" + label + "\" is none of " + LABELS);
                }
                List<String> options = new ArrayList<>();
                node.path("options").forEach(option -> options.add(option.asString()));
                answers.add(new Answer(node.path("case").asString(), node.path("topic").asString(), label,
                        new DeepDiveAnswer("", node.path("challenge").asString(), options,
                                node.path("decision").asString(), node.path("why").asString(),
                                node.path("implementation").asString(), node.path("edge cases").asString())));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Judged> judged() {
        return answers().stream().map(answer -> {
            CaseStudy study = SessionFixtures.LIBRARY.caseStudy(answer.caseId()).orElseThrow(
                    () -> new IllegalStateException(FILE + ": no case " + answer.caseId()));
            var scorer = new SessionScorer(study, SessionFixtures.LIBRARY);
            AnswerVerdict verdict = scorer.deepDive(SessionAnswers.empty().withDeepDives(List.of(answer.dive())))
                    .verdicts().getFirst();
            return new Judged(answer, verdict);
        }).toList();
    }

    static double mean(List<Judged> judged, String label) {
        return judged.stream().filter(j -> j.answer().label().equals(label)).mapToInt(j -> j.verdict().score())
                .average().orElse(0);
    }

    static String section(List<Judged> judged) {
        var text = new StringBuilder("""

                ## Answers written without sight of the key points

                The answers above were written by the engineer who wrote the key points, so they show that every
                key point can be reached, not that the judge recognises how other people put things. The answers
                below (`src/test/resources/written-answers/independent.yaml`) were written by a second engineer
                from general system-design knowledge, seeing only each topic's title, and labelled strong,
                adequate or weak before the judge ran. The judge's band is strong from 70 points, adequate from
                40, weak below; the answers are not adjusted to the judge. Thirty answers by one writer over ten
                topics are a small sample: read the figures as a first look, not a calibration.

                | label | answers | mean score | lowest | highest | band agrees with label |
                |---|---:|---:|---:|---:|---:|
                """);
        for (String label : LABELS) {
            List<Judged> of = judged.stream().filter(j -> j.answer().label().equals(label)).toList();
            text.append("| ").append(label).append(" | ").append(of.size()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", mean(judged, label))).append(" | ")
                    .append(of.stream().mapToInt(j -> j.verdict().score()).min().orElse(0)).append(" | ")
                    .append(of.stream().mapToInt(j -> j.verdict().score()).max().orElse(0)).append(" | ")
                    .append(of.stream().filter(Judged::agrees).count()).append(" of ").append(of.size()).append(" |\n");
        }
        long agree = judged.stream().filter(Judged::agrees).count();
        text.append("\nThe judge's band agrees with the label for ").append(agree).append(" of ").append(judged.size())
                .append(" answers; it took ").append(judged.stream().filter(j -> !j.topicFound()).count())
                .append(" for another topic of the case, or for none, than the one they answer. A band in bold "
                        + "disagrees with the label.\n\n"
                        + "| case | topic | label | score | band | judged as the topic | key points made | missed |\n"
                        + "|---|---|---|---:|---|---|---|---|\n");
        for (Judged j : judged) {
            text.append("| ").append(j.answer().caseId()).append(" | ").append(j.answer().topic()).append(" | ")
                    .append(j.answer().label()).append(" | ").append(j.verdict().score()).append(" | ")
                    .append(j.agrees() ? j.band() : "**" + j.band() + "**").append(" | ")
                    .append(j.topicFound() ? "yes" : "**no: " + (j.verdict().topic() == null ? "none"
                            : j.verdict().topic()) + "**").append(" | ")
                    .append(points(j.verdict().made())).append(" | ").append(points(j.verdict().missed()))
                    .append(" |\n");
        }
        return text.toString();
    }

    private static String points(List<AnswerVerdict.Point> points) {
        return points.isEmpty() ? "–" : String.join("; ", points.stream().map(AnswerVerdict.Point::text).toList());
    }
}
