package org.designcoach.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentLibrary;

/**
 * The interviewer measured on the paraphrase corpus (src/test/resources/interviewer/paraphrases.csv):
 * every line is read by the interviewer of its case and judged against what the candidate meant.
 */
final class InterviewerAccuracy {

    static final String CORPUS = "interviewer/paraphrases.csv";

    /** One line of the corpus: a case, the question id meant (or none) and its category, the words typed. */
    record Line(int number, String caseId, @org.jspecify.annotations.Nullable String expected, String category,
            String typed) {

        boolean answerable() {
            return expected != null;
        }
    }

    /** How one line was read. */
    record Outcome(Line line, Interviewer.Reading reading, Optional<CaseStudy.Question> answer) {

        boolean correct() {
            return line.answerable() && answer.isPresent() && answer.get().id().equals(line.expected());
        }

        boolean wrongCategory() {
            return answer.isPresent() && !answer.get().category().equals(line.category());
        }

        boolean miss() {
            return line.answerable() ? !correct() : answer.isPresent();
        }
    }

    record Figures(int answerable, int unanswerable, int answered, int correct, int wrongCategory,
            int refusedUnanswerable) {

        double precision() {
            return answered == 0 ? 1 : correct / (double) answered;
        }

        double recall() {
            return answerable == 0 ? 1 : correct / (double) answerable;
        }
    }

    private InterviewerAccuracy() {
    }

    static List<Line> corpus(ContentLibrary library) {
        List<Line> lines = new ArrayList<>();
        String[] rows = resource(CORPUS).split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("case,")) {
                continue;
            }
            lines.add(parse(i + 1, row, library));
        }
        return lines;
    }

    private static Line parse(int number, String row, ContentLibrary library) {
        String[] parts = row.split(",", 3);
        if (parts.length != 3 || !parts[2].startsWith("\"") || !parts[2].endsWith("\"")) {
            throw new IllegalStateException(CORPUS + " line " + number + ": expected case,id,\"question\"");
        }
        CaseStudy study = library.caseStudy(parts[0]).orElseThrow(
                () -> new IllegalStateException(CORPUS + " line " + number + ": no case " + parts[0]));
        String typed = parts[2].substring(1, parts[2].length() - 1);
        if (parts[1].startsWith("none:")) {
            return new Line(number, study.id(), null, parts[1].substring("none:".length()), typed);
        }
        CaseStudy.Question question = study.questions().stream().filter(q -> q.id().equals(parts[1])).findFirst()
                .orElseThrow(() -> new IllegalStateException(CORPUS + " line " + number + ": no question "
                        + parts[1] + " in " + study.id()));
        return new Line(number, study.id(), question.id(), question.category(), typed);
    }

    static List<Outcome> run(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary,
            double threshold) {
        return run(library, lines, vocabulary, threshold, Interviewer.Tuning.CALIBRATED);
    }

    static List<Outcome> run(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary,
            double threshold, Interviewer.Tuning tuning) {
        Map<String, Interviewer> interviewers = new LinkedHashMap<>();
        return lines.stream().map(line -> {
            Interviewer interviewer = interviewers.computeIfAbsent(line.caseId(),
                    id -> new Interviewer(library.caseStudy(id).orElseThrow().questions(), vocabulary, tuning));
            Interviewer.Reading reading = interviewer.read(line.typed());
            Optional<CaseStudy.Question> answer = reading.confidence() >= threshold ? reading.closest()
                    : Optional.empty();
            return new Outcome(line, reading, answer);
        }).toList();
    }

    static Figures figures(List<Outcome> outcomes) {
        int answerable = (int) outcomes.stream().filter(o -> o.line().answerable()).count();
        int answered = (int) outcomes.stream().filter(o -> o.answer().isPresent()).count();
        int correct = (int) outcomes.stream().filter(Outcome::correct).count();
        int wrongCategory = (int) outcomes.stream().filter(Outcome::wrongCategory).count();
        int refused = (int) outcomes.stream().filter(o -> !o.line().answerable() && o.answer().isEmpty()).count();
        return new Figures(answerable, outcomes.size() - answerable, answered, correct, wrongCategory, refused);
    }

    static String report(List<Outcome> outcomes, Map<Double, Figures> sweep) {
        Figures all = figures(outcomes);
        var text = new StringBuilder();
        text.append("# How well the interviewer understands questions\n\n")
                .append("Written by `InterviewerAccuracyTest` from the paraphrase corpus `src/test/resources/")
                .append(CORPUS).append("`; do not edit by hand.\n\n")
                .append("Each line of the corpus is a question as a candidate might type it, with the case question it means, ")
                .append("or none when the case does not answer it (the interviewer should then leave it to the candidate). ")
                .append("Precision is the share of answers given that were the right one; recall the share of answerable ")
                .append("questions answered rightly. A wrong-category answer is one from a case question of another ")
                .append("category than the one asked about.\n\n")
                .append("| figure | value |\n|---|---|\n")
                .append("| threshold | ").append(Interviewer.THRESHOLD).append(" |\n")
                .append("| lines | ").append(outcomes.size()).append(" |\n")
                .append("| answerable / not answerable | ").append(all.answerable()).append(" / ")
                .append(all.unanswerable()).append(" |\n")
                .append("| answers given | ").append(all.answered()).append(" |\n")
                .append("| right answers | ").append(all.correct()).append(" |\n")
                .append("| **precision** | **").append(percent(all.precision())).append("** |\n")
                .append("| **recall** | **").append(percent(all.recall())).append("** |\n")
                .append("| not-answerable questions left to the candidate | ").append(all.refusedUnanswerable())
                .append(" of ").append(all.unanswerable()).append(" |\n")
                .append("| wrong-category answers | ").append(all.wrongCategory()).append(" |\n\n");
        text.append("## Per case\n\n| case | lines | answerable | right | precision | recall | not answerable left open "
                + "| wrong category |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Outcome>> byCase = new TreeMap<>();
        outcomes.forEach(o -> byCase.computeIfAbsent(o.line().caseId(), id -> new ArrayList<>()).add(o));
        byCase.forEach((id, list) -> {
            Figures f = figures(list);
            text.append("| ").append(id).append(" | ").append(list.size()).append(" | ").append(f.answerable())
                    .append(" | ").append(f.correct()).append(" | ").append(percent(f.precision())).append(" | ")
                    .append(percent(f.recall())).append(" | ").append(f.refusedUnanswerable()).append(" of ")
                    .append(f.unanswerable()).append(" | ").append(f.wrongCategory()).append(" |\n");
        });
        text.append("\n## Calibration of the threshold\n\nThe same corpus read at other thresholds.\n\n"
                + "| threshold | precision | recall | wrong category |\n|---|---|---|---|\n");
        sweep.forEach((threshold, f) -> text.append("| ").append(String.format(Locale.ROOT, "%.2f", threshold))
                .append(" | ").append(percent(f.precision())).append(" | ").append(percent(f.recall())).append(" | ")
                .append(f.wrongCategory()).append(" |\n"));
        text.append("\n## Every miss\n\n");
        List<Outcome> misses = outcomes.stream().filter(Outcome::miss).toList();
        if (misses.isEmpty()) {
            text.append("None.\n");
        } else {
            text.append("| line | case | typed | meant | answered | confidence |\n|---|---|---|---|---|---|\n");
            misses.forEach(o -> text.append("| ").append(o.line().number()).append(" | ").append(o.line().caseId())
                    .append(" | ").append(o.line().typed().replace("|", "\\|")).append(" | ")
                    .append(o.line().answerable() ? o.line().expected() : "none (" + o.line().category() + ")")
                    .append(" | ").append(o.answer().map(q -> q.id() + " (" + q.category() + ")")
                            .orElse("left to the candidate" + o.reading().closest().map(q -> ", closest " + q.id())
                                    .orElse("")))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", o.reading().confidence())).append(" |\n"));
        }
        return text.toString();
    }

    static Map<Double, Figures> sweep(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary) {
        Map<Double, Figures> sweep = new TreeMap<>();
        for (int step = 30; step <= 70; step += 5) {
            double threshold = step / 100.0;
            sweep.put(threshold, figures(run(library, lines, vocabulary, threshold)));
        }
        return sweep;
    }

    private static void grid(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary) {
        List<String> results = new ArrayList<>();
        for (double asked : new double[] {0.7, 0.8, 0.9}) {
            for (double keywords : new double[] {1.0}) {
                for (double category : new double[] {0.5, 1.0}) {
                    for (double answer : new double[] {0.2, 0.4}) {
                        for (double unknown : new double[] {0.4, 0.7}) {
                            var tuning = new Interviewer.Tuning(asked, keywords, category, answer, unknown, 1.5);
                            List<Outcome> base = run(library, lines, vocabulary, 0, tuning);
                            for (int step = 20; step <= 70; step += 2) {
                                double threshold = step / 100.0;
                                List<Outcome> at = base.stream().map(o -> new Outcome(o.line(), o.reading(),
                                        o.reading().confidence() >= threshold ? o.reading().closest()
                                                : Optional.<CaseStudy.Question>empty())).toList();
                                Figures f = figures(at);
                                results.add(String.format(Locale.ROOT, "%03d %.3f %.3f wrongcat=%d t=%.2f %s",
                                        f.wrongCategory(), Math.min(f.precision(), f.recall()), f.precision(),
                                        f.wrongCategory(), threshold, tuning));
                            }
                        }
                    }
                }
            }
        }
        results.stream().sorted((a, b) -> b.substring(4, 9).compareTo(a.substring(4, 9))).limit(25)
                .forEach(System.out::println);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String resource(String path) {
        try (InputStream in = InterviewerAccuracy.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For calibrating by hand: prints the report of the corpus as it now reads, or with "grid" a search. */
    public static void main(String[] args) {
        ContentLibrary library = SessionFixtures.LIBRARY;
        InterviewerVocabulary vocabulary = InterviewerVocabulary.packaged();
        List<Line> lines = corpus(library);
        if (args.length > 0) {
            grid(library, lines, vocabulary);
            return;
        }
        System.out.println(report(run(library, lines, vocabulary, Interviewer.THRESHOLD), sweep(library, lines,
                vocabulary)));
    }
}
