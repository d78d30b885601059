package org.casereview.statistics;

import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.review.SecondStageReview;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures as rows of a table, the same for the screen, the CSV file and the PDF report: a section, what is
 * counted, and the count.
 */
public final class FiguresTable {

    /** The sections, in the order they are shown. */
    public static final String STATUTORY = "Statutory figures";
    public static final String THRESHOLD = "Threshold";
    public static final String PENDING = "Where the applications stand now";
    public static final String CHANNEL = "How applications were made";
    public static final String DEADLINES = "Deadlines";
    public static final String SECOND_STAGE = "Second-stage reviews asked for in the period";
    public static final String RECOMMENDATIONS = "Recommendations issued in the period";

    public record Row(String section, String measure, long count) {
    }

    private FiguresTable() {
    }

    public static List<Row> rows(Figures figures) {
        List<Row> rows = new ArrayList<>();
        Figures.Applications applications = figures.applications();
        rows.add(new Row(STATUTORY, "Applications received", figures.received()));
        rows.add(new Row(STATUTORY, "Threshold not met", figures.thresholdNotMet()));
        rows.add(new Row(STATUTORY, "Case reviews carried out", figures.reviewsCarriedOut()));
        rows.add(new Row(STATUTORY, "Case reviews that resulted in recommendations",
                figures.reviewsWithRecommendations()));

        rows.add(new Row(THRESHOLD, "Threshold met", applications.thresholdMet()));
        for (MetBy route : MetBy.values()) {
            rows.add(new Row(THRESHOLD, "Met: " + route.label(), applications.metBy().get(route)));
        }
        rows.add(new Row(THRESHOLD, "Not met (including excluded)", applications.thresholdNotMet()));
        rows.add(new Row(THRESHOLD, "Excluded: an agency's time-frame, or one agency's conduct",
                applications.excluded()));
        rows.add(new Row(THRESHOLD, "Withdrawn or closed before a decision", applications.closedBeforeDecision()));

        rows.add(new Row(PENDING, "Awaiting a threshold decision", applications.awaitingDecision()));
        rows.add(new Row(PENDING, "Awaiting a case review", applications.awaitingReview()));
        rows.add(new Row(PENDING, "Awaiting a second-stage decision", applications.awaitingSecondStage()));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            rows.add(new Row(PENDING, "Now: " + status.label(), applications.byStatus().get(status)));
        }

        for (Channel channel : Channel.values()) {
            rows.add(new Row(CHANNEL, channel.label(), applications.byChannel().get(channel)));
        }

        timeliness(rows, "Acknowledgements", applications.acknowledgements());
        timeliness(rows, "Threshold decisions", applications.decisions());
        timeliness(rows, "Outcomes of case reviews", applications.outcomes());
        rows.add(new Row(DEADLINES, "Delay notices sent", applications.delayNotices()));

        Figures.SecondStage appeals = figures.secondStage();
        rows.add(new Row(SECOND_STAGE, "Asked for", appeals.requested()));
        for (SecondStageReview.About about : SecondStageReview.About.values()) {
            rows.add(new Row(SECOND_STAGE, "About: " + about.label(), appeals.byAbout().get(about)));
        }
        for (SecondStageReview.Decision decision : SecondStageReview.Decision.values()) {
            rows.add(new Row(SECOND_STAGE, decision.label(), appeals.byDecision().get(decision)));
        }
        rows.add(new Row(SECOND_STAGE, "Not yet decided", appeals.awaitingDecision()));
        rows.add(new Row(SECOND_STAGE, "Threshold decision overturned: case review started",
                appeals.reviewsActivated()));

        List<AgencyRecommendations> agencies = new ArrayList<>(figures.recommendations());
        agencies.add(figures.recommendationTotals());
        for (AgencyRecommendations agency : agencies) {
            String who = agency.agencyLabel();
            rows.add(new Row(RECOMMENDATIONS, who + ": issued", agency.issued()));
            rows.add(new Row(RECOMMENDATIONS, who + ": accepted (will act)", agency.willAct()));
            rows.add(new Row(RECOMMENDATIONS, who + ": not accepted", agency.willNotAct()));
            rows.add(new Row(RECOMMENDATIONS, who + ": no answer yet", agency.awaitingResponse()));
        }
        return rows;
    }

    private static void timeliness(List<Row> rows, String step, Timeliness timeliness) {
        rows.add(new Row(DEADLINES, step + ": on time", timeliness.onTime()));
        rows.add(new Row(DEADLINES, step + ": late", timeliness.late()));
        rows.add(new Row(DEADLINES, step + ": not done, past the due day", timeliness.overdue()));
    }
}
