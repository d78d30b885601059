package org.casereview.backoffice.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.account.ChangePasswordView;
import org.casereview.backoffice.queue.WorkQueueView;
import org.casereview.backoffice.security.Roles;
import org.casereview.staff.NewStaffAccount;
import org.casereview.staff.StaffAdministration;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    StaffAdministration administration;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void someone_with_an_issued_password_must_choose_their_own_before_anything_else() {
        signIn("issuing-admin", Roles.ADMINISTRATOR);
        var issued = administration.create(new NewStaffAccount("newstarter", "New Starter",
                Set.of(StaffRole.CASE_OFFICER), null, null));
        signIn("newstarter", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(WorkQueueView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), issued.temporaryPassword());
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "river stone lantern 42");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "river stone lantern 41");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("not the same"));

        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "river stone lantern 42");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        var account = staffAccounts.findByUsername("newstarter").orElseThrow();
        assertThat(passwordEncoder.matches("river stone lantern 42", account.getPasswordHash())).isTrue();
        assertThat(account.isMustChangePassword()).isFalse();
        UI.getCurrent().navigate(WorkQueueView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkQueueView.class);
    }
}
