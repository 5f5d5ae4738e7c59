package org.designcoach.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designcoach.cohort.CohortService;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.security.AccountImport;
import org.designcoach.security.AccountImport.ImportedAccount;
import org.designcoach.security.AccountImport.NewAccount;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of people and their cohort places from a CSV file. A preview checks every row and changes
 * nothing; the import then makes the accounts of the good rows, and puts them in their cohorts, in one
 * transaction. Rows with problems are left out, and named, so that the admin fixes just those.
 */
@Service
public class PeopleImport {

    /** What the import made: the accounts (with their one-time passwords) and how many rows it left out. */
    public record ImportOutcome(List<ImportedAccount> accounts, int skipped) {
    }

    private final AccountImport accounts;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;

    PeopleImport(AccountImport accounts, CohortService cohorts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.events = events;
    }

    /** Checks the file without changing anything. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(String fileName, byte[] content) {
        PeopleCsv.Parsed parsed = PeopleCsv.read(content);
        if (!parsed.fileProblems().isEmpty()) {
            return new ImportPreview(fileName, content, parsed.fileProblems(), List.of());
        }
        Set<String> taken = accounts.existing(parsed.rows().stream().map(PeopleCsv.Row::username)
                .filter(name -> !name.isEmpty()).toList());
        Map<String, CohortSummary> cohortsByName = cohortsByName();
        List<PeopleCsv.Row> rows = parsed.rows().stream().map(row -> checked(row, taken, cohortsByName)).toList();
        return new ImportPreview(fileName, content, List.of(), rows);
    }

    /** Whether the accounts get temporary passwords, for the page to say so before the import. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean issuesPasswords() {
        return accounts.issuesPasswords();
    }

    /**
     * Imports the good rows of the previewed file, checked again now; refused, with nothing changed, when
     * the rows that are good are no longer the ones the admin saw (someone made one of the accounts meanwhile).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportOutcome importGoodRows(ImportPreview confirmed) {
        ImportPreview now = preview(confirmed.fileName(), confirmed.content());
        if (!usernames(now.goodRows()).equals(usernames(confirmed.goodRows()))) {
            throw new ImportException("Something changed since the preview: " + describeChange(confirmed, now)
                    + " Nothing was imported. Look at the new preview below and confirm again.", now);
        }
        Map<String, CohortSummary> cohortsByName = cohortsByName();
        List<ImportedAccount> made = new ArrayList<>();
        for (PeopleCsv.Row row : now.goodRows()) {
            Role role = row.parsedRole();
            if (role == null) {
                throw new IllegalStateException("A good row has a role");
            }
            ImportedAccount account = accounts.create(new NewAccount(row.username(), role, row.displayName(),
                    row.email()));
            made.add(account);
            if (!row.cohort().isEmpty()) {
                long cohortId = cohortsByName.get(key(row.cohort())).id();
                if (role == Role.MENTOR) {
                    cohorts.addMentor(cohortId, account.username());
                } else {
                    cohorts.addLearner(cohortId, account.username());
                }
            }
        }
        int skipped = now.badRows().size();
        events.publishEvent(new PeopleImported(confirmed.fileName(), made.size(), skipped, CurrentUser.username()));
        return new ImportOutcome(List.copyOf(made), skipped);
    }

    private static PeopleCsv.Row checked(PeopleCsv.Row row, Set<String> taken, Map<String, CohortSummary> cohorts) {
        List<ImportProblem> problems = new ArrayList<>(row.problems());
        String username = row.username().toLowerCase(Locale.ROOT);
        boolean usernameRefused = problems.stream().anyMatch(problem -> PeopleCsv.USERNAME.equals(problem.field()));
        if (!usernameRefused && taken.contains(username)) {
            problems.add(new ImportProblem(row.line(), PeopleCsv.USERNAME, "There is already an account named "
                    + username + ". Take this line out, or choose another username."));
        }
        boolean cohortRefused = problems.stream().anyMatch(problem -> PeopleCsv.COHORT.equals(problem.field()));
        if (!row.cohort().isEmpty() && !cohortRefused && !cohorts.containsKey(key(row.cohort()))) {
            problems.add(new ImportProblem(row.line(), PeopleCsv.COHORT, "There is no cohort named '" + row.cohort()
                    + "'. Correct the name, or create the cohort under Admin, Cohorts first."));
        }
        return new PeopleCsv.Row(row.line(), row.username(), row.email(), row.displayName(), row.role(),
                row.cohort(), List.copyOf(problems));
    }

    private Map<String, CohortSummary> cohortsByName() {
        return cohorts.all().stream().collect(Collectors.toMap(cohort -> key(cohort.name()), Function.identity(),
                (first, second) -> first));
    }

    private static String key(String cohortName) {
        return cohortName.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> usernames(List<PeopleCsv.Row> rows) {
        return rows.stream().map(row -> row.username().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String describeChange(ImportPreview before, ImportPreview now) {
        Set<String> then = usernames(before.goodRows());
        List<String> lost = then.stream().filter(name -> !usernames(now.goodRows()).contains(name)).sorted().toList();
        return lost.isEmpty() ? "other rows became importable." : String.join(", ", lost)
                + " can no longer be imported as previewed.";
    }
}
