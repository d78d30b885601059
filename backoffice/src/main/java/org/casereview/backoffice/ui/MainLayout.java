package org.casereview.backoffice.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casereview.backoffice.security.Roles;
import org.casereview.notifications.demo.DemoMailServer;
import org.casereview.staff.MyAccount;
import org.casereview.staff.StaffMember;
import org.springframework.beans.factory.ObjectProvider;

import java.util.stream.Collectors;

/**
 * The frame around every signed-in page: the navigation each role needs, and who is signed in. A member of staff with
 * a password an administrator issued is sent to change it before anything else.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final MyAccount myAccount;

    MainLayout(AuthenticationContext authentication, MyAccount myAccount, ObjectProvider<DemoMailServer> demoMail) {
        this.myAccount = myAccount;
        StaffMember me = myAccount.me();
        Span title = new Span("Case Review");
        title.addClassName("app-title");
        Span user = new Span(me.displayName() + " · " + me.roles().stream().sorted()
                .map(role -> role.label().replaceAll(" \\(.*\\)", "")).collect(Collectors.joining(", ")));
        user.addClassName("signed-in-as");
        user.setId("signed-in-as");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(new DrawerToggle(), title, spacer, user, signOut);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        if (authentication.hasAnyRole(Roles.CASE_OFFICER, Roles.MANAGER)) {
            nav.addItem(new SideNavItem("Work queue", "queue"));
            nav.addItem(new SideNavItem("Record an application", "intake"));
        }
        if (authentication.hasAnyRole(Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER)) {
            nav.addItem(new SideNavItem(authentication.hasAnyRole(Roles.CASE_OFFICER, Roles.MANAGER)
                    ? "Cases" : "Case reviews", "cases"));
        }
        if (authentication.hasAnyRole(Roles.CASE_OFFICER, Roles.MANAGER)) {
            nav.addItem(new SideNavItem("Print queue", "messages/print-queue"));
            nav.addItem(new SideNavItem("Figures and reports", "reports"));
        }
        if (authentication.hasRole(Roles.PARTNER_AGENCY)) {
            nav.addItem(new SideNavItem("My agency", "agency"));
        }
        if (authentication.hasRole(Roles.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Staff accounts", "admin/staff"));
            nav.addItem(new SideNavItem("Partnerships", "admin/partnerships"));
            nav.addItem(new SideNavItem("Risk questions", "admin/risk-questions"));
            nav.addItem(new SideNavItem("Subject access", "admin/subject-access"));
            nav.addItem(new SideNavItem("Retention", "admin/retention"));
        }
        nav.addItem(new SideNavItem("Change password", CHANGE_PASSWORD_ROUTE));
        nav.addItem(new SideNavItem("Two-factor sign-in", "account/two-factor"));
        if (demoMail.getIfAvailable() != null) {
            nav.addItem(new SideNavItem("Demo mailbox", "demo/mail"));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getPath().equals(CHANGE_PASSWORD_ROUTE) && myAccount.mustChangePassword()) {
            event.rerouteTo(CHANGE_PASSWORD_ROUTE);
        }
    }
}
