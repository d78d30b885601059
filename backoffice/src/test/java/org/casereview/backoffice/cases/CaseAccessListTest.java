package org.casereview.backoffice.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.casereview.accesslog.CaseAccessEntry;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening a case is recorded; managers see who has looked, officers do not; a restricted case says so. */
class CaseAccessListTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    static List<CaseAccessEntry> openings() {
        return rowsOf((Grid<CaseAccessEntry>) _get(Grid.class, spec -> spec.withId("case-openings")));
    }

    @Test
    void each_case_screen_opened_is_recorded_and_a_manager_sees_who_looked_and_an_officer_does_not() {
        Application application = applications.apply("sevenoaks", Channel.PHONE, "Wanda Watched", null, 3);
        signInFor("watching-officer", "sevenoaks", Roles.CASE_OFFICER);
        CaseViewTest.open(application);
        _assertNone(Grid.class, spec -> spec.withId("case-openings"));
        // Showing the case again after a change is not another opening.
        _get(CaseView.class).reload();
        UI.getCurrent().navigate("cases/" + application.getId() + "/threshold");

        signInFor("watching-manager", "sevenoaks", Roles.MANAGER);
        CaseViewTest.open(application);

        assertThat(openings()).extracting(CaseAccessEntry::username, CaseAccessEntry::screen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("watching-manager", CaseScreen.CASE),
                org.assertj.core.groups.Tuple.tuple("watching-officer", CaseScreen.THRESHOLD),
                org.assertj.core.groups.Tuple.tuple("watching-officer", CaseScreen.CASE));
        assertThat(CaseViewTest.text("case-openings")).doesNotContain("Wanda");
    }

    @Test
    void a_restricted_case_says_so_and_offers_no_changes() {
        Application application = applications.apply("bassetlaw", Channel.PHONE, "Rory Restricted", null, 3);
        jdbc.update("UPDATE application SET restricted_at = NOW(), restricted_by = 'Ada Admin (ada)', "
                + "restriction_reason = 'Accuracy disputed' WHERE id = ?", application.getId());
        signInFor("restricted-officer", "bassetlaw", Roles.CASE_OFFICER);

        CaseViewTest.open(application);

        assertThat(CaseViewTest.text("protection-banner")).contains("Processing restricted", "Accuracy disputed",
                "not change it");
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
        _get(Button.class, spec -> spec.withId("open-threshold"));
    }
}
