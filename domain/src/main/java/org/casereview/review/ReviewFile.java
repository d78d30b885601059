package org.casereview.review;

import org.casereview.application.Application;
import org.casereview.application.CaseAction;
import org.casereview.casework.CaseClock;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about a case after the threshold, for one screen: the requests to agencies and their answers, the
 * panel, recommendations, the action plan, delay notices, final reviews, second-stage reviews, and what can be done
 * now.
 *
 * @param allowed the actions the case's state allows, narrowed to what this member of staff may do
 * @param agenciesOverdue agencies that have not answered a request by its due day: listed in the findings
 * @param delayNoticeDue the outcome is due within {@link ReviewService#DELAY_WARNING_WORKING_DAYS} working days, or
 *                       overdue, and has not been sent: the officer should tell the applicant
 * @param canWork this member of staff works cases (a case officer or manager), rather than sitting on panels only
 * @param nextStep the next step and where it stands today (the outcome, the final review, the second-stage
 *                 decision); null when nothing is due
 */
public record ReviewFile(
        Application application,
        List<InformationRequest> requests,
        @Nullable PanelMeeting panel,
        List<Recommendation> recommendations,
        List<PlannedAction> actions,
        List<DelayNotice> delayNotices,
        List<FinalReview> finalReviews,
        List<SecondStageReview> secondStageReviews,
        Set<CaseAction> allowed,
        List<String> agenciesOverdue,
        LocalDate outcomeDue,
        boolean delayNoticeDue,
        boolean canWork,
        @Nullable CaseClock nextStep) {

    public boolean may(CaseAction action) {
        return allowed.contains(action);
    }

    /** Recommendations can be added or removed: once the panel has met, until the outcome is sent. */
    public boolean mayRecommend() {
        return ReviewService.RECOMMENDING.contains(application.getStatus());
    }

    /** Actions of the plan can be added and updated: once the panel has met, until the case closes. */
    public boolean mayPlanActions() {
        return ReviewService.PLANNING.contains(application.getStatus());
    }

    /**
     * The officer can record what an agency sent by e-mail or letter (an answer to a request, a response to a
     * recommendation): case officers and managers, until the case is closed.
     */
    public boolean mayRecordForAgencies() {
        return canWork && !application.getStatus().isClosed();
    }

    /** The second-stage review waiting for its decision, if any. */
    public @Nullable SecondStageReview openSecondStage() {
        return secondStageReviews.stream().filter(review -> !review.isDecided()).findFirst().orElse(null);
    }
}
