package org.casereview.backoffice.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casereview.notifications.demo.DemoMailServer;
import org.springframework.beans.factory.ObjectProvider;

/** The frame around every signed-in page: the navigation and who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, ObjectProvider<DemoMailServer> demoMail) {
        Span title = new Span("Case Review");
        title.addClassName("app-title");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("signed-in-as");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(new DrawerToggle(), title, spacer, user, signOut);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Cases", "cases"));
        if (demoMail.getIfAvailable() != null) {
            nav.addItem(new SideNavItem("Demo mailbox", "demo/mail"));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
