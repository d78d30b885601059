package org.casereview.backoffice.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.admin.StaffAccountsView;
import org.casereview.backoffice.agency.AgencyHomeView;
import org.casereview.backoffice.cases.CaseListView;
import org.casereview.backoffice.queue.WorkQueueView;
import org.casereview.backoffice.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role starts on its own page and is offered only the pages it may use. */
class NavigationTest extends KaribuTest {

    static List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }

    static Class<?> home() {
        UI.getCurrent().navigate("");
        return UI.getCurrent().getCurrentView().getClass();
    }

    @Test
    void a_case_officer_starts_on_the_work_queue() {
        signIn("nav-officer", Roles.CASE_OFFICER);
        assertThat(home()).isEqualTo(WorkQueueView.class);
        assertThat(menu()).containsExactly("Work queue", "Record an application", "Cases", "Print queue",
                "Figures and reports",
                "Change password",
                "Two-factor sign-in");
    }

    @Test
    void a_panel_member_starts_on_the_case_reviews() {
        signIn("nav-panel", Roles.PANEL_MEMBER);
        assertThat(home()).isEqualTo(CaseListView.class);
        assertThat(menu()).containsExactly("Case reviews", "Change password", "Two-factor sign-in");
    }

    @Test
    void an_administrator_starts_on_staff_accounts_and_sees_no_cases() {
        signIn("nav-admin", Roles.ADMINISTRATOR);
        assertThat(home()).isEqualTo(StaffAccountsView.class);
        // Letters carry applicants' names and addresses: case data, which administrators do not see.
        assertThat(menu()).containsExactly("Staff accounts", "Partnerships", "Risk questions", "Subject access", "Retention", "Change password",
                "Two-factor sign-in");
    }

    @Test
    void a_partner_agency_user_starts_on_their_agency_page_and_sees_no_cases() {
        signIn("nav-agency", Roles.PARTNER_AGENCY);
        assertThat(home()).isEqualTo(AgencyHomeView.class);
        assertThat(menu()).containsExactly("My agency", "Change password", "Two-factor sign-in");
    }

    @Test
    void a_manager_who_is_also_an_administrator_has_both() {
        signIn("nav-both", Roles.MANAGER, Roles.ADMINISTRATOR);
        assertThat(home()).isEqualTo(WorkQueueView.class);
        assertThat(menu()).containsExactly("Work queue", "Record an application", "Cases", "Print queue",
                "Figures and reports",
                "Staff accounts", "Partnerships", "Risk questions", "Subject access", "Retention", "Change password",
                "Two-factor sign-in");
    }
}
