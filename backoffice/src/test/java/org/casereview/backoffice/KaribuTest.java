package org.casereview.backoffice;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Browserless tests of the back office's views with the real services and the embedded MariaDB. Karibu runs no
 * servlet filters, so a test signs in by putting the member of staff where Spring Security and Vaadin look.
 */
@SpringBootTest
public abstract class KaribuTest {

    // Karibu discovers public route classes only (ClassGraph's default), so the views are public.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.casereview.backoffice");

    @Autowired
    ApplicationContext context;
    @Autowired
    protected StaffAccountRepository staffAccounts;
    @Autowired
    protected PartnershipRepository partnerships;

    @BeforeEach
    void setUpVaadin() {
        useSecurityOf(context);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Each Spring context of the test JVM makes its own Vaadin-aware security context strategy, with its own
     * thread-local, and the last one made becomes the global one; the services of {@code context} read its own. A
     * test that signs in through {@link SecurityContextHolder} calls this first, so both use the same.
     */
    public static void useSecurityOf(ApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy));
    }

    /**
     * Signs in as a county-wide member of staff with these roles; the account is created in the database the first
     * time, because the services read who is signed in (and their partnership) from there.
     */
    protected StaffAccount signIn(String username, String... roles) {
        return signInFor(username, null, roles);
    }

    /** Signs in as a member of staff of one partnership ({@code null}: county-wide). */
    protected StaffAccount signInFor(String username, @Nullable String partnershipCode, String... roles) {
        StaffAccount account = staffAccounts.findByUsername(username).orElseGet(() -> {
            EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
            Arrays.stream(roles).map(StaffRole::valueOf).forEach(set::add);
            Long partnershipId = partnershipCode == null ? null
                    : partnerships.findByCode(partnershipCode).orElseThrow().getId();
            return staffAccounts.save(new StaffAccount(username, "Test " + username, "{noop}unused", set,
                    partnershipId, false));
        });
        authenticate(username, roles);
        return account;
    }

    /** Every row of a grid, fetched through its data provider as the browser would, page by page. */
    protected static <T> List<T> rowsOf(com.vaadin.flow.component.grid.Grid<T> grid) {
        List<T> rows = new java.util.ArrayList<>();
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            rows.add(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i));
        }
        return rows;
    }

    /** The texts of the notifications shown so far. */
    protected static List<String> notificationTexts() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private static void authenticate(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities =
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var authentication = new UsernamePasswordAuthenticationToken(
                new User(username, "unused", authorities), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> Arrays.asList(roles).contains(role));
    }
}
