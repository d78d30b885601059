package org.casereview.backoffice.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import org.casereview.ActionRefusedException;
import org.casereview.application.Application;
import org.casereview.application.Agency;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.casework.CaseFilter;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.casework.CaseRow;
import org.casereview.casework.CaseworkService;
import org.casereview.staff.StaffAccount;
import org.casereview.review.AgencyWork;
import org.casereview.review.ReviewService;
import org.casereview.staff.StaffAdministration;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the access-control table ({@code docs/access-control.md}) and holds the back office to it: every view found on
 * the class path and every {@code @PreAuthorize} service method needs a row; each role (and a sign-in still waiting
 * for its code, and nobody signed in) opens exactly the screens and calls exactly the methods its column allows; and
 * a case, account or partnership of another partnership is not found by putting its id in the address or the call.
 */
class AccessControlTableTest extends KaribuTest {

    static final Path TABLE = Path.of("..", "docs", "access-control.md");
    static final List<String> COLUMNS =
            List.of("admin", "officer", "manager", "panel", "agency", "code pending", "signed out");
    /** The role each column signs in with; the last two are not roles. */
    static final Map<String, String> ROLES = Map.of("admin", Roles.ADMINISTRATOR, "officer", Roles.CASE_OFFICER,
            "manager", Roles.MANAGER, "panel", Roles.PANEL_MEMBER, "agency", Roles.PARTNER_AGENCY);
    /** Pages that stand in for a refused one: the sign-in, and the second step of a sign-in. */
    static final Set<Class<?>> GATES = Set.of(LoginView.class, TwoFactorCodeView.class, TwoFactorRequiredView.class);

    /** One row: a screen (key: view's simple name, detail: route) or a method (key: Class.method, detail: scope). */
    record Row(String key, String detail, Map<String, Boolean> allowed) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, Row> screens;
    Map<String, Row> methods;

    @BeforeEach
    void readTable() throws IOException {
        List<String> lines = Files.readAllLines(TABLE);
        screens = section(lines, "## Screens");
        methods = section(lines, "## Service methods");
    }

    static Map<String, Row> section(List<String> lines, String heading) {
        Map<String, Row> rows = new LinkedHashMap<>();
        int start = lines.indexOf(heading);
        assertThat(start).as("section %s in %s", heading, TABLE).isNotNegative();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(cell -> cell.strip().replace("`", "")).toList();
            if (cells.get(0).equals("route") || cells.get(0).equals("method")) {
                assertThat(cells.subList(2, cells.size())).as("columns of %s", heading).isEqualTo(COLUMNS);
                continue;
            }
            boolean screen = heading.equals("## Screens");
            String key = screen ? cells.get(1) : cells.get(0);
            String detail = screen ? cells.get(0) : cells.get(1);
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = cells.get(i + 2);
                assertThat(cell).as("%s, %s", key, COLUMNS.get(i)).isIn("yes", "no");
                allowed.put(COLUMNS.get(i), cell.equals("yes"));
            }
            assertThat(rows.put(key, new Row(key, detail, allowed))).as("a second row for %s", key).isNull();
        }
        return rows;
    }

    // Every screen and every method has a row --------------------------------------------------------------------

    static Map<String, Class<? extends Component>> views() {
        return new Routes().autoDiscoverViews("org.casereview.backoffice").getRoutes().stream()
                .filter(view -> view.isAnnotationPresent(Route.class))
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    }

    static String route(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }

    /** Every public method of a class that states its roles, and every method that states its own. */
    static Map<String, List<Method>> securedMethods() {
        Map<String, List<Method>> found = new LinkedHashMap<>();
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().enableMethodInfo()
                .acceptPackages("org.casereview").scan()) {
            Set<ClassInfo> classes = new java.util.LinkedHashSet<>(
                    scan.getClassesWithAnnotation(PreAuthorize.class.getName()));
            classes.addAll(scan.getClassesWithMethodAnnotation(PreAuthorize.class.getName()));
            for (ClassInfo info : classes) {
                Class<?> type = info.loadClass();
                boolean classLevel = type.isAnnotationPresent(PreAuthorize.class);
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic()
                            && (classLevel || method.isAnnotationPresent(PreAuthorize.class))) {
                        found.computeIfAbsent(type.getSimpleName() + "." + method.getName(), k -> new ArrayList<>())
                                .add(method);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void every_view_has_a_row_with_its_route_and_every_row_a_view() {
        Map<String, Class<? extends Component>> views = views();
        assertThat(views.keySet()).as("views without a row in %s (add one)", TABLE)
                .isSubsetOf(screens.keySet());
        assertThat(screens.keySet()).as("rows of %s for views that do not exist", TABLE)
                .isSubsetOf(views.keySet());
        views.forEach((name, view) ->
                assertThat(screens.get(name).detail()).as("route of %s", name).isEqualTo(route(view)));
    }

    @Test
    void every_secured_service_method_has_a_row_and_every_row_a_method() {
        Set<String> found = securedMethods().keySet();
        assertThat(found).as("@PreAuthorize methods without a row in %s (add one)", TABLE)
                .isSubsetOf(methods.keySet());
        assertThat(methods.keySet()).as("rows of %s for methods that do not exist", TABLE).isSubsetOf(found);
        assertThat(found).hasSizeGreaterThan(30);
    }

    // Each role is allowed exactly what the table says ---------------------------------------------------------------

    /** Signs in as the column says: a county-wide account with that role, a password-only sign-in, or nobody. */
    void signInAs(String column) {
        switch (column) {
            case "code pending" -> {
                signIn("acl-pending", Roles.CASE_OFFICER);
                org.casereview.backoffice.account.TwoFactorViewTest.passwordOnly("acl-pending", SecondFactor.CODE);
            }
            case "signed out" -> {
                SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
                anonymous.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                        List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
                SecurityContextHolder.setContext(anonymous);
                FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(null);
                request.setUserInRole((principal, role) -> false);
            }
            default -> signIn("acl-" + column, ROLES.get(column));
        }
    }

    /** Whether navigating to {@code path} shows {@code view} (or a page it sends on to) rather than refusing. */
    static boolean opens(String path, Class<?> view) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException | Error e) {
            // Karibu reports a refused or not-found route as an Error rather than showing Vaadin's error page.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MockAccessDeniedException || cause instanceof NotFoundError
                        || cause instanceof NotFoundException) {
                    return false;
                }
            }
            throw e;
        }
        Class<?> shown = UI.getCurrent().getCurrentView().getClass();
        return shown == view || !GATES.contains(shown);
    }

    /** A case every column that may see cases can open: under review, so panel members see it too. */
    Application caseUnderReview(String partnership) {
        Application application = applications.apply(partnership, Channel.PHONE, "Robin Access", null, 20, 10, 3);
        jdbc.update("UPDATE application SET status = 'REVIEW_ACTIVATED' WHERE id = ?", application.getId());
        return application;
    }

    @Test
    void each_role_opens_exactly_the_screens_the_table_allows() {
        String id = String.valueOf(caseUnderReview("tonbridge-malling").getId());
        List<String> wrong = new ArrayList<>();
        for (String column : COLUMNS) {
            signInAs(column);
            views().forEach((name, view) -> {
                boolean expected = screens.get(name).allowed().get(column);
                boolean actual = opens(route(view).replace(":id", id), view);
                // The demo mailbox is there only when the demo's mail catcher is, which depends on the tests that
                // ran before in this JVM: for signed-in roles either answer is right.
                boolean demoOnly = view.getSimpleName().equals("DemoMailboxView") && ROLES.containsKey(column);
                if (actual != expected && !demoOnly) {
                    wrong.add(column + (actual ? " opens " : " is refused ") + route(view) + " (" + name + ")");
                }
            });
        }
        assertThat(wrong).as("screens not as %s says", TABLE).isEmpty();
    }

    static @Nullable Object dummy(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type == String.class) {
            return "";
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == List.class) {
            return List.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Pageable.class) {
            return PageRequest.of(0, 5);
        } else if (type == CaseFilter.class) {
            return CaseFilter.none();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** Calls the method with harmless arguments (the first one given); what it throws, if anything. */
    @Nullable Throwable call(Method method, @Nullable Long firstArgument) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AccessControlTableTest::dummy).toArray();
        if (firstArgument != null) {
            arguments[0] = firstArgument;
        }
        try {
            method.invoke(context.getBean(method.getDeclaringClass()), arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void each_role_calls_exactly_the_service_methods_the_table_allows() {
        List<String> wrong = new ArrayList<>();
        for (String column : COLUMNS) {
            securedMethods().forEach((name, overloads) -> {
                boolean expected = methods.get(name).allowed().get(column);
                for (Method method : overloads) {
                    signInAs(column);
                    Throwable thrown = call(method, null);
                    boolean refused = thrown instanceof AuthorizationDeniedException;
                    if (refused == expected) {
                        wrong.add(column + (refused ? " is refused " : " may call ") + name
                                + (refused ? "" : " (threw " + thrown + ")"));
                    }
                }
            });
        }
        assertThat(wrong).as("service methods not as %s says", TABLE).isEmpty();
    }

    // Another partnership's records are not found by changing an id -------------------------------------------------

    /** The first role column that may call a row's method: who tries another partnership's id. */
    String caller(Row row) {
        return COLUMNS.stream().filter(ROLES::containsKey).filter(column -> row.allowed().get(column)).findFirst()
                .orElseThrow();
    }

    /**
     * What a call with someone else's id must throw, by scope; null where the scope has no id to change, or (agency
     * items) where the test below makes the records it needs.
     */
    static @Nullable Class<? extends Throwable> notFound(String scope) {
        return switch (scope) {
            case "case" -> CaseNotFoundException.class;
            case "account", "partnership" -> ActionRefusedException.class;
            default -> null;
        };
    }

    @Test
    void an_id_of_another_partnership_is_not_found_for_every_scoped_method() {
        long otherCase = caseUnderReview("bassetlaw").getId();
        long ownCase = caseUnderReview("sevenoaks").getId();
        StaffAccount otherAccount = signInFor("acl-bassetlaw-officer", "bassetlaw", Roles.CASE_OFFICER);
        StaffAccount ownAccount = signInFor("acl-sevenoaks-target", "sevenoaks", Roles.CASE_OFFICER);
        long otherPartnership = partnerships.findByCode("bassetlaw").orElseThrow().getId();
        long ownPartnership = partnerships.findByCode("sevenoaks").orElseThrow().getId();
        List<String> wrong = new ArrayList<>();
        securedMethods().forEach((name, overloads) -> {
            Row row = methods.get(name);
            Class<? extends Throwable> expected = notFound(row.detail());
            if (expected == null) {
                return;
            }
            String column = caller(row);
            long other = switch (row.detail()) {
                case "case" -> otherCase;
                case "account" -> otherAccount.getId();
                default -> otherPartnership;
            };
            long own = switch (row.detail()) {
                case "case" -> ownCase;
                case "account" -> ownAccount.getId();
                default -> ownPartnership;
            };
            for (Method method : overloads) {
                signInFor("acl-sevenoaks-" + column, "sevenoaks", ROLES.get(column));
                Throwable withOther = call(method, other);
                if (!expected.isInstance(withOther) || !String.valueOf(withOther.getMessage()).matches(
                        "(?s).*(not found|There is no such|no case).*")) {
                    wrong.add(column + " of sevenoaks calling " + name + " with bassetlaw's id got " + withOther);
                }
                // The same call with an id of their own partnership is not "not found": the check is the scope.
                Throwable withOwn = call(method, own);
                if (withOwn instanceof CaseNotFoundException || (withOwn != null
                        && String.valueOf(withOwn.getMessage()).startsWith("There is no such"))) {
                    wrong.add(column + " of sevenoaks calling " + name + " with its own id got " + withOwn);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** A partner agency user of that partnership and agency, signed in. */
    void signInAsAgency(String username, String partnership, Agency agency) {
        if (staffAccounts.findByUsername(username).isEmpty()) {
            staffAccounts.save(new StaffAccount(username, "Test " + username, "{noop}unused",
                    Set.of(StaffRole.PARTNER_AGENCY), partnerships.findByCode(partnership).orElseThrow().getId(),
                    agency, false));
        }
        signInFor(username, partnership, Roles.PARTNER_AGENCY);
    }

    @Test
    void a_partner_agency_user_reaches_only_their_own_agencys_requests_of_their_own_partnership_whatever_the_id() {
        Application bassetlaws = caseUnderReview("bassetlaw");
        signInFor("acl-request-officer", "bassetlaw", Roles.CASE_OFFICER);
        long requestId = Objects.requireNonNull(context.getBean(ReviewService.class).requestInformation(
                bassetlaws.getId(), applications.reload(bassetlaws).getVersion(), Agency.POLICE,
                "Nottinghamshire Police", null, "Your records of the reports, please", Applications.today()
                        .plusDays(14)).getId());
        AgencyWork agencyWork = context.getBean(AgencyWork.class);
        java.util.function.Supplier<List<Long>> listed = () -> agencyWork.requests(PageRequest.of(0, 500)).stream()
                .map(AgencyWork.RequestForAgency::id).toList();

        signInAsAgency("acl-police-sevenoaks", "sevenoaks", Agency.POLICE);
        assertThat(listed.get()).doesNotContain(requestId);
        assertThat(call(answer(), requestId)).isInstanceOf(AgencyWork.AgencyItemNotFound.class);
        signInAsAgency("acl-council-bassetlaw", "bassetlaw", Agency.COUNCIL);
        assertThat(listed.get()).doesNotContain(requestId);
        assertThat(call(answer(), requestId)).isInstanceOf(AgencyWork.AgencyItemNotFound.class);

        signInAsAgency("acl-police-bassetlaw", "bassetlaw", Agency.POLICE);
        assertThat(listed.get()).contains(requestId);
        assertThat(call(answer(), requestId)).isNotInstanceOf(AgencyWork.AgencyItemNotFound.class);
    }

    static Method answer() {
        return securedMethods().get("AgencyWork.answer").getFirst();
    }

    @Test
    void lists_hold_only_the_partnerships_own_cases_and_accounts() {
        Application other = caseUnderReview("bassetlaw");
        Application own = caseUnderReview("sevenoaks");
        signInFor("acl-list-officer", "sevenoaks", Roles.CASE_OFFICER);
        List<Long> listed = context.getBean(CaseworkService.class).search(CaseFilter.none(), PageRequest.of(0, 500))
                .stream().map(CaseRow::id).toList();
        assertThat(listed).contains(own.getId()).doesNotContain(other.getId());

        StaffAccount otherAccount = signInFor("acl-list-bassetlaw", "bassetlaw", Roles.MANAGER);
        signInFor("acl-list-admin", "sevenoaks", Roles.ADMINISTRATOR);
        Set<Long> partnershipsListed = context.getBean(StaffAdministration.class).list(null, PageRequest.of(0, 500))
                .stream().map(StaffAccount::getPartnershipId).filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(partnershipsListed).containsExactly(partnerships.findByCode("sevenoaks").orElseThrow().getId())
                .doesNotContain(otherAccount.getPartnershipId());
    }

    @Test
    void officers_and_panel_members_of_another_partnership_and_agency_users_cannot_open_a_case_by_its_address() {
        Application bassetlaws = caseUnderReview("bassetlaw");
        String address = "cases/" + bassetlaws.getId();
        signInFor("acl-url-officer", "sevenoaks", Roles.CASE_OFFICER);
        assertThat(opens(address, com.vaadin.flow.component.html.Main.class)).isFalse();
        assertThat(opens(address + "/threshold", com.vaadin.flow.component.html.Main.class)).isFalse();
        signInFor("acl-url-panel", "sevenoaks", Roles.PANEL_MEMBER);
        assertThat(opens(address, com.vaadin.flow.component.html.Main.class)).isFalse();
        signInFor("acl-url-agency", "bassetlaw", Roles.PARTNER_AGENCY);
        assertThat(opens(address, com.vaadin.flow.component.html.Main.class)).isFalse();
        // Their own partnership's officer does open it.
        signInFor("acl-url-bassetlaw", "bassetlaw", Roles.CASE_OFFICER);
        assertThat(opens(address, com.vaadin.flow.component.html.Main.class)).isTrue();
    }
}
