package org.casereview.statistics;

import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.review.SecondStageReview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures for some partnerships over a period, as they stand on {@code asOf}, counted by the rules of decision
 * 0012. The first four are the ones the Act asks for: {@link #received()}, {@link #thresholdNotMet()},
 * {@link #reviewsCarriedOut()} and {@link #reviewsWithRecommendations()}.
 */
public record Figures(List<ReportingArea> areas, ReportingPeriod period, LocalDate asOf, Applications applications,
                      Reviews reviews, SecondStage secondStage, List<AgencyRecommendations> recommendations) {

    public Figures {
        areas = List.copyOf(areas);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * The applications received in the period, and where each stands now.
     *
     * @param thresholdNotMet not met or excluded, and not overturned on appeal (includes {@code excluded})
     * @param excluded of those not met, the ones excluded whatever the count (an agency's time-frame, one agency's
     *                 conduct)
     * @param closedBeforeDecision withdrawn by the applicant or closed before any threshold decision
     * @param awaitingDecision not yet decided (received or acknowledged)
     * @param awaitingReview the threshold met and the review panel still to meet
     * @param awaitingSecondStage a second-stage review asked for and not yet decided
     * @param delayNotices applications whose applicant was told the outcome would be late
     * @param byMonth applications received in each month of the period that had any
     */
    public record Applications(long received, Map<Channel, Long> byChannel, Map<ApplicationStatus, Long> byStatus,
                               long thresholdMet, Map<MetBy, Long> metBy, long thresholdNotMet, long excluded,
                               long closedBeforeDecision, long awaitingDecision, long awaitingReview,
                               long awaitingSecondStage, Timeliness acknowledgements, Timeliness decisions,
                               Timeliness outcomes, long delayNotices, SortedMap<YearMonth, Long> byMonth) {
    }

    /**
     * The case reviews whose panel met in the period.
     *
     * @param withRecommendations of those, the reviews where the panel's recommendations (at least one) have been
     *                            issued
     */
    public record Reviews(long carriedOut, long withRecommendations) {
    }

    /**
     * Second-stage reviews (appeals) asked for in the period.
     *
     * @param byDecision the decided ones by the panel's decision
     * @param awaitingDecision not yet decided
     * @param reviewsActivated a not-met or excluded decision overturned, and a case review started
     */
    public record SecondStage(long requested, Map<SecondStageReview.About, Long> byAbout,
                              Map<SecondStageReview.Decision, Long> byDecision, long awaitingDecision,
                              long reviewsActivated) {
    }

    public long received() {
        return applications.received();
    }

    public long thresholdNotMet() {
        return applications.thresholdNotMet();
    }

    public long reviewsCarriedOut() {
        return reviews.carriedOut();
    }

    public long reviewsWithRecommendations() {
        return reviews.withRecommendations();
    }

    /** All recommendations issued in the period, to any agency. */
    public AgencyRecommendations recommendationTotals() {
        return new AgencyRecommendations(null,
                recommendations.stream().mapToLong(AgencyRecommendations::issued).sum(),
                recommendations.stream().mapToLong(AgencyRecommendations::willAct).sum(),
                recommendations.stream().mapToLong(AgencyRecommendations::willNotAct).sum(),
                recommendations.stream().mapToLong(AgencyRecommendations::awaitingResponse).sum(),
                recommendations.stream().mapToLong(AgencyRecommendations::fromSecondStage).sum());
    }

    /** The partnerships' names: "Sevenoaks", "Sevenoaks and Tonbridge and Malling", or "3 partnerships in Kent". */
    public String areaNames() {
        if (areas.size() == 1) {
            return areas.getFirst().name();
        }
        if (areas.size() == 2) {
            return areas.get(0).name() + " and " + areas.get(1).name();
        }
        List<String> counties = areas.stream().map(ReportingArea::county).distinct().toList();
        return areas.size() + " partnerships" + (counties.size() == 1 ? " in " + counties.getFirst() : "");
    }
}
