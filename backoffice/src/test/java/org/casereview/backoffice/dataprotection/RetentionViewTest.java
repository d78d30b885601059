package org.casereview.backoffice.dataprotection;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.retention.RetentionRun;
import org.casereview.retention.RetentionRuns.RunSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    static List<RunSummary> runs() {
        return rowsOf((Grid<RunSummary>) _get(Grid.class, spec -> spec.withId("retention-runs")));
    }

    static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @Test
    void an_administrator_sees_the_periods_and_schedule_runs_retention_now_and_sees_what_it_anonymised() {
        Application old = applications.apply("test-valley", Channel.PHONE, "Otto Old", null, 3);
        jdbc.update("UPDATE application SET status = 'CLOSED', closed_on = CURDATE() - INTERVAL 7 YEAR WHERE id = ?",
                old.getId());
        signIn("retention-admin", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate(RetentionView.class);
        assertThat(text("retention-schedule")).contains("Test Valley: 6 years", "Turned off on this server",
                "Expired drafts deleted");

        _click(_get(Button.class, spec -> spec.withId("run-retention")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-retention")));

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).endsWith("anonymised"));
        RunSummary latest = runs().getFirst();
        assertThat(latest.kind()).isEqualTo(RetentionRun.Kind.RETENTION);
        assertThat(latest.startedBy()).contains("retention-admin");
        assertThat(latest.references()).contains(old.getReference());
        assertThat(RetentionView.result(latest)).contains("anonymised");
        assertThat(applications.reload(old).isAnonymised()).isTrue();
        assertThat(text("retention-schedule")).contains("Finished");
    }

    @Test
    void only_administrators_reach_it() {
        for (String role : List.of(Roles.CASE_OFFICER, Roles.MANAGER, Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY)) {
            signIn("retention-" + role.toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(RetentionView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
