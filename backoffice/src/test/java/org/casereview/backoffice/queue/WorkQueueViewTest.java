package org.casereview.backoffice.queue;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.ReviewCases;
import org.casereview.backoffice.ui.Tags;
import org.casereview.backoffice.security.Roles;
import org.casereview.casework.CaseClock;
import org.casereview.casework.CaseRow;
import org.casereview.deadlines.DeadlineStatus;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkQueueViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewCases cases;
    @Autowired
    SecondStageService secondStage;

    /** The tab sheet shows one list at a time: choose its tab, then read it. */
    @SuppressWarnings("unchecked")
    static List<CaseRow> rows(String id) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-" + id)));
        Grid<CaseRow> grid = _get(Grid.class, spec -> spec.withId(id));
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    void the_queue_shows_what_to_acknowledge_and_what_is_overdue_each_with_its_clock() {
        Application phoned = applications.apply("folkestone-hythe", Channel.PHONE, "Ivy Queue", null, 3);
        Application late = applications.apply("folkestone-hythe", Channel.LETTER, "Jay Late", null, 3);
        jdbc.update("UPDATE application SET acknowledgement_due = ? WHERE id = ?",
                Applications.today().minusDays(7), late.getId());
        signIn("queue-officer", Roles.CASE_OFFICER);

        UI.getCurrent().navigate(WorkQueueView.class);

        CaseRow waiting = rows("queue-to-acknowledge").stream().filter(r -> r.id() == phoned.getId()).findFirst()
                .orElseThrow();
        assertThat(waiting.clock().step()).isEqualTo(CaseClock.ACKNOWLEDGE);
        assertThat(waiting.clock().status()).isEqualTo(DeadlineStatus.DUE_SOON);
        // Overdue first: the most overdue is at the top of "To acknowledge" too.
        assertThat(rows("queue-to-acknowledge").getFirst().clock().status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(rows("queue-overdue")).extracting(CaseRow::id).contains(late.getId())
                .doesNotContain(phoned.getId());
        assertThat(_get(Tab.class, spec -> spec.withId("tab-queue-overdue")).getLabel()).matches("Overdue \\(\\d+\\)");
        assertThat(rows("queue-mine")).isEmpty();
    }

    @Test
    void the_review_lists_show_outcomes_delay_notices_final_reviews_and_appeals_each_with_its_clock() {
        signIn("review-queue-officer", Roles.CASE_OFFICER);
        Application activated = cases.reviewActivated("sevenoaks", "Ray Review");
        jdbc.update("UPDATE application SET decision_due = ? WHERE id = ?",
                WorkingDayCalendar.englandAndWales().plusWorkingDays(Applications.today(), 3), activated.getId());
        Application sent = cases.outcomeSent("sevenoaks", "Sue Sent");
        jdbc.update("UPDATE application SET final_review_due = ? WHERE id = ?",
                WorkingDayCalendar.englandAndWales().previousWorkingDay(Applications.today()), sent.getId());
        Application appealed = cases.notMet("sevenoaks", "Al Appeal");
        secondStage.recordRequest(appealed.getId(), appealed.getVersion(), SecondStageReview.About.HANDLING,
                "Nobody called me back", Applications.today());

        UI.getCurrent().navigate(WorkQueueView.class);

        assertThat(_get(Tab.class, spec -> spec.withId("tab-queue-delay-notices")).getLabel())
                .matches("Delay notice needed \\(\\d+\\)");
        CaseRow delay = rows("queue-delay-notices").stream().filter(r -> r.id() == activated.getId()).findFirst()
                .orElseThrow();
        assertThat(delay.clock().step()).isEqualTo(CaseClock.OUTCOME);
        assertThat(delay.clock().status()).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(rows("queue-outcomes-due")).extracting(CaseRow::id).contains(activated.getId())
                .doesNotContain(sent.getId());
        CaseRow finalReview = rows("queue-final-reviews-due").stream().filter(r -> r.id() == sent.getId())
                .findFirst().orElseThrow();
        assertThat(finalReview.clock().step()).isEqualTo(CaseClock.FINAL_REVIEW);
        assertThat(Tags.clockText(finalReview.clock())).startsWith("Overdue: 1 working day");
        assertThat(rows("queue-overdue")).extracting(CaseRow::id).contains(sent.getId());
        CaseRow appeal = rows("queue-second-stage").stream().filter(r -> r.id() == appealed.getId()).findFirst()
                .orElseThrow();
        assertThat(appeal.clock().step()).isEqualTo(CaseClock.SECOND_STAGE);
        assertThat(appeal.clock().status()).isEqualTo(DeadlineStatus.DUE);
    }

    @Test
    void only_case_officers_and_managers_have_a_work_queue() {
        signIn("manager", Roles.MANAGER);
        UI.getCurrent().navigate(WorkQueueView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkQueueView.class);

        for (String role : List.of(Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY, Roles.ADMINISTRATOR)) {
            signIn(role.toLowerCase() + "-queue", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(WorkQueueView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
