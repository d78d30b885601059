package org.casereview.threshold;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one listed incident.
 *
 * @param incident the incident as listed
 * @param reasons every reason it is not a qualifying complaint, in order of precedence; empty when it qualifies
 * @param sameProblem whether it is about the problem the counted reports are about (a report with no problem given
 *     always is)
 * @param countedForCommunity whether it adds its reporter to the community route's count of individuals
 * @param lastDayToReport the last day of the reporting period beginning with the behaviour; null if that is unknown
 * @param lastDayToApply the last day an application can be made for this report to count; null if unknown
 */
public record IncidentAssessment(
        ReportedIncident incident,
        List<NotQualifyingReason> reasons,
        boolean sameProblem,
        boolean countedForCommunity,
        @Nullable LocalDate lastDayToReport,
        @Nullable LocalDate lastDayToApply) {

    public IncidentAssessment {
        Objects.requireNonNull(incident, "incident");
        reasons = List.copyOf(reasons);
    }

    /** Whether it is a qualifying complaint under the policy. */
    public boolean qualifies() {
        return reasons.isEmpty();
    }

    /** The main reason it does not qualify, or null if it does. */
    public @Nullable NotQualifyingReason reason() {
        return reasons.isEmpty() ? null : reasons.getFirst();
    }

    public String id() {
        return incident.id();
    }
}
