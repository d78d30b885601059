package org.casereview.statistics;

import org.casereview.TestCases;
import org.casereview.application.Channel;
import org.casereview.archive.ArchiveCase;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.casereview.staff.StaffRole;
import org.casereview.threshold.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-day summary follows the cases as they change, and always equals a count from scratch. */
@SpringBootTest
class FiguresSummaryTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 5, 14);
    private static final LocalDate MOVED_TO = LocalDate.of(2018, 6, 4);

    @Autowired
    ArchiveFixtures fixtures;
    @Autowired
    FiguresSummary summary;
    @Autowired
    StatisticsService statistics;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        TestCases.signOut();
        fixtures.removeAll();
    }

    private long reviewsOn(long partnership, LocalDate day) {
        return statistics.figures(List.of(partnership), ReportingPeriod.between(day, day)).reviewsCarriedOut();
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM figures_day ORDER BY partnership_id, day");
    }

    @Test
    void a_panel_record_moved_to_another_day_leaves_the_first_day_and_the_summary_equals_a_recount() {
        long sevenoaks = fixtures.partnership("sevenoaks");
        fixtures.write(new ArchiveCase(sevenoaks, Channel.ONLINE, LocalDate.of(2018, 4, 3))
                .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2018, 4, 20)).panel(FIRST_DAY));
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        assertThat(reviewsOn(sevenoaks, FIRST_DAY)).isEqualTo(1);
        assertThat(reviewsOn(sevenoaks, MOVED_TO)).isZero();

        long id = jdbc.queryForObject("SELECT application_id FROM panel_meeting WHERE held_on = ?", Long.class,
                FIRST_DAY);
        long version = jdbc.queryForObject("SELECT version FROM application WHERE id = ?", Long.class, id);
        reviews.recordPanel(id, version, new PanelRecord(MOVED_TO, List.of(
                new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
                new PanelSeat("Sam Housing", "Tenancy manager", "West Kent Housing"),
                new PanelSeat("Jo Council", "Community safety manager", "Sevenoaks District Council")),
                null, null, null, true, false, "The date was recorded wrongly at first."));

        assertThat(reviewsOn(sevenoaks, FIRST_DAY)).isZero();
        assertThat(reviewsOn(sevenoaks, MOVED_TO)).isEqualTo(1);
        List<Map<String, Object>> followed = rows();
        summary.rebuild();
        assertThat(rows()).isEqualTo(followed);
    }

    @Test
    void cases_worked_through_the_services_are_counted_as_they_change_exactly_as_from_scratch() {
        cases.signIn("test-valley", StaffRole.MANAGER);
        statistics.figures(List.of(fixtures.partnership("test-valley")), ReportingPeriod.financialYearOf(
                TestCases.today()));
        cases.reviewActivated("test-valley");
        cases.apply("test-valley", Channel.EMAIL, "counted@example.org", "Chris Counted", 30, 10);
        cases.signIn("test-valley", StaffRole.MANAGER);
        Figures after = statistics.figures(List.of(fixtures.partnership("test-valley")),
                ReportingPeriod.financialYearOf(TestCases.today()));
        assertThat(after.received()).isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> followed = rows();
        summary.rebuild();
        assertThat(rows()).isEqualTo(followed);
    }
}
