package org.casereview.backoffice.agency;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.backoffice.security.Roles;
import org.casereview.staff.MyAccount;
import org.casereview.staff.StaffMember;

/**
 * A partner agency user's page. Agencies are asked for case information once a review starts, which a later release
 * brings; until then their account sees no case at all.
 */
@Route("agency")
@PageTitle("My agency – Case Review")
@RolesAllowed(Roles.PARTNER_AGENCY)
public class AgencyHomeView extends Main {

    AgencyHomeView(MyAccount myAccount) {
        addClassNames("view", "narrow-view");
        StaffMember me = myAccount.me();
        Paragraph agency = new Paragraph("You are signed in for " + (me.agency() == null ? "a partner agency"
                : me.agency().label()) + ".");
        agency.setId("agency-name");
        add(new H1("My agency"), agency,
                new Paragraph("When the Community Safety Unit starts a case review, it will ask your agency here for "
                        + "what it knows about the case and the action it took, with a date to reply by."),
                new Paragraph("There are no requests for your agency. Your account cannot see applications or "
                        + "applicants' details."));
    }
}
