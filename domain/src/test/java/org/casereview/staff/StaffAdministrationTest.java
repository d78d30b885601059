package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.Agency;
import org.casereview.partnership.PartnershipRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class StaffAdministrationTest {

    @Autowired
    StaffAdministration administration;
    @Autowired
    MyAccount myAccount;
    @Autowired
    SignInAttempts signIns;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private static String newName() {
        return "n" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long partnership(String code) {
        return partnerships.findByCode(code).orElseThrow().getId();
    }

    @Test
    void an_administrator_creates_an_account_with_a_temporary_password_that_must_be_changed() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        String username = newName();

        var issued = administration.create(new NewStaffAccount(username, "Dana Okafor",
                Set.of(StaffRole.CASE_OFFICER), partnership("sevenoaks"), null));

        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(issued.temporaryPassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(account.getPasswordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(issued.temporaryPassword());
        assertThat(passwordEncoder.matches(issued.temporaryPassword(), account.getPasswordHash())).isTrue();
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(administration.changes(account.getId())).extracting(StaffAccountChange::getDescription)
                .singleElement().asString().startsWith("Account created: [Case officer");

        TestCases.signInAs(username, StaffRole.CASE_OFFICER);
        assertThat(myAccount.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> myAccount.changePassword(issued.temporaryPassword(), "short"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> myAccount.changePassword("wrong", "a good long passphrase"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not right");
        myAccount.changePassword(issued.temporaryPassword(), "a good long passphrase");
        assertThat(myAccount.mustChangePassword()).isFalse();
    }

    @Test
    void accounts_are_checked_partner_agency_users_need_their_agency() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> administration.create(new NewStaffAccount("Not Valid!", "X", Set.of(StaffRole.MANAGER),
                null, null))).isInstanceOf(ActionRefusedException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> administration.create(new NewStaffAccount(newName(), "X", Set.of(), null, null)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> administration.create(new NewStaffAccount(newName(), "Kent Police user",
                Set.of(StaffRole.PARTNER_AGENCY), null, null)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("agency");
        var issued = administration.create(new NewStaffAccount(newName(), "Kent Police user",
                Set.of(StaffRole.PARTNER_AGENCY), null, Agency.POLICE));
        assertThat(administration.get(issued.accountId()).getAgency()).isEqualTo(Agency.POLICE);
    }

    @Test
    void an_administrator_of_one_partnership_manages_only_its_accounts_and_gives_no_county_wide_access() {
        StaffAccount other = cases.account("bassetlaw", StaffRole.CASE_OFFICER);
        StaffAccount own = cases.account("sevenoaks", StaffRole.CASE_OFFICER);
        cases.signIn("sevenoaks", StaffRole.ADMINISTRATOR);

        assertThat(administration.list(null, PageRequest.of(0, 1000)).map(StaffAccount::getUsername))
                .contains(own.getUsername()).doesNotContain(other.getUsername());
        assertThatThrownBy(() -> administration.disable(other.getId())).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> administration.create(new NewStaffAccount(newName(), "Everywhere",
                Set.of(StaffRole.MANAGER), null, null)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("your own partnership");
        administration.update(own.getId(), "Renamed Officer", Set.of(StaffRole.CASE_OFFICER, StaffRole.MANAGER),
                partnership("sevenoaks"), null);
        assertThat(administration.changes(own.getId())).extracting(StaffAccountChange::getDescription)
                .anySatisfy(d -> assertThat(d).startsWith("Access changed from [Case officer").contains("Manager"))
                .contains("Name changed from " + own.getDisplayName() + " to Renamed Officer");
    }

    @Test
    void an_administrator_disables_enables_unlocks_and_resets_but_cannot_lock_themselves_out() {
        StaffAccount admin = cases.signIn(null, StaffRole.ADMINISTRATOR);
        StaffAccount officer = cases.account(null, StaffRole.CASE_OFFICER);

        assertThatThrownBy(() -> administration.disable(admin.getId())).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> administration.update(admin.getId(), "Me", Set.of(StaffRole.MANAGER), null, null))
                .isInstanceOf(ActionRefusedException.class);

        administration.disable(officer.getId());
        assertThat(accounts.findById(officer.getId()).orElseThrow().isEnabled()).isFalse();
        administration.enable(officer.getId());

        for (int i = 0; i < signIns.maxFailures(); i++) {
            signIns.failed(officer.getUsername());
        }
        assertThat(signIns.isLocked(accounts.findById(officer.getId()).orElseThrow())).isTrue();
        administration.unlock(officer.getId());
        assertThat(signIns.isLocked(accounts.findById(officer.getId()).orElseThrow())).isFalse();

        var issued = administration.resetPassword(officer.getId());
        StaffAccount reset = accounts.findById(officer.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(issued.temporaryPassword(), reset.getPasswordHash())).isTrue();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(administration.changes(officer.getId())).extracting(StaffAccountChange::getDescription)
                .containsExactly("Password reset; must be changed at the next sign-in",
                        "Unlocked after failed sign-ins", "Account enabled", "Account disabled");
    }

    @Test
    void only_administrators_manage_accounts() {
        cases.signIn(null, StaffRole.MANAGER, StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> administration.list(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_disabled_account_is_not_let_in_by_the_services_even_in_a_live_session() {
        StaffAccount officer = cases.account(null, StaffRole.CASE_OFFICER);
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        administration.disable(officer.getId());

        TestCases.signInAs(officer.getUsername(), StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> myAccount.me()).isInstanceOf(AccessDeniedException.class);
    }
}
