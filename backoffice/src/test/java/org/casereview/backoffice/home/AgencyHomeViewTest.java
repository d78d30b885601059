package org.casereview.backoffice.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.casereview.application.Agency;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.agency.AgencyHomeView;
import org.casereview.backoffice.security.Roles;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AgencyHomeViewTest extends KaribuTest {

    @Test
    void a_partner_agency_user_sees_their_agency_and_no_case_details() {
        staffAccounts.save(new StaffAccount("police-user", "PC Agency", "{noop}x", EnumSet.of(StaffRole.PARTNER_AGENCY),
                null, Agency.POLICE, false));
        signIn("police-user", Roles.PARTNER_AGENCY);

        UI.getCurrent().navigate(AgencyHomeView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("agency-name")).getText())
                .isEqualTo("You are signed in for Police.");
        assertThat(_get(AgencyHomeView.class).getElement().getTextRecursively())
                .contains("cannot see applications");
    }
}
