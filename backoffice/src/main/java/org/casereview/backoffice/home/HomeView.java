package org.casereview.backoffice.home;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casereview.backoffice.account.ChangePasswordView;
import org.casereview.backoffice.admin.StaffAccountsView;
import org.casereview.backoffice.agency.AgencyHomeView;
import org.casereview.backoffice.cases.CaseListView;
import org.casereview.backoffice.queue.WorkQueueView;
import org.casereview.backoffice.security.Roles;

/** The address staff bookmark: each is sent to the page their role starts from. */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasAnyRole(Roles.CASE_OFFICER, Roles.MANAGER)) {
            event.forwardTo(WorkQueueView.class);
        } else if (authentication.hasRole(Roles.PANEL_MEMBER)) {
            event.forwardTo(CaseListView.class);
        } else if (authentication.hasRole(Roles.ADMINISTRATOR)) {
            event.forwardTo(StaffAccountsView.class);
        } else if (authentication.hasRole(Roles.PARTNER_AGENCY)) {
            event.forwardTo(AgencyHomeView.class);
        } else {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
