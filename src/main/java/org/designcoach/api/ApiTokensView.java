package org.designcoach.api;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.designcoach.api.ApiTokenService.NewToken;
import org.designcoach.api.ApiTokenService.TokenView;
import org.jspecify.annotations.Nullable;

/** The signed-in user's personal API tokens: create one (shown once), see when each was used, revoke. */
@Route("profile/api-tokens")
@PageTitle("API tokens")
@PermitAll
class ApiTokensView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    final TextField name = new TextField("Name");
    final Button create = new Button("Create token");
    final Grid<TokenView> grid = new Grid<>();
    private final ApiTokenService tokens;
    @Nullable Dialog shown;

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        setMaxWidth("60rem");
        var heading = new H2("API tokens");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph();
        intro.add("A token lets a program use the Design Coach API as you: list cases, read the catalog and score "
                + "designs. Send it as 'Authorization: Bearer <token>'. The API is described in ");
        var document = new Anchor(ApiSecurityConfig.OPENAPI_PATH, "its OpenAPI document");
        document.getElement().setAttribute("router-ignore", true);
        document.setTarget("_blank");
        intro.add(document);
        intro.add(". Each token may make " + tokens.requestsPerMinute() + " calls a minute.");
        add(heading, intro, form(), grid());
        refresh();
    }

    private Div form() {
        name.setPlaceholder("e.g. CI pipeline");
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setHelperText("Say where it is used, so you know which to revoke.");
        name.setWidth("20rem");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        // A click shortcut, not a key listener: it sends the typed value before the click (a listener could run first).
        create.addClickShortcut(Key.ENTER).listenOn(name);
        var form = new Div(name, create);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM);
        return form;
    }

    private Grid<TokenView> grid() {
        grid.addColumn(TokenView::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(TokenView::hint).setHeader("Ends with");
        grid.addColumn(token -> when(token.createdAt())).setHeader("Created");
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : when(token.lastUsedAt())).setHeader("Last used");
        grid.addComponentColumn(this::state).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("You have no API tokens yet. Create one to call the API from a script or a company "
                + "system.");
        return grid;
    }

    private com.vaadin.flow.component.Component state(TokenView token) {
        if (!token.active()) {
            return new com.vaadin.flow.component.html.Span("revoked " + when(token.revokedAt()));
        }
        var revoke = new Button("Revoke", event -> revoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.getElement().setAttribute("aria-label", "Revoke " + token.name());
        return revoke;
    }

    private void create() {
        try {
            NewToken created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showOnce(created);
        } catch (ApiTokenException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void showOnce(NewToken created) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Your new token: " + created.token().name());
        var secret = new TextField("Token");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(event -> secret.getElement().executeJs("this.inputElement.select()"));
        dialog.add(new Paragraph("Copy it now: it is shown only this once and is stored only as a hash. "
                + "Anyone who has it can use the API as you."), secret);
        var copy = new Button("Copy", event -> {
            secret.getElement().executeJs("navigator.clipboard.writeText($0)", created.secret());
            Notification.show("Copied.", 2000, Notification.Position.BOTTOM_START);
        });
        var done = new Button("Done", event -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, done);
        dialog.setWidth("36rem");
        shown = dialog;
        dialog.open();
    }

    private void revoke(TokenView token) {
        try {
            if (tokens.revoke(token.id())) {
                notify("Revoked " + token.name() + ". Programs that use it are refused from now on.",
                        NotificationVariant.LUMO_SUCCESS);
            } else {
                notify(token.name() + " was already revoked, perhaps in another tab or window. Programs that use "
                        + "it are refused.", NotificationVariant.LUMO_CONTRAST);
            }
        } catch (ApiTokenException e) {
            notify(token.name() + " is no longer among your tokens, so there is nothing to revoke. The list now "
                    + "shows your tokens as they are.", NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
