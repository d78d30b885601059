package org.casereview.decision;

import org.casereview.application.Application;
import org.casereview.threshold.Exclusion;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdPolicy;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * Everything the threshold screen shows: the assessment on the facts as confirmed so far, incident by incident, the
 * exclusions recorded, and the decision once made.
 *
 * @param policy the policy applied: the decision's copy once decided, else the partnership's current one
 * @param exclusions the exclusions officers recorded
 * @param declaredExclusions the exclusions the applicant's own answers state
 * @param allowedOutcomes the decisions the rules allow now; empty once decided or before acknowledgement
 * @param reasonRequired the decisions that need a reason given the assessment
 * @param canDecide whether the member of staff looking may record verifications and the decision
 */
public record ThresholdReview(Application application, ThresholdPolicy policy, ThresholdAssessment assessment,
                              List<IncidentReview> incidents, List<ThresholdExclusion> exclusions,
                              List<Exclusion> declaredExclusions, @Nullable ThresholdDecision decision, Set<DecisionOutcome> allowedOutcomes,
                              Set<DecisionOutcome> reasonRequired, boolean canDecide) {

    public long version() {
        return application.getVersion();
    }

    /** What the applicant would be told if the case were decided this way now. */
    public List<String> residentPreview(DecisionOutcome outcome, @Nullable String reason) {
        return DecisionWording.residentParagraphs(outcome, assessment,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    public long unverifiedCount() {
        return incidents.stream().filter(incident -> !incident.verified()).count();
    }
}
