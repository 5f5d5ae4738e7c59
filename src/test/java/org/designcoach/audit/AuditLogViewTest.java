package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "ada", roles = "ADMIN")
class AuditLogViewTest extends SpringBrowserlessTest {

    private static final LocalDate NOV_10 = LocalDate.of(2001, 11, 10);
    private static final LocalDate NOV_20 = LocalDate.of(2001, 11, 20);

    @Autowired
    private AccountService accounts;

    @Autowired
    private AuditEventRepository repository;

    private AuditLogView view;

    /** Entries in 2001, and the page narrowed to that year, so that only these are in view. */
    @BeforeEach
    void theLogHoldsAFewEvents() {
        TestAccounts.adminAndLearners(accounts, "lena");
        save(AuditEventType.SIGN_IN_FAILED, null, "lena", "Refused: wrong username or password", NOV_10, "203.0.113.7");
        save(AuditEventType.ROLE_CHANGED, "ada", "lena", "Role changed from learner to mentor", NOV_20, null);
        view = navigate(AuditLogView.class);
        test(picker("From")).setValue(LocalDate.of(2001, 1, 1));
        test(picker("To")).setValue(LocalDate.of(2001, 12, 31));
    }

    @Test
    void theNewestEventComesFirstWithEveryColumnInUtc() {
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Time (UTC)");
        assertThat(row(0)).containsExactly("2001-11-20 09:00:00", "Role changed", "ada", "lena",
                "Role changed from learner to mentor", "");
        assertThat(row(1)).containsExactly("2001-11-10 09:00:00", "Failed sign-in", "", "lena",
                "Refused: wrong username or password", "203.0.113.7");
    }

    @Test
    void searchingNarrowsTheListToMatchingWords() {
        test($(TextField.class).withCaption("Search").single()).setValue("MENTOR");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Role changed");
    }

    @Test
    void choosingATypeNarrowsTheList() {
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AuditEventType> types = $(MultiSelectComboBox.class).withCaption("Types").single();

        test(types).selectItem("Failed sign-in");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Failed sign-in");
    }

    @Test
    void theDatesIncludeBothWholeDays() {
        test(picker("From")).setValue(NOV_20);
        test(picker("To")).setValue(NOV_20);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Role changed");
    }

    @Test
    void whenNothingMatchesThePageSaysWhatToDo() {
        test($(TextField.class).withCaption("Search").single()).setValue("no such words anywhere");

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No security events match. Clear the filters or widen the dates.");
    }

    @Test
    void anEndBeforeTheStartIsExplainedInTheFieldAndTheFiltersStay() {
        test($(TextField.class).withCaption("Search").single()).setValue("lena");
        test(picker("From")).setValue(NOV_20);

        test(picker("To")).setValue(NOV_10);

        DatePicker to = picker("To");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("end date is before the start date");
        assertThat(to.getValue()).isEqualTo(NOV_10);
        assertThat(picker("From").getValue()).isEqualTo(NOV_20);
        assertThat($(TextField.class).withCaption("Search").single().getValue()).isEqualTo("lena");
        assertThat(test(view.grid).size()).as("the last sensible result stays").isEqualTo(1);

        test(picker("To")).setValue(NOV_20);
        assertThat(picker("To").isInvalid()).isFalse();
    }

    @Test
    void clearingTheFiltersShowsEveryEventAgain() {
        test($(TextField.class).withCaption("Search").single()).setValue("no such words anywhere");

        test($(Button.class).withText("Clear filters").single()).click();

        assertThat($(TextField.class).withCaption("Search").single().getValue()).isEmpty();
        assertThat(picker("From").getValue()).isNull();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
    }

    private DatePicker picker(String label) {
        return $(DatePicker.class).withCaption(label).single();
    }

    private java.util.List<String> row(int index) {
        return java.util.stream.IntStream.range(0, 6).mapToObj(column -> test(view.grid).getCellText(index, column))
                .toList();
    }

    private void save(AuditEventType type, @Nullable String actor, String subject, String detail, LocalDate day,
            @Nullable String address) {
        Instant at = day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        repository.save(new AuditEvent(new AuditEntry(type, actor, subject, detail, address), at));
    }
}
