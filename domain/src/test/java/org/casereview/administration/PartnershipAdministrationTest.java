package org.casereview.administration;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipChange;
import org.casereview.partnership.PartnershipSettings;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PartnershipAdministrationTest {

    @Autowired
    PartnershipAdministration administration;
    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private static PartnershipSettings withPhoneAndWording(PartnershipSettings s, String phone, String wording) {
        return new PartnershipSettings(phone, s.csuEmail(), s.csuAddress(), s.hateCrimeLine(), s.asbReporting(),
                s.metWording(), wording, s.queryWording(), s.pccContact(), s.policy(), s.riskMediumFrom(),
                s.riskHighFrom(), s.retentionYears());
    }

    @Test
    void each_changed_setting_is_recorded_with_its_old_and_new_value() {
        cases.signIn("folkestone-hythe", StaffRole.ADMINISTRATOR);
        Partnership partnership = administration.manageable().getFirst();
        assertThat(administration.manageable()).singleElement()
                .satisfies(p -> assertThat(p.getCode()).isEqualTo("folkestone-hythe"));
        PartnershipSettings before = partnership.settings();

        int changed = administration.update(partnership.getId(), partnership.getVersion(),
                withPhoneAndWording(before, "01303 999999", "Keep a diary of each incident."));

        assertThat(changed).isEqualTo(2);
        assertThat(administration.changes(partnership.getId())).extracting(PartnershipChange::getField,
                        PartnershipChange::getOldValue, PartnershipChange::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Phone", "01303 853000", "01303 999999"));
        assertThat(administration.get(partnership.getId()).getNotMetWording())
                .isEqualTo("Keep a diary of each incident.");

        // A second administrator's form, opened before the change, cannot overwrite it.
        assertThatThrownBy(() -> administration.update(partnership.getId(), partnership.getVersion(), before))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("changed by someone else");
        Partnership now = administration.get(partnership.getId());
        administration.update(now.getId(), now.getVersion(), before);
    }

    @Test
    void how_long_closed_cases_are_kept_is_six_years_unless_changed_and_each_change_is_recorded() {
        cases.signIn("newark-sherwood", StaffRole.ADMINISTRATOR);
        Partnership partnership = administration.manageable().getFirst();
        PartnershipSettings s = partnership.settings();
        assertThat(s.retentionYears()).isEqualTo(6);
        for (int refused : new int[] {0, 26}) {
            assertThatThrownBy(() -> administration.update(partnership.getId(), partnership.getVersion(),
                    withRetention(s, refused))).isInstanceOf(ActionRefusedException.class)
                    .hasMessage("Closed cases must be kept for 1 to 25 years after closure");
        }

        administration.update(partnership.getId(), partnership.getVersion(), withRetention(s, 8));

        Partnership changed = administration.get(partnership.getId());
        assertThat(changed.getRetentionYears()).isEqualTo(8);
        assertThat(administration.changes(partnership.getId())).extracting(PartnershipChange::getField,
                        PartnershipChange::getOldValue, PartnershipChange::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Keep closed cases (years after closure)", "6", "8"));
        administration.update(changed.getId(), changed.getVersion(), withRetention(s, 6));
    }

    private static PartnershipSettings withRetention(PartnershipSettings s, int years) {
        return new PartnershipSettings(s.csuPhone(), s.csuEmail(), s.csuAddress(), s.hateCrimeLine(), s.asbReporting(),
                s.metWording(), s.notMetWording(), s.queryWording(), s.pccContact(), s.policy(), s.riskMediumFrom(),
                s.riskHighFrom(), years);
    }

    @Test
    void settings_are_checked_and_other_partnerships_are_out_of_reach() {
        cases.signIn("folkestone-hythe", StaffRole.ADMINISTRATOR);
        Partnership partnership = administration.manageable().getFirst();
        PartnershipSettings s = partnership.settings();
        assertThatThrownBy(() -> administration.update(partnership.getId(), partnership.getVersion(),
                new PartnershipSettings(s.csuPhone(), "not an address", s.csuAddress(), s.hateCrimeLine(),
                        s.asbReporting(), s.metWording(), s.notMetWording(), s.queryWording(), s.pccContact(),
                        s.policy(), 5, 4, s.retentionYears())))
                .isInstanceOf(ActionRefusedException.class);
        long sevenoaks = cases.account("sevenoaks", StaffRole.CASE_OFFICER).getPartnershipId();
        assertThatThrownBy(() -> administration.get(sevenoaks)).isInstanceOf(ActionRefusedException.class);

        cases.signIn(null, StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> administration.manageable()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_partnership_has_its_police_and_crime_commissioner_and_a_change_is_recorded() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThat(administration.manageable()).hasSize(6).allSatisfy(p -> {
            assertThat(p.getPccContact().lines()).hasSize(5);
            assertThat(p.getPccContact().lines().findFirst()).hasValueSatisfying(name ->
                    assertThat(name).contains("Police and Crime Commissioner"));
        });
        Partnership bassetlaw = administration.manageable().stream().filter(p -> p.getCode().equals("bassetlaw"))
                .findFirst().orElseThrow();
        assertThat(bassetlaw.getPccContact()).contains("Nottinghamshire");
        PartnershipSettings s = bassetlaw.settings();

        administration.update(bassetlaw.getId(), bassetlaw.getVersion(), new PartnershipSettings(s.csuPhone(),
                s.csuEmail(), s.csuAddress(), s.hateCrimeLine(), s.asbReporting(), s.metWording(), s.notMetWording(),
                s.queryWording(), "Office of the PCC\nPhone: 0115 000 0000", s.policy(), s.riskMediumFrom(),
                s.riskHighFrom(), s.retentionYears()));

        assertThat(administration.changes(bassetlaw.getId())).extracting(PartnershipChange::getField)
                .contains("Police and Crime Commissioner's office");
        Partnership now = administration.get(bassetlaw.getId());
        administration.update(now.getId(), now.getVersion(), s);
    }
}
