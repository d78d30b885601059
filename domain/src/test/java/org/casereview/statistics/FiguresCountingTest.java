package org.casereview.statistics;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.archive.ArchiveCase;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.Recommendation;
import org.casereview.review.SecondStageReview;
import org.casereview.threshold.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules of decision 0012 on exact cases, across the edges of periods: an application in the period it
 * was received, a review in the period its panel met, with recommendations when the panel's were issued.
 */
@SpringBootTest
class FiguresCountingTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2019, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2019, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);

    @Autowired
    ArchiveFixtures fixtures;
    @Autowired
    FiguresQuery query;
    @Autowired
    ReportingAreas areas;

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    private Figures figures(ReportingPeriod period, String... codes) {
        List<ReportingArea> chosen = List.of(codes).stream().map(code -> areas.byCode(code).orElseThrow()).toList();
        return query.figures(chosen, period, TODAY);
    }

    private ArchiveCase received(String code, Channel channel, LocalDate on) {
        return new ArchiveCase(fixtures.partnership(code), channel, on);
    }

    @Test
    void an_application_is_counted_in_the_period_it_was_received_on_either_side_of_31_march() {
        fixtures.write(received("sevenoaks", Channel.ONLINE, MARCH_31), received("sevenoaks", Channel.PHONE, APRIL_1),
                received("sevenoaks", Channel.LETTER, APRIL_1));

        assertThat(figures(ReportingPeriod.financialYear(2018), "sevenoaks").received()).isEqualTo(1);
        assertThat(figures(ReportingPeriod.financialYear(2019), "sevenoaks").received()).isEqualTo(2);
        assertThat(figures(ReportingPeriod.calendarYear(2019), "sevenoaks").received()).isEqualTo(3);
        assertThat(figures(ReportingPeriod.quarter(2019, Month.JANUARY), "sevenoaks").received()).isEqualTo(1);
        Figures firstQuarter = figures(ReportingPeriod.quarter(2019, Month.APRIL), "sevenoaks");
        assertThat(firstQuarter.received()).isEqualTo(2);
        assertThat(firstQuarter.applications().byChannel())
                .containsEntry(Channel.PHONE, 1L).containsEntry(Channel.LETTER, 1L).containsEntry(Channel.ONLINE, 0L);
        assertThat(figures(ReportingPeriod.between(MARCH_31, MARCH_31), "sevenoaks").received()).isEqualTo(1);
        assertThat(figures(ReportingPeriod.between(APRIL_1, APRIL_1), "sevenoaks").received()).isEqualTo(2);
    }

    @Test
    void quarter_ends_30_june_30_september_and_31_december_belong_to_their_own_quarter() {
        for (LocalDate day : List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30),
                LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1))) {
            fixtures.write(received("bassetlaw", Channel.ONLINE, day));
        }
        assertThat(figures(ReportingPeriod.quarter(2019, Month.APRIL), "bassetlaw").received()).isEqualTo(1);
        assertThat(figures(ReportingPeriod.quarter(2019, Month.JULY), "bassetlaw").received()).isEqualTo(2);
        assertThat(figures(ReportingPeriod.quarter(2019, Month.OCTOBER), "bassetlaw").received()).isEqualTo(2);
        assertThat(figures(ReportingPeriod.quarter(2020, Month.JANUARY), "bassetlaw").received()).isEqualTo(1);
        assertThat(figures(ReportingPeriod.calendarYear(2019), "bassetlaw").received()).isEqualTo(5);
    }

    @Test
    void each_route_and_state_is_counted_once_and_an_overturned_decision_counts_as_met() {
        LocalDate on = LocalDate.of(2019, 5, 10);
        LocalDate decided = LocalDate.of(2019, 5, 20);
        fixtures.write(
                received("bassetlaw", Channel.ONLINE, on).decided(DecisionOutcome.MET, Route.INDIVIDUAL, decided),
                received("bassetlaw", Channel.ONLINE, on).decided(DecisionOutcome.MET, Route.COMMUNITY, decided),
                received("bassetlaw", Channel.PHONE, on).decided(DecisionOutcome.DISCRETION, null, decided),
                received("bassetlaw", Channel.PHONE, on).decided(DecisionOutcome.NOT_MET, null, decided),
                received("bassetlaw", Channel.PHONE, on).decided(DecisionOutcome.NOT_MET, Route.INDIVIDUAL, decided),
                received("bassetlaw", Channel.EMAIL, on).decided(DecisionOutcome.EXCLUDED, null, decided),
                // Not met, appealed, and the appeal started a review: met after all.
                received("bassetlaw", Channel.EMAIL, on).decided(DecisionOutcome.NOT_MET, null, decided)
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.OUTCOME, decided.plusDays(5),
                                ApplicationStatus.THRESHOLD_NOT_MET, SecondStageReview.Decision.UPHELD,
                                decided.plusDays(30), true)),
                // Not met, appealed, upheld only in part with no review: still not met.
                received("bassetlaw", Channel.EMAIL, on).decided(DecisionOutcome.NOT_MET, null, decided)
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.HANDLING, decided.plusDays(5),
                                ApplicationStatus.THRESHOLD_NOT_MET, SecondStageReview.Decision.PARTLY_UPHELD,
                                decided.plusDays(30), false)),
                received("bassetlaw", Channel.LETTER, on),
                received("bassetlaw", Channel.LETTER, on).acknowledged(on),
                received("bassetlaw", Channel.PARTNER_AGENCY, on).acknowledged(on)
                        .closed(ApplicationStatus.WITHDRAWN, on.plusDays(3)),
                received("bassetlaw", Channel.PARTNER_AGENCY, on).closed(ApplicationStatus.CLOSED, on.plusDays(3)));

        Figures.Applications applications = figures(ReportingPeriod.financialYear(2019), "bassetlaw").applications();
        assertThat(applications.received()).isEqualTo(12);
        assertThat(applications.thresholdMet()).isEqualTo(4);
        assertThat(applications.metBy()).containsEntry(MetBy.INDIVIDUAL, 1L).containsEntry(MetBy.COMMUNITY, 1L)
                .containsEntry(MetBy.DISCRETION, 1L).containsEntry(MetBy.SECOND_STAGE, 1L);
        assertThat(applications.thresholdNotMet()).isEqualTo(4);
        assertThat(applications.excluded()).isEqualTo(1);
        assertThat(applications.awaitingDecision()).isEqualTo(2);
        assertThat(applications.closedBeforeDecision()).isEqualTo(2);
        assertThat(applications.thresholdMet() + applications.thresholdNotMet() + applications.awaitingDecision()
                + applications.closedBeforeDecision()).isEqualTo(applications.received());
        assertThat(applications.awaitingReview()).isEqualTo(4);
        assertThat(applications.byStatus()).containsEntry(ApplicationStatus.RECEIVED, 1L)
                .containsEntry(ApplicationStatus.ACKNOWLEDGED, 1L)
                .containsEntry(ApplicationStatus.REVIEW_ACTIVATED, 4L)
                .containsEntry(ApplicationStatus.THRESHOLD_NOT_MET, 3L)
                .containsEntry(ApplicationStatus.EXCLUDED, 1L)
                .containsEntry(ApplicationStatus.WITHDRAWN, 1L)
                .containsEntry(ApplicationStatus.CLOSED, 1L);
    }

    @Test
    void a_review_is_counted_in_the_period_its_panel_met_whenever_the_application_came() {
        // Received in March (2018/19), panel in April (2019/20).
        fixtures.write(received("test-valley", Channel.ONLINE, LocalDate.of(2019, 3, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 3, 20))
                        .panel(APRIL_1)
                        .recommendation(Agency.POLICE, null, null, null)
                        .outcomeSent(LocalDate.of(2019, 4, 10), LocalDate.of(2019, 10, 10)),
                received("test-valley", Channel.ONLINE, LocalDate.of(2019, 2, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 2, 20))
                        .panel(MARCH_31));

        Figures before = figures(ReportingPeriod.financialYear(2018), "test-valley");
        assertThat(before.received()).isEqualTo(2);
        assertThat(before.reviewsCarriedOut()).isEqualTo(1);
        assertThat(before.reviewsWithRecommendations()).isZero();
        Figures after = figures(ReportingPeriod.financialYear(2019), "test-valley");
        assertThat(after.received()).isZero();
        assertThat(after.reviewsCarriedOut()).isEqualTo(1);
        assertThat(after.reviewsWithRecommendations()).isEqualTo(1);
    }

    @Test
    void a_review_results_in_recommendations_only_when_one_of_the_panels_recommendations_was_issued() {
        LocalDate panel = LocalDate.of(2019, 7, 1);
        fixtures.write(
                // Issued with the outcome.
                received("sevenoaks", Channel.ONLINE, LocalDate.of(2019, 5, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 5, 20)).panel(panel)
                        .recommendation(Agency.COUNCIL, null, null, null)
                        .recommendation(Agency.POLICE, null, null, null)
                        .outcomeSent(panel.plusDays(7), panel.plusMonths(6)),
                // Drafted, outcome not sent yet: nothing issued.
                received("sevenoaks", Channel.ONLINE, LocalDate.of(2019, 5, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 5, 20)).panel(panel)
                        .recommendation(Agency.COUNCIL, null, null, null),
                // Only a second-stage panel's recommendation: counted with the appeal, not the review.
                received("sevenoaks", Channel.ONLINE, LocalDate.of(2019, 5, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 5, 20)).panel(panel)
                        .outcomeSent(panel.plusDays(7), panel.plusMonths(6))
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.OUTCOME, panel.plusDays(20),
                                ApplicationStatus.OUTCOME_SENT, SecondStageReview.Decision.PARTLY_UPHELD,
                                panel.plusDays(40), false))
                        .appealRecommendation(Agency.HOUSING_PROVIDER, panel.plusDays(40)),
                // No recommendations at all.
                received("sevenoaks", Channel.ONLINE, LocalDate.of(2019, 5, 1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 5, 20)).panel(panel)
                        .outcomeSent(panel.plusDays(7), panel.plusMonths(6)));

        Figures figures = figures(ReportingPeriod.financialYear(2019), "sevenoaks");
        assertThat(figures.reviewsCarriedOut()).isEqualTo(4);
        assertThat(figures.reviewsWithRecommendations()).isEqualTo(1);
        assertThat(figures.recommendationTotals().issued()).isEqualTo(3);
        assertThat(figures.recommendationTotals().fromSecondStage()).isEqualTo(1);
    }

    @Test
    void acknowledgements_decisions_and_outcomes_on_the_due_day_are_on_time_and_a_day_later_late() {
        LocalDate on = LocalDate.of(2019, 9, 2);
        LocalDate due = LocalDate.of(2019, 9, 4);
        LocalDate decisionDue = LocalDate.of(2019, 10, 7);
        fixtures.write(
                received("newark-sherwood", Channel.PHONE, on).due(due, decisionDue).acknowledged(due)
                        .decided(DecisionOutcome.NOT_MET, null, decisionDue),
                received("newark-sherwood", Channel.PHONE, on).due(due, decisionDue).acknowledged(due.plusDays(1))
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, decisionDue.plusDays(1))
                        .panel(decisionDue.plusDays(10)).delayed(decisionDue.plusDays(10), decisionDue.plusDays(20))
                        .outcomeSent(decisionDue.plusDays(15), decisionDue.plusMonths(6)),
                received("newark-sherwood", Channel.PHONE, on).due(due, decisionDue).acknowledged(due)
                        .decided(DecisionOutcome.MET, Route.INDIVIDUAL, decisionDue.minusDays(20))
                        .panel(decisionDue.minusDays(5)).outcomeSent(decisionDue, decisionDue.plusMonths(6)),
                // Never acknowledged, long overdue by the day of the figures.
                received("newark-sherwood", Channel.PHONE, on).due(due, decisionDue));

        Figures.Applications applications = figures(ReportingPeriod.financialYear(2019), "newark-sherwood")
                .applications();
        assertThat(applications.acknowledgements()).isEqualTo(new Timeliness(2, 1, 1, 1));
        assertThat(applications.decisions()).isEqualTo(new Timeliness(2, 1, 1, 1));
        assertThat(applications.outcomes()).isEqualTo(new Timeliness(1, 1, 0, 0));
        assertThat(applications.delayNotices()).isEqualTo(1);
        assertThat(applications.acknowledgements().percentOnTime()).isEqualTo(67);
    }

    @Test
    void second_stage_reviews_are_counted_in_the_period_they_were_asked_for() {
        LocalDate decided = LocalDate.of(2019, 3, 1);
        fixtures.write(
                received("tonbridge-malling", Channel.ONLINE, LocalDate.of(2019, 2, 1))
                        .decided(DecisionOutcome.NOT_MET, null, decided)
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.OUTCOME, MARCH_31,
                                ApplicationStatus.THRESHOLD_NOT_MET, SecondStageReview.Decision.UPHELD,
                                LocalDate.of(2019, 4, 20), true)),
                received("tonbridge-malling", Channel.ONLINE, LocalDate.of(2019, 2, 1))
                        .decided(DecisionOutcome.EXCLUDED, null, decided)
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.HANDLING, APRIL_1,
                                ApplicationStatus.EXCLUDED, SecondStageReview.Decision.NOT_UPHELD,
                                LocalDate.of(2019, 4, 20), false)),
                received("tonbridge-malling", Channel.ONLINE, LocalDate.of(2019, 2, 1))
                        .decided(DecisionOutcome.NOT_MET, null, decided)
                        .appeal(new ArchiveCase.Appeal(SecondStageReview.About.OUTCOME, APRIL_1,
                                ApplicationStatus.THRESHOLD_NOT_MET, null, null, false)));

        Figures.SecondStage before = figures(ReportingPeriod.financialYear(2018), "tonbridge-malling").secondStage();
        assertThat(before.requested()).isEqualTo(1);
        assertThat(before.reviewsActivated()).isEqualTo(1);
        assertThat(before.byDecision()).containsEntry(SecondStageReview.Decision.UPHELD, 1L);
        Figures.SecondStage after = figures(ReportingPeriod.financialYear(2019), "tonbridge-malling").secondStage();
        assertThat(after.requested()).isEqualTo(2);
        assertThat(after.byAbout()).containsEntry(SecondStageReview.About.HANDLING, 1L)
                .containsEntry(SecondStageReview.About.OUTCOME, 1L);
        assertThat(after.byDecision()).containsEntry(SecondStageReview.Decision.NOT_UPHELD, 1L);
        assertThat(after.awaitingDecision()).isEqualTo(1);
        assertThat(after.reviewsActivated()).isZero();
        Figures.Applications applications = figures(ReportingPeriod.financialYear(2018), "tonbridge-malling")
                .applications();
        assertThat(applications.thresholdNotMet()).isEqualTo(2);
        assertThat(applications.metBy()).containsEntry(MetBy.SECOND_STAGE, 1L);
        assertThat(applications.awaitingSecondStage()).isEqualTo(1);
    }

    @Test
    void recommendations_are_counted_by_agency_in_the_period_they_were_issued_with_the_agencys_answer() {
        LocalDate issued = LocalDate.of(2019, 4, 1);
        fixtures.write(received("folkestone-hythe", Channel.ONLINE, LocalDate.of(2019, 1, 10))
                .decided(DecisionOutcome.MET, Route.INDIVIDUAL, LocalDate.of(2019, 2, 1))
                .panel(MARCH_31)
                .recommendation(Agency.POLICE, issued, Recommendation.Response.WILL_ACT, issued.plusDays(9))
                .recommendation(Agency.POLICE, issued, Recommendation.Response.WILL_NOT_ACT, issued.plusDays(9))
                .recommendation(Agency.POLICE, issued, null, null)
                .recommendation(Agency.HEALTH, issued, Recommendation.Response.WILL_ACT, issued.plusDays(9))
                .recommendation(Agency.COUNCIL, MARCH_31, Recommendation.Response.WILL_ACT, issued.plusDays(9)));

        Figures figures = figures(ReportingPeriod.financialYear(2019), "folkestone-hythe");
        assertThat(figures.recommendations()).containsExactly(
                new AgencyRecommendations(Agency.POLICE, 3, 1, 1, 1, 0),
                new AgencyRecommendations(Agency.HEALTH, 1, 1, 0, 0, 0));
        assertThat(figures.recommendationTotals()).isEqualTo(new AgencyRecommendations(null, 4, 2, 1, 1, 0));
        assertThat(figures(ReportingPeriod.financialYear(2018), "folkestone-hythe").recommendations())
                .containsExactly(new AgencyRecommendations(Agency.COUNCIL, 1, 1, 0, 0, 0));
    }

    @Test
    void several_partnerships_together_count_the_sum_of_each_and_nothing_of_the_others() {
        LocalDate on = LocalDate.of(2019, 11, 5);
        fixtures.write(received("tonbridge-malling", Channel.ONLINE, on), received("sevenoaks", Channel.ONLINE, on),
                received("sevenoaks", Channel.PHONE, on), received("test-valley", Channel.ONLINE, on));
        ReportingPeriod year = ReportingPeriod.financialYear(2019);
        assertThat(figures(year, "tonbridge-malling").received()).isEqualTo(1);
        assertThat(figures(year, "sevenoaks").received()).isEqualTo(2);
        Figures kent = figures(year, "tonbridge-malling", "sevenoaks", "folkestone-hythe");
        assertThat(kent.received()).isEqualTo(3);
        assertThat(kent.areaNames()).isEqualTo("3 partnerships in Kent");
    }
}
