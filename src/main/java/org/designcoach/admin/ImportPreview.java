package org.designcoach.admin;

import java.util.List;

/**
 * What an import would do, checked against the file and the database but changing nothing. The file's
 * bytes are kept so that the import reads and checks exactly the file that was previewed, again.
 */
public record ImportPreview(String fileName, byte[] content, List<ImportProblem> fileProblems,
        List<PeopleCsv.Row> rows) {

    List<PeopleCsv.Row> goodRows() {
        return rows.stream().filter(PeopleCsv.Row::isGood).toList();
    }

    List<PeopleCsv.Row> badRows() {
        return rows.stream().filter(row -> !row.isGood()).toList();
    }

    /** Every problem, the file's first, then each row's in the order of the file. */
    List<ImportProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(),
                rows.stream().flatMap(row -> row.problems().stream())).toList();
    }
}
