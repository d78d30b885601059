package org.casereview.backoffice.admin;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffAccountsViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    @SuppressWarnings("unchecked")
    static Grid<StaffAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("staff-accounts"));
    }

    static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("staff-search")), text);
    }

    @Test
    void an_administrator_creates_an_account_and_sees_the_temporary_password_once() {
        signIn("admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(StaffAccountsView.class);

        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), "bkaur");
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Bal Kaur");
        @SuppressWarnings("unchecked")
        Select<String> partnership = _get(Select.class, spec -> spec.withId("account-partnership"));
        partnership.setValue("Sevenoaks");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class, spec -> spec.withId("account-roles"));
        roles.setValue(Set.of(StaffRole.CASE_OFFICER));
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        String password = _get(Span.class, spec -> spec.withId("temporary-password")).getText();
        StaffAccount created = staffAccounts.findByUsername("bkaur").orElseThrow();
        assertThat(passwordEncoder.matches(password, created.getPasswordHash())).isTrue();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getPartnershipId()).isEqualTo(partnerships.findByCode("sevenoaks").orElseThrow().getId());
        search("bkaur");
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void an_administrator_disables_an_account_and_the_change_is_logged() {
        StaffAccount target = signIn("to-disable", Roles.CASE_OFFICER);
        signIn("admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(StaffAccountsView.class);
        search("to-disable");

        _clickItem(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("disable-account")));

        assertThat(staffAccounts.findById(target.getId()).orElseThrow().isEnabled()).isFalse();
        search("to-disable");
        _clickItem(grid(), 0);
        @SuppressWarnings("unchecked")
        Grid<org.casereview.staff.StaffAccountChange> log = _get(Grid.class, spec -> spec.withId("account-changes"));
        assertThat(_get(log, 0).getDescription()).isEqualTo("Account disabled");
        _get(Button.class, spec -> spec.withId("enable-account"));
    }

    @Test
    void a_partnership_administrator_sees_only_that_partnerships_accounts() {
        signInFor("far-officer", "test-valley", Roles.CASE_OFFICER);
        signInFor("near-officer", "bassetlaw", Roles.CASE_OFFICER);
        signInFor("bassetlaw-admin", "bassetlaw", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(StaffAccountsView.class);

        search("-officer");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < _size(grid()); i++) {
            names.add(_get(grid(), i).getUsername());
        }
        assertThat(names).contains("near-officer").doesNotContain("far-officer");
    }

    @Test
    void nobody_but_an_administrator_opens_staff_accounts() {
        for (String role : List.of(Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY)) {
            signIn(role.toLowerCase() + "-not-admin", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(StaffAccountsView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(PartnershipsView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
