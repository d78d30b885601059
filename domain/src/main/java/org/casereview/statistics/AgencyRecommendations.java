package org.casereview.statistics;

import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

/**
 * Recommendations issued to one agency and what it answered under its duty to have regard to them.
 *
 * @param agency null for all agencies together
 * @param willAct accepted: the agency will act on them
 * @param willNotAct not accepted, with the agency's reasons
 * @param awaitingResponse no answer recorded yet
 * @param fromSecondStage of those issued, how many a second-stage panel made
 */
public record AgencyRecommendations(@Nullable Agency agency, long issued, long willAct, long willNotAct, long awaitingResponse,
                                    long fromSecondStage) {

    /** The label of the agency, or "All agencies". */
    public String agencyLabel() {
        return agency == null ? "All agencies" : agency.label();
    }
}
