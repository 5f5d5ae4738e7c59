package org.designcoach.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.designcoach.security.AccountAdministration;
import org.designcoach.security.AccountErasure;
import org.designcoach.security.AccountException;
import org.designcoach.security.AccountSearch;
import org.designcoach.security.AccountSummary;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Admins find accounts, create and invite people, change roles, disable accounts and reset passwords. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 91, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends Main {

    /** The state filter's choices; no choice means both. */
    enum StateFilter {
        ENABLED("Enabled"), DISABLED("Disabled");

        final String label;

        StateFilter(String label) {
            this.label = label;
        }
    }

    final TextField search = new TextField("Search by username");
    final Select<Role> roleFilter = new Select<>();
    final Select<StateFilter> stateFilter = new Select<>();
    final Button create = new Button("Create account");
    final Button invite = new Button("Invite");
    final Grid<AccountSummary> grid = new Grid<>();
    final RouterLink importLink = new RouterLink("Import from a file", ImportPeopleView.class);
    private final AccountAdministration administration;
    private final AccountErasure erasure;
    private final String me = CurrentUser.username();

    UsersView(AccountAdministration administration, AccountErasure erasure) {
        this.administration = administration;
        this.erasure = erasure;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM, LumoUtility.BoxSizing.BORDER, LumoUtility.Height.FULL);
        var heading = new H2("Users");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("Create accounts with a temporary password, or invite people with a link "
                + "where they choose their own. Disabled accounts cannot sign in; erased ones are gone with the "
                + "person's data.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(heading, intro, toolbar(), grid);
        configureGrid();
    }

    private Component toolbar() {
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        roleFilter.setLabel("Role");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? "Any role" : RoleNames.of(role));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("Any role");
        roleFilter.addValueChangeListener(event -> refresh());
        stateFilter.setLabel("State");
        stateFilter.setItems(StateFilter.values());
        stateFilter.setItemLabelGenerator(state -> state == null ? "Any state" : state.label);
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption("Any state");
        stateFilter.addValueChangeListener(event -> refresh());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event ->
                new NewAccountDialog(NewAccountDialog.Kind.CREATE, administration, this::refresh).open());
        invite.addClickListener(event ->
                new NewAccountDialog(NewAccountDialog.Kind.INVITE, administration, this::refresh).open());
        var toolbar = new HorizontalLayout(search, roleFilter, stateFilter, create, invite, importLink);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);
        toolbar.setWidthFull();
        return toolbar;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Accounts");
        grid.setMinHeight("20rem");
        grid.addClassNames(LumoUtility.Flex.GROW);
        grid.addColumn(account -> isMe(account) ? account.username() + " (you)" : account.username())
                .setHeader("Username").setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setFlexGrow(1);
        grid.addColumn(UsersView::state).setHeader("State").setFlexGrow(1).setAutoWidth(true)
                .setTooltipGenerator(UsersView::state);
        grid.addColumn(account -> Times.dayOf(account.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(account -> Times.dayOf(account.lastPasswordChange())).setHeader("Password set")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        // Last, so that the columns before it keep their places (single sign-on fills name and email).
        grid.addColumn(UsersView::nameAndEmail).setHeader("Name and email").setFlexGrow(2);
        grid.setEmptyStateText("No account matches. Clear the search or the filters, or create an account.");
        grid.setItems(query -> administration.search(currentSearch(), query.getOffset(), query.getLimit()).stream(),
                query -> administration.count(currentSearch()));
    }

    AccountSearch currentSearch() {
        StateFilter state = stateFilter.getValue();
        return new AccountSearch(search.getValue(), roleFilter.getValue(),
                state == null ? null : state == StateFilter.ENABLED);
    }

    private static String state(AccountSummary account) {
        if (!account.enabled()) {
            return "Disabled";
        }
        return account.mustChangePassword() ? "Must choose a password" : "Active";
    }

    private Select<Role> roleSelect(AccountSummary account) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(RoleNames::of);
        select.setValue(account.role());
        select.setAriaLabel("Role of " + account.username());
        select.setReadOnly(isMe(account));
        select.addValueChangeListener(event -> {
            Role role = event.getValue();
            if (role != null && role != account.role()) {
                act(() -> administration.changeRole(account.username(), role),
                        account.username() + " is now " + RoleNames.of(role).toLowerCase(Locale.ROOT) + ".",
                        () -> select.setValue(account.role()));
            }
        });
        return select;
    }

    private Component actions(AccountSummary account) {
        var toggle = account.enabled()
                ? new Button("Disable", event -> act(() -> administration.disable(account.username()),
                        account.username() + " is disabled and can no longer sign in.", () -> { }))
                : new Button("Enable", event -> act(() -> administration.enable(account.username()),
                        account.username() + " is enabled and can sign in again.", () -> { }));
        toggle.setAriaLabel((account.enabled() ? "Disable " : "Enable ") + account.username());
        var reset = new Button("Reset password",
                event -> new ResetPasswordDialog(account.username(), administration, this::refresh).open());
        reset.setAriaLabel("Reset the password of " + account.username());
        var erase = new Button("Erase",
                event -> new EraseAccountDialog(account.username(), erasure, this::refresh).open());
        erase.setAriaLabel("Erase " + account.username());
        toggle.setEnabled(!isMe(account));
        reset.setEnabled(!isMe(account) && account.enabled());
        erase.setEnabled(!isMe(account));
        for (Button button : new Button[] {toggle, reset, erase}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(toggle, reset, erase);
    }

    /** Runs a change of one row; a refusal is shown and the row's controls go back to what is stored. */
    private void act(Runnable change, String success, Runnable onRefusal) {
        try {
            change.run();
            Notification.show(success, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AccountException e) {
            onRefusal.run();
            var refusal = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            refusal.addThemeVariants(NotificationVariant.LUMO_ERROR);
            refusal.setAssertive(true);
        }
    }

    private boolean isMe(AccountSummary account) {
        return account.username().equalsIgnoreCase(me);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Display name and email, where the account has them (single sign-on fills both). */
    private static String nameAndEmail(AccountSummary account) {
        return Stream.of(account.displayName(), account.email())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }
}
