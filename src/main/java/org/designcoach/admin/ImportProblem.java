package org.designcoach.admin;

/**
 * One thing to fix in a people file: the line it is on (0 for the file as a whole), the column
 * ({@code file} when it is not one column's), and what to do, in words for the admin.
 */
record ImportProblem(int line, String field, String message) {

    /** "Line 4, email: …", as the preview lists it. */
    String describe() {
        String where = line == 0 ? "" : "Line " + line + (PeopleCsv.FILE.equals(field) ? ": " : ", " + field + ": ");
        return where + message;
    }
}
