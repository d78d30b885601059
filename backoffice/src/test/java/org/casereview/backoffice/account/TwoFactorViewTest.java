package org.casereview.backoffice.account;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.security.SecondFactor;
import org.casereview.backoffice.security.TwoFactorCodeView;
import org.casereview.backoffice.security.TwoFactorRequiredView;
import org.casereview.backoffice.queue.WorkQueueView;
import org.casereview.staff.Base32;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAdministration;
import org.casereview.staff.StaffRole;
import org.casereview.staff.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting up two-factor sign-in on the account page, and the code step of a sign-in, in the real views. (In this
 * package, not security's, so that it runs before the tests that start a web server: those replace Spring Security's
 * context strategy for the whole JVM, and Karibu's sign-in then no longer reaches the services.)
 */
public class TwoFactorViewTest extends KaribuTest {

    @Autowired
    StaffAdministration administration;

    @AfterEach
    void noRequirement() {
        signIn("tf-county-admin", Roles.ADMINISTRATOR);
        administration.requireTwoFactor(Set.of());
    }

    /** As the sign-in leaves a session after a right password, when a second step follows: no role yet. */
    public static void passwordOnly(String username, String pendingAuthority) {
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(pendingAuthority));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "unused", authorities), null, authorities));
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        // As Spring Security's request wrapper does: roles as the security context has them at the time.
        request.setUserInRole((principal, role) -> authorities().contains("ROLE_" + role));
    }

    static String code(String key, int stepsFromNow) {
        return Totp.code(Base32.decode(key), Totp.step(Instant.now()) + stepsFromNow);
    }

    static String shownKey() {
        return _get(Span.class, spec -> spec.withId("two-factor-key")).getText();
    }

    static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    /** Sets it up on the account page: the key shown, a wrong code refused beside the field, then the right one. */
    String setUpOnTheAccountPage() {
        UI.getCurrent().navigate(TwoFactorView.class);
        String key = shownKey();
        assertThat(key).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        TextField field = _get(TextField.class, spec -> spec.withId("two-factor-code"));
        _setValue(field, "12345");
        _click(_get(Button.class, spec -> spec.withId("confirm-two-factor")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("not right");
        _setValue(field, code(key, 0));
        _click(_get(Button.class, spec -> spec.withId("confirm-two-factor")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("two-factor-status"))
                .getText()).startsWith("Two-factor sign-in is on, since");
        return key;
    }

    @Test
    void an_officer_sets_it_up_and_the_next_sign_in_asks_for_the_code_before_anything_else() {
        StaffAccount officer = signIn("tf-officer", Roles.CASE_OFFICER);
        String key = setUpOnTheAccountPage();
        assertThat(staffAccounts.findById(officer.getId()).orElseThrow().hasTwoFactor()).isTrue();

        passwordOnly("tf-officer", SecondFactor.CODE);
        UI.getCurrent().navigate(TwoFactorCodeView.class);
        TextField code = _get(TextField.class, spec -> spec.withId("sign-in-code"));
        _setValue(code, "000000".equals(code(key, 1)) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("sign-in-with-code")));
        assertThat(code.getErrorMessage()).contains("not right");
        assertThat(authorities()).containsExactly(SecondFactor.CODE);

        _setValue(code, code(key, 1));
        _click(_get(Button.class, spec -> spec.withId("sign-in-with-code")));

        assertThat(authorities()).containsExactly("ROLE_CASE_OFFICER");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkQueueView.class);
    }

    @Test
    void a_role_that_requires_it_sends_its_members_to_set_it_up_and_an_administrator_can_reset_it() {
        signIn("tf-county-admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("admin/staff");
        _click(_get(Button.class, spec -> spec.withId("two-factor-roles")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class, spec -> spec.withId("two-factor-required-roles"));
        _setValue(roles, Set.of(StaffRole.MANAGER));
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
        assertThat(administration.twoFactorRequiredFor()).containsExactly(StaffRole.MANAGER);

        StaffAccount manager = signIn("tf-manager", Roles.MANAGER);
        passwordOnly("tf-manager", SecondFactor.SET_UP);
        UI.getCurrent().navigate(TwoFactorRequiredView.class);
        String key = shownKey();
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), code(key, 0));
        _click(_get(Button.class, spec -> spec.withId("confirm-two-factor")));
        assertThat(authorities()).containsExactly("ROLE_MANAGER");
        assertThat(staffAccounts.findById(manager.getId()).orElseThrow().hasTwoFactor()).isTrue();

        // Required: the account page offers a new phone, not turning it off.
        signIn("tf-manager", Roles.MANAGER);
        UI.getCurrent().navigate(TwoFactorView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("two-factor-status"))
                .getText()).endsWith("Your role requires it.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("turn-off-two-factor"))).isEmpty();

        signIn("tf-county-admin", Roles.ADMINISTRATOR);
        administration.resetTwoFactor(manager.getId());
        assertThat(staffAccounts.findById(manager.getId()).orElseThrow().hasTwoFactor()).isFalse();
    }

    @Test
    void it_can_be_turned_off_with_the_password_when_no_role_requires_it() {
        StaffAccount panel = signIn("tf-panel", Roles.PANEL_MEMBER);
        setUpOnTheAccountPage();
        _setValue(_get(PasswordField.class, spec -> spec.withId("turn-off-password")), "unused");
        _click(_get(Button.class, spec -> spec.withId("turn-off-two-factor")));
        assertThat(staffAccounts.findById(panel.getId()).orElseThrow().hasTwoFactor()).isFalse();
    }
}
