package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class TwoFactorTest {

    @Autowired
    TwoFactor twoFactor;
    @Autowired
    StaffAdministration administration;
    @Autowired
    SignInAttempts signIns;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    TwoFactorSecrets secrets;
    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    /** The step when the test started: codes are made relative to it, so a step ending mid-test changes nothing. */
    long start;

    @BeforeEach
    void startStep() {
        start = Totp.step(Instant.now());
    }

    String codeNow(TwoFactor.SetUp setUp, int stepsFromStart) {
        return Totp.code(Base32.decode(setUp.secret()), start + stepsFromStart);
    }

    private StaffAccount reload(StaffAccount account) {
        return accounts.findById(account.getId()).orElseThrow();
    }

    private java.util.List<String> log(StaffAccount account) {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        return administration.changes(account.getId()).stream().map(StaffAccountChange::getDescription).toList();
    }

    @Test
    void set_up_with_a_first_code_then_sign_in_codes_are_accepted_once() {
        StaffAccount officer = cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        TwoFactor.SetUp setUp = twoFactor.begin();
        assertThat(setUp.otpauthUri()).startsWith("otpauth://totp/Case%20Review%3A" + officer.getUsername()
                + "?secret=" + setUp.secret() + "&issuer=Case%20Review");
        assertThat(setUp.toString()).doesNotContain(setUp.secret());
        assertThat(twoFactor.status().enabled()).isFalse();

        assertThatThrownBy(() -> twoFactor.confirm(setUp, "000000".equals(codeNow(setUp, 0)) ? "111111" : "000000"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not right");
        twoFactor.confirm(setUp, codeNow(setUp, 0));

        StaffAccount stored = reload(officer);
        assertThat(stored.hasTwoFactor()).isTrue();
        // Stored encrypted: neither the base 32 key nor its bytes appear in the column.
        assertThat(stored.getTwoFactorSecret()).startsWith("v1:").doesNotContain(setUp.secret());
        assertThat(secrets.open(stored.getId(), stored.getTwoFactorSecret())).isEqualTo(Base32.decode(setUp.secret()));
        assertThat(signIns.secondStep(stored)).isEqualTo(SecondStep.CODE);

        // The code used to confirm is not accepted again at sign-in; the next step's is, once.
        assertThat(twoFactor.verify(codeNow(setUp, 0))).isEqualTo(TwoFactor.CodeCheck.WRONG);
        assertThat(twoFactor.verify(codeNow(setUp, 1))).isEqualTo(TwoFactor.CodeCheck.ACCEPTED);
        assertThat(twoFactor.verify(codeNow(setUp, 1))).isEqualTo(TwoFactor.CodeCheck.WRONG);
        assertThat(log(officer)).containsExactly("Two-factor sign-in set up");
    }

    @Test
    void wrong_codes_count_towards_the_lock_as_wrong_passwords_do() {
        StaffAccount officer = cases.signIn(null, StaffRole.MANAGER);
        TwoFactor.SetUp setUp = twoFactor.begin();
        twoFactor.confirm(setUp, codeNow(setUp, 0));
        String wrong = codeNow(setUp, -5);
        for (int i = 1; i < signIns.maxFailures(); i++) {
            assertThat(twoFactor.verify(wrong)).isEqualTo(TwoFactor.CodeCheck.WRONG);
        }
        assertThat(twoFactor.verify(wrong)).isEqualTo(TwoFactor.CodeCheck.LOCKED);
        // Locked: even the right code is refused until the lock ends or an administrator unlocks it.
        assertThat(twoFactor.verify(codeNow(setUp, 1))).isEqualTo(TwoFactor.CodeCheck.LOCKED);
        assertThat(reload(officer).isLockedAt(Instant.now())).isTrue();
    }

    @Test
    void a_secret_sealed_for_one_account_does_not_open_for_another() {
        byte[] secret = secrets.newSecret();
        String sealed = secrets.seal(1, secret);
        assertThat(secrets.open(1, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> secrets.open(2, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removing_asks_for_the_password_and_is_refused_when_the_role_requires_it() {
        StaffAccount panel = cases.signIn(null, StaffRole.PANEL_MEMBER);
        TwoFactor.SetUp setUp = twoFactor.begin();
        twoFactor.confirm(setUp, codeNow(setUp, 0));
        assertThatThrownBy(() -> twoFactor.remove("not my password"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not right");

        cases.signIn(null, StaffRole.ADMINISTRATOR);
        administration.requireTwoFactor(EnumSet.of(StaffRole.PANEL_MEMBER));
        try {
            TestCases.signInAs(panel.getUsername(), StaffRole.PANEL_MEMBER);
            assertThat(twoFactor.status().required()).isTrue();
            assertThatThrownBy(() -> twoFactor.remove("secret-password"))
                    .isInstanceOf(ActionRefusedException.class).hasMessageContaining("required for your role");
        } finally {
            cases.signIn(null, StaffRole.ADMINISTRATOR);
            administration.requireTwoFactor(Set.of());
        }
        TestCases.signInAs(panel.getUsername(), StaffRole.PANEL_MEMBER);
        twoFactor.remove("secret-password");
        assertThat(reload(panel).hasTwoFactor()).isFalse();
        assertThat(log(panel)).containsExactly("Two-factor sign-in turned off", "Two-factor sign-in set up");
    }

    @Test
    void a_required_role_makes_its_members_set_it_up_and_an_administrator_can_reset_it() {
        StaffAccount agency = cases.account("sevenoaks", StaffRole.PARTNER_AGENCY);
        StaffAccount admin = cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThat(signIns.secondStep(agency)).isEqualTo(SecondStep.NONE);
        administration.requireTwoFactor(EnumSet.of(StaffRole.PARTNER_AGENCY, StaffRole.MANAGER));
        try {
            assertThat(administration.twoFactorRequiredFor())
                    .containsExactlyInAnyOrder(StaffRole.PARTNER_AGENCY, StaffRole.MANAGER);
            assertThat(signIns.secondStep(reload(agency))).isEqualTo(SecondStep.SET_UP);

            TestCases.signInAs(agency.getUsername(), StaffRole.PARTNER_AGENCY);
            TwoFactor.SetUp setUp = twoFactor.begin();
            twoFactor.confirm(setUp, codeNow(setUp, 0));
            assertThat(signIns.secondStep(reload(agency))).isEqualTo(SecondStep.CODE);

            TestCases.signInAs(admin.getUsername(), StaffRole.ADMINISTRATOR);
            administration.resetTwoFactor(agency.getId());
            assertThat(signIns.secondStep(reload(agency))).isEqualTo(SecondStep.SET_UP);
            assertThatThrownBy(() -> administration.resetTwoFactor(agency.getId()))
                    .isInstanceOf(ActionRefusedException.class);
            assertThat(administration.changes(agency.getId())).extracting(StaffAccountChange::getDescription)
                    .containsExactly("Two-factor sign-in reset by an administrator; to be set up again at the next "
                            + "sign-in", "Two-factor sign-in set up");
            assertThat(administration.changes(admin.getId())).extracting(StaffAccountChange::getDescription)
                    .singleElement().asString().startsWith("Two-factor sign-in required of Manager, Partner agency");
        } finally {
            administration.requireTwoFactor(Set.of());
        }
    }

    @Test
    void only_a_county_wide_administrator_changes_the_requirement_and_officers_not_at_all() {
        cases.signIn("sevenoaks", StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> administration.requireTwoFactor(EnumSet.of(StaffRole.MANAGER)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("county-wide");
        cases.signIn(null, StaffRole.MANAGER);
        assertThatThrownBy(() -> administration.requireTwoFactor(EnumSet.of(StaffRole.MANAGER)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
