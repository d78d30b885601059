package org.casereview.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.application.Agency;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ActionDialog;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.casereview.staff.MyAccount;
import org.casereview.staff.NewStaffAccount;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountChange;
import org.casereview.staff.StaffAdministration;
import org.casereview.staff.StaffMember;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators manage staff accounts: create them (with a temporary password shown once), change roles, partnership
 * and agency, disable and enable, unlock after failed sign-ins, and reset passwords. Every change is logged.
 */
@Route("admin/staff")
@PageTitle("Staff accounts – Case Review")
@RolesAllowed(Roles.ADMINISTRATOR)
public class StaffAccountsView extends Main {

    /** The partnership choice for county-wide access. */
    static final String COUNTY_WIDE = "County-wide (all partnerships)";

    final Grid<StaffAccount> grid = new Grid<>();
    final TextField search = new TextField();
    private final StaffAdministration administration;
    private final List<Partnership> partnerships;
    private final Map<Long, String> partnershipNames;
    private final StaffMember me;
    private final Clock clock;

    StaffAccountsView(StaffAdministration administration, PartnershipService partnershipService, MyAccount myAccount,
                      Clock clock) {
        this.administration = administration;
        this.clock = clock;
        this.me = myAccount.me();
        this.partnerships = partnershipService.councilAreas().stream()
                .filter(p -> me.covers(Objects.requireNonNull(p.getId()))).toList();
        this.partnershipNames = partnerships.stream()
                .collect(Collectors.toMap(Partnership::getId, Partnership::getName));
        addClassNames("view", "staff-view");

        search.setId("staff-search");
        search.setPlaceholder("Username or name");
        search.setAriaLabel("Search accounts");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button("New account", e -> createDialog().open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, create);
        if (me.countyWide()) {
            Button twoFactor = new Button("Two-factor sign-in", e -> twoFactorDialog().open());
            twoFactor.setId("two-factor-roles");
            toolbar.add(twoFactor);
        }
        toolbar.addClassName("toolbar");

        grid.setId("staff-accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffAccount::getUsername).setHeader("Username").setSortProperty("username")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(StaffAccount::getDisplayName).setHeader("Name").setSortProperty("displayName")
                .setWidth("12rem").setFlexGrow(1);
        grid.addColumn(account -> account.getRoles().stream().sorted()
                        .map(role -> role.label().replaceAll(" \\(.*\\)", "")).collect(Collectors.joining(", ")))
                .setHeader("Roles").setWidth("12rem").setFlexGrow(2);
        grid.addColumn(account -> account.getPartnershipId() == null ? "County-wide"
                : partnershipNames.getOrDefault(account.getPartnershipId(), "Another partnership"))
                .setHeader("Partnership").setAutoWidth(true);
        grid.addColumn(account -> account.getAgency() == null ? "" : account.getAgency().label())
                .setHeader("Agency").setAutoWidth(true);
        grid.addColumn(account -> account.hasTwoFactor() ? "On" : "Off").setHeader("Two-factor")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::state)).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> Formats.dateTime(account.getLastSignedInAt())).setHeader("Last sign-in")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> administration.list(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) administration.list(search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> editDialog(administration.get(e.getItem().getId())).open());
        grid.setSizeFull();

        add(new H1("Staff accounts"), new Paragraph(me.countyWide()
                ? "Accounts of every partnership. Choose an account to change it."
                : "Accounts of " + partnershipNames.values().stream().findFirst().orElse("your partnership")
                + ". Choose an account to change it."), toolbar, grid);
    }

    private Span state(StaffAccount account) {
        String text;
        String style;
        if (!account.isEnabled()) {
            text = "Disabled";
            style = "tag--disabled";
        } else if (account.isLockedAt(clock.instant())) {
            text = "Locked until " + Formats.dateTime(account.getLockedUntil());
            style = "tag--locked";
        } else if (account.isMustChangePassword()) {
            text = "Must change password";
            style = "tag--pending";
        } else {
            text = "Active";
            style = "tag--active";
        }
        Span tag = new Span(text);
        tag.addClassNames("tag", style);
        return tag;
    }

    private record AccessFields(TextField name, CheckboxGroup<StaffRole> roles, Select<String> partnership,
                                ComboBox<Agency> agency) {

        @Nullable Long partnershipId(Map<Long, String> names) {
            return names.entrySet().stream().filter(e -> e.getValue().equals(partnership.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    private AccessFields accessFields() {
        TextField name = new TextField("Name");
        name.setId("account-name");
        name.setMaxLength(200);
        CheckboxGroup<StaffRole> roles = new CheckboxGroup<>("Roles");
        roles.setId("account-roles");
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(StaffRole::label);
        Select<String> partnership = new Select<>();
        partnership.setLabel("Cases of");
        partnership.setId("account-partnership");
        List<String> choices = new java.util.ArrayList<>();
        if (me.countyWide()) {
            choices.add(COUNTY_WIDE);
        }
        partnerships.forEach(p -> choices.add(p.getName()));
        partnership.setItems(choices);
        partnership.setValue(choices.getFirst());
        ComboBox<Agency> agency = new ComboBox<>("Agency (partner agency users)");
        agency.setId("account-agency");
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(Agency::label);
        agency.setClearButtonVisible(true);
        return new AccessFields(name, roles, partnership, agency);
    }

    private ActionDialog createDialog() {
        TextField username = new TextField("Username");
        username.setId("account-username");
        username.setHelperText("Lower-case letters, digits, dots or dashes, e.g. dokafor");
        username.setMaxLength(100);
        AccessFields fields = accessFields();
        FormLayout form = new FormLayout(username, fields.name(), fields.partnership(), fields.agency(),
                fields.roles());
        form.setColspan(fields.roles(), 2);
        StaffAdministration.IssuedPassword[] issued = new StaffAdministration.IssuedPassword[1];
        return new ActionDialog("New staff account", "Create account",
                () -> Feedback.attempt(() -> issued[0] = administration.create(new NewStaffAccount(
                        username.getValue(), fields.name().getValue(), roles(fields), fields.partnershipId(
                        partnershipNames), fields.agency().getValue())), () -> { }),
                () -> {
                    grid.getDataProvider().refreshAll();
                    showPassword(issued[0]);
                }).with(form);
    }

    private ActionDialog editDialog(StaffAccount account) {
        AccessFields fields = accessFields();
        fields.name().setValue(account.getDisplayName());
        fields.roles().setValue(account.getRoles());
        fields.partnership().setValue(account.getPartnershipId() == null ? COUNTY_WIDE
                : partnershipNames.get(account.getPartnershipId()));
        fields.agency().setValue(account.getAgency());
        long id = Objects.requireNonNull(account.getId());
        FormLayout form = new FormLayout(fields.name(), fields.partnership(), fields.agency(), fields.roles());
        form.setColspan(fields.roles(), 2);

        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        ActionDialog dialog = new ActionDialog("Account " + account.getUsername(), "Save changes",
                () -> Feedback.attempt(() -> administration.update(id, fields.name().getValue(), roles(fields),
                        fields.partnershipId(partnershipNames), fields.agency().getValue()), refresh),
                () -> {
                    Feedback.saved("Account saved");
                    refresh.run();
                });
        dialog.setWidth("min(52em, 95vw)");

        Button enable = account.isEnabled()
                ? new Button("Disable account", e -> act(dialog, () -> administration.disable(id), "Account disabled"))
                : new Button("Enable account", e -> act(dialog, () -> administration.enable(id), "Account enabled"));
        enable.setId(account.isEnabled() ? "disable-account" : "enable-account");
        enable.addThemeVariants(account.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        Button unlock = new Button("Unlock", e -> act(dialog, () -> administration.unlock(id), "Account unlocked"));
        unlock.setId("unlock-account");
        unlock.setEnabled(account.isLockedAt(clock.instant()) || account.getFailedLogins() > 0);
        Button reset = new Button("Reset password", e -> {
            StaffAdministration.IssuedPassword[] issued = new StaffAdministration.IssuedPassword[1];
            if (Feedback.attempt(() -> issued[0] = administration.resetPassword(id), refresh).saved()) {
                dialog.close();
                refresh.run();
                showPassword(issued[0]);
            }
        });
        reset.setId("reset-password");
        Button resetTwoFactor = new Button("Reset two-factor", e -> act(dialog,
                () -> administration.resetTwoFactor(id), "Two-factor sign-in reset"));
        resetTwoFactor.setId("reset-two-factor");
        resetTwoFactor.setEnabled(account.hasTwoFactor());
        resetTwoFactor.setTooltipText("For a member of staff who lost the phone with their authenticator app");
        Div accountActions = new Div(enable, unlock, reset, resetTwoFactor);
        accountActions.addClassName("account-actions");

        Grid<StaffAccountChange> log = new Grid<>();
        log.setId("account-changes");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(c -> Formats.dateTime(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(StaffAccountChange::getChangedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(StaffAccountChange::getDescription).setHeader("Change");
        log.setItems(administration.changes(id));
        log.setAllRowsVisible(true);
        return dialog.with(form, accountActions, new H2("Changes"), log);
    }

    /** Which roles must sign in with a code from an authenticator app as well as their password. */
    private ActionDialog twoFactorDialog() {
        CheckboxGroup<StaffRole> roles = new CheckboxGroup<>("Require two-factor sign-in of");
        roles.setId("two-factor-required-roles");
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(StaffRole::label);
        roles.setValue(administration.twoFactorRequiredFor());
        roles.addClassName("stacked");
        Paragraph explain = new Paragraph("Members of these roles who have not set up two-factor sign-in are asked "
                + "to set it up the next time they sign in, before anything else. Anyone can choose to use it.");
        return new ActionDialog("Two-factor sign-in", "Save",
                () -> Feedback.attempt(() -> administration.requireTwoFactor(Set.copyOf(roles.getValue())), () -> { }),
                () -> Feedback.saved("Saved: who must use two-factor sign-in")).with(explain, roles);
    }

    private void act(Dialog dialog, Runnable change, String done) {
        if (Feedback.attempt(change, () -> { }).saved()) {
            dialog.close();
            Feedback.saved(done);
            grid.getDataProvider().refreshAll();
        }
    }

    private static Set<StaffRole> roles(AccessFields fields) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        roles.addAll(fields.roles().getValue());
        return roles;
    }

    private void showPassword(StaffAdministration.IssuedPassword issued) {
        Dialog dialog = new Dialog();
        dialog.setId("temporary-password-dialog");
        dialog.setHeaderTitle("Temporary password for " + issued.username());
        dialog.setWidth("min(36em, 95vw)");
        Span password = new Span(issued.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        dialog.add(new Paragraph("Give this password to the member of staff in person or by phone, not by e-mail. "
                + "It is shown only now. They must choose their own password when they first sign in."), password);
        Button done = new Button("Done", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}
