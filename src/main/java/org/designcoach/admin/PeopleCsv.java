package org.designcoach.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.designcoach.security.Role;
import org.designcoach.security.Usernames;
import org.jspecify.annotations.Nullable;

/**
 * Reads a people file: a header line naming the columns, then one person a line. Everything that can
 * be judged from the file alone is judged here (the database's part, taken usernames and unknown
 * cohorts, is the import service's): each problem names its line and its column and says what to fix.
 * Plain Java, no Spring or Vaadin.
 */
final class PeopleCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_COHORT = 80;

    static final String USERNAME = "username";
    static final String EMAIL = "email";
    static final String DISPLAY_NAME = "display_name";
    static final String ROLE = "role";
    static final String COHORT = "cohort";
    static final List<String> COLUMNS = List.of(USERNAME, EMAIL, DISPLAY_NAME, ROLE, COHORT);
    static final List<String> REQUIRED = List.of(USERNAME, ROLE);

    /** Where the problems of the whole file are filed: no line, no column. */
    static final String FILE = "file";

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private PeopleCsv() {
    }

    /** One person of the file, as typed (trimmed), with the problems found in it. */
    record Row(int line, String username, String email, String displayName, String role, String cohort,
            List<ImportProblem> problems) {

        boolean isGood() {
            return problems.isEmpty();
        }

        /** The role, for a good row. */
        @Nullable Role parsedRole() {
            return roleOf(role);
        }
    }

    /** The rows, or the problems that stop the file being read at all. */
    record Parsed(List<ImportProblem> fileProblems, List<Row> rows) {
    }

    static Parsed read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return refused("The file has " + content.length / 1024 + " KB; at most " + MAX_BYTES / 1024
                    + " KB are read. Split it into several files.");
        }
        String text;
        try {
            text = utf8(content);
        } catch (MalformedInputException e) {
            return refused("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in Excel: Save as, CSV UTF-8) "
                    + "and upload it again.");
        } catch (CharacterCodingException e) {
            return refused("The file is not UTF-8 text: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return refused("The file is empty. The first line names the columns: " + String.join(",", COLUMNS) + ".");
        }
        return parse(text);
    }

    private static Parsed parse(String text) {
        LineNumbers lines = new LineNumbers(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            CSVRecord header = records.next();
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<ImportProblem> headerProblems = header(header, lines.of(header), columns);
            if (!headerProblems.isEmpty()) {
                return new Parsed(headerProblems, List.of());
            }
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> firstLineOf = new HashMap<>();
            while (records.hasNext()) {
                if (rows.size() == MAX_ROWS) {
                    return refused("The file has more than " + MAX_ROWS + " people. Split it into several files.");
                }
                CSVRecord record = records.next();
                rows.add(row(record, lines.of(record), header.size(), columns, firstLineOf));
            }
            if (rows.isEmpty()) {
                return refused("The file has a header line but nobody below it.");
            }
            return new Parsed(List.of(), rows);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote this way; its message names the line.
            return refused("The file is not valid CSV: " + e.getMessage().replaceFirst("^.*IOException: ", "")
                    + ". Check that every quoted value has its closing quote.");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text in memory cannot fail", e);
        }
    }

    private static List<ImportProblem> header(CSVRecord header, int line, Map<String, Integer> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (!COLUMNS.contains(name)) {
                problems.add(new ImportProblem(line, FILE, "Column " + (i + 1) + " is called '" + header.get(i)
                        + "', which is not a column Design Coach reads. The columns are " + String.join(", ", COLUMNS)
                        + "."));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(line, FILE, "The column '" + name + "' appears twice in the header."));
            }
        }
        if (columns.isEmpty()) {
            return List.of(new ImportProblem(line, FILE, "The first line does not name the columns. Start the file "
                    + "with the line " + String.join(",", COLUMNS) + " (email, display_name and cohort may be left "
                    + "out)."));
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(line, FILE, "The header has no '" + required + "' column; every "
                        + "person needs a " + required.replace('_', ' ') + "."));
            }
        }
        return problems;
    }

    private static Row row(CSVRecord record, int line, int headerSize, Map<String, Integer> columns,
            Map<String, Integer> firstLineOf) {
        String username = value(record, columns, USERNAME);
        String email = value(record, columns, EMAIL);
        String displayName = value(record, columns, DISPLAY_NAME);
        String role = value(record, columns, ROLE);
        String cohort = value(record, columns, COHORT);
        List<ImportProblem> problems = new ArrayList<>();
        if (record.size() != headerSize) {
            problems.add(new ImportProblem(line, FILE, "This line has " + record.size() + (record.size() == 1
                    ? " value" : " values") + " but the header has " + headerSize + " columns. Add the missing "
                    + "commas, or put quotes around a value that holds a comma."));
        }
        Usernames.problem(username).ifPresent(problem -> problems.add(new ImportProblem(line, USERNAME,
                username.isEmpty() ? "The username is missing." : "'" + username + "': " + problem)));
        String normalised = username.toLowerCase(Locale.ROOT);
        if (!username.isEmpty()) {
            Integer earlier = firstLineOf.putIfAbsent(normalised, line);
            if (earlier != null) {
                problems.add(new ImportProblem(line, USERNAME, "'" + username + "' is already on line " + earlier
                        + " of this file. Each person appears once."));
            }
        }
        emailProblem(email).ifPresent(problem -> problems.add(new ImportProblem(line, EMAIL, problem)));
        if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.add(new ImportProblem(line, DISPLAY_NAME, "The name has " + displayName.length()
                    + " characters; at most " + MAX_DISPLAY_NAME + " are allowed."));
        } else if (CONTROL.matcher(displayName).find()) {
            problems.add(new ImportProblem(line, DISPLAY_NAME, "The name holds a line break or another control "
                    + "character. Keep it on one line."));
        }
        Role parsed = roleOf(role);
        if (parsed == null) {
            problems.add(new ImportProblem(line, ROLE, role.isEmpty()
                    ? "The role is missing. Use learner, mentor or admin."
                    : "'" + role + "' is not a role. Use learner, mentor or admin."));
        }
        if (cohort.length() > MAX_COHORT) {
            problems.add(new ImportProblem(line, COHORT, "The cohort name has " + cohort.length()
                    + " characters; cohort names have at most " + MAX_COHORT + "."));
        } else if (!cohort.isEmpty() && parsed == Role.ADMIN) {
            problems.add(new ImportProblem(line, COHORT, "Admins do not belong to cohorts. Leave the cohort empty "
                    + "or make this person a learner or mentor."));
        }
        return new Row(line, username, email, displayName, role, cohort, List.copyOf(problems));
    }

    private static java.util.Optional<String> emailProblem(String email) {
        if (email.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (email.length() > MAX_EMAIL) {
            return java.util.Optional.of("The email address has " + email.length() + " characters; at most "
                    + MAX_EMAIL + " are allowed.");
        }
        if (!EMAIL_SHAPE.matcher(email).matches()) {
            return java.util.Optional.of("'" + email + "' is not an email address. Write it as name@example.com, "
                    + "or leave it empty.");
        }
        return java.util.Optional.empty();
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    static @Nullable Role roleOf(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "learner" -> Role.LEARNER;
            case "mentor" -> Role.MENTOR;
            case "admin" -> Role.ADMIN;
            default -> null;
        };
    }

    private static Parsed refused(String problem) {
        return new Parsed(List.of(new ImportProblem(0, FILE, problem)), List.of());
    }

    private static String utf8(byte[] content) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(content)).toString();
    }

    /** The line on which each record starts, from its character position: a quoted value may span lines. */
    private static final class LineNumbers {

        private final String text;
        private int position;
        private int line = 1;

        LineNumbers(String text) {
            this.text = text;
        }

        /** Records are asked for in order, so counting goes on from the last one. */
        int of(CSVRecord record) {
            int target = (int) record.getCharacterPosition();
            // After skipped empty lines the position is where they began: the record starts past them.
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            while (position < target && position < text.length()) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
                position++;
            }
            return line;
        }
    }
}
