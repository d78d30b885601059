package org.casereview.statistics;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageService;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

/** Who may see which figures, and the figures of cases worked through the real services. */
@SpringBootTest
class StatisticsServiceTest {

    @Autowired
    StatisticsService statistics;
    @Autowired
    PublishedFigures published;
    @Autowired
    ArchiveFixtures fixtures;
    @Autowired
    TestCases cases;
    @Autowired
    SecondStageService secondStage;
    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private ReportingPeriod thisYear() {
        return ReportingPeriod.financialYearOf(today());
    }

    @Test
    void staff_of_one_partnership_see_only_its_figures() {
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        assertThat(statistics.areas()).extracting(ReportingArea::code).containsExactly("sevenoaks");
        long sevenoaks = fixtures.partnership("sevenoaks");
        assertThat(statistics.figures(List.of(sevenoaks), thisYear()).areas()).hasSize(1);
        long tonbridge = fixtures.partnership("tonbridge-malling");
        assertThatThrownBy(() -> statistics.figures(List.of(sevenoaks, tonbridge), thisYear()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.figures(List.of(), thisYear()))
                .isInstanceOf(ActionRefusedException.class).hasMessage("Choose at least one partnership");
    }

    @Test
    void county_wide_managers_choose_any_partnerships() {
        cases.signIn(null, StaffRole.MANAGER);
        assertThat(statistics.areas()).hasSize(6);
        Figures kent = statistics.figures(statistics.areas().stream()
                .filter(area -> area.county().equals("Kent")).map(ReportingArea::id).toList(), thisYear());
        assertThat(kent.areas()).extracting(ReportingArea::name)
                .containsExactly("Folkestone and Hythe", "Sevenoaks", "Tonbridge and Malling");
    }

    @Test
    void administrators_panel_members_and_agencies_get_no_figures() {
        for (StaffRole role : List.of(StaffRole.ADMINISTRATOR, StaffRole.PANEL_MEMBER, StaffRole.PARTNER_AGENCY)) {
            cases.signIn(null, role);
            assertThatThrownBy(statistics::areas).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> statistics.figures(List.of(fixtures.partnership("sevenoaks")), thisYear()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestCases.signOut();
        assertThatThrownBy(statistics::areas).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_not_met_decision_overturned_by_a_second_stage_panel_counts_as_met_and_its_review_as_carried_out() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        long tonbridge = fixtures.partnership("tonbridge-malling");
        Figures before = statistics.figures(List.of(tonbridge), thisYear());

        Application application = cases.apply("tonbridge-malling", Channel.LETTER, "appeal@example.org",
                "Ash Appellant", 40);
        long id = application.getId();
        cases.casework.acknowledge(id, cases.reload(application).getVersion(), AcknowledgementMethod.LETTER, null);
        cases.decisions.decide(id, cases.reload(application).getVersion(), DecisionOutcome.NOT_MET, null);
        Figures notMet = statistics.figures(List.of(tonbridge), thisYear());
        assertThat(notMet.received() - before.received()).isEqualTo(1);
        assertThat(notMet.thresholdNotMet() - before.thresholdNotMet()).isEqualTo(1);

        secondStage.recordRequest(id, cases.reload(application).getVersion(), SecondStageReview.About.OUTCOME,
                "Two police reports were not counted", today());
        secondStage.decide(id, cases.reload(application).getVersion(), List.of(
                        new PanelSeat("Chris Head", "Head of community safety", "Council"),
                        new PanelSeat("Cllr Lee", PanelSeat.ELECTED_MEMBER, "Tonbridge and Malling Borough Council")),
                SecondStageReview.Decision.UPHELD, "Two police reports were missed", List.of(), true);
        reviews.recordPanel(id, cases.reload(application).getVersion(), new PanelRecord(today(), List.of(
                new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
                new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
                new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council")),
                null, null, null, true, false, "The agencies agreed a joint visit."));

        Figures after = statistics.figures(List.of(tonbridge), thisYear());
        assertThat(after.received() - before.received()).isEqualTo(1);
        assertThat(after.thresholdNotMet()).isEqualTo(before.thresholdNotMet());
        assertThat(after.applications().metBy().get(MetBy.SECOND_STAGE)
                - before.applications().metBy().get(MetBy.SECOND_STAGE)).isEqualTo(1);
        assertThat(after.secondStage().reviewsActivated() - before.secondStage().reviewsActivated()).isEqualTo(1);
        assertThat(after.reviewsCarriedOut() - before.reviewsCarriedOut()).isEqualTo(1);
        assertThat(after.reviewsWithRecommendations()).isEqualTo(before.reviewsWithRecommendations());
    }

    @Test
    void the_published_figures_are_the_back_offices_for_each_year_the_partnership_publishes() {
        ReportingArea folkestone = published.area("folkestone-hythe").orElseThrow();
        assertThat(folkestone.basis()).isEqualTo(YearBasis.CALENDAR);
        assertThat(published.area("sevenoaks").orElseThrow().basis()).isEqualTo(YearBasis.FINANCIAL);
        fixtures.write(new org.casereview.archive.ArchiveCase(folkestone.id(), Channel.ONLINE,
                today().minusYears(2)));
        try {
            List<Figures> years = published.years(folkestone);
            assertThat(years).hasSizeGreaterThanOrEqualTo(3);
            assertThat(years.getFirst().period()).isEqualTo(ReportingPeriod.calendarYear(today().getYear()));
            cases.signIn(null, StaffRole.MANAGER);
            for (Figures year : years) {
                assertThat(statistics.figures(List.of(folkestone.id()), year.period())).isEqualTo(year);
            }
        } finally {
            fixtures.removeAll();
        }
    }
}
