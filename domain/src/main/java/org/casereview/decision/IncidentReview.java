package org.casereview.decision;

import org.casereview.application.Incident;
import org.casereview.threshold.IncidentAssessment;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident on the threshold screen: as listed, what the agency said, and the verdict on the facts as confirmed.
 *
 * @param occurredOn the day of the behaviour the assessment used (the agency's, when it gave a different date)
 * @param reportedOn the day of the report the assessment used
 * @param reasons why it does not count, in staff's words; empty when it counts
 * @param residentSentence why it does not count, as the applicant is told; null when it counts
 */
public record IncidentReview(Incident incident, @Nullable IncidentVerification verification,
                             IncidentAssessment verdict, LocalDate occurredOn, LocalDate reportedOn,
                             List<String> reasons, @Nullable String residentSentence) {

    public boolean counts() {
        return verdict.qualifies();
    }

    /** Whether the agency has been asked and answered. */
    public boolean verified() {
        return verification != null;
    }
}
