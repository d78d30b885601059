package org.casereview.decision;

import org.casereview.application.Application;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.Incident;
import org.casereview.threshold.Exclusion;
import org.casereview.threshold.ReportedIncident;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdPolicy;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The threshold check on a case as confirmed so far: the application's own inputs (the same as the portal's guidance
 * and the case page use, {@link ApplicationThreshold}), with each agency's answer applied, the reporter of an
 * incident an officer added, and the exclusions officers recorded beside those the applicant stated.
 */
final class ConfirmedFacts {

    private ConfirmedFacts() {
    }

    static ThresholdAssessment assess(Application application, ThresholdPolicy policy,
                                      Map<Long, IncidentVerification> byIncident, List<ThresholdExclusion> recorded) {
        ApplicationThreshold.Inputs inputs = ApplicationThreshold.inputs(application);
        List<ReportedIncident> reported = new ArrayList<>();
        for (int i = 0; i < application.getIncidents().size(); i++) {
            Incident incident = application.getIncidents().get(i);
            reported.add(apply(inputs.incidents().get(i), incident, byIncident.get(incident.getId())));
        }
        List<Exclusion> exclusions = new ArrayList<>(inputs.exclusions());
        recorded.forEach(exclusion -> exclusions.add(exclusion.toExclusion()));
        return ThresholdAssessment.assess(policy, reported, application.getReceivedOn(), exclusions);
    }

    /** The exclusions the applicant's own answers state (an agency's time-frame, one agency's conduct). */
    static List<Exclusion> declaredByApplicant(Application application) {
        return ApplicationThreshold.inputs(application).exclusions();
    }

    /** One incident as the agency confirmed it: its dates where it gave others, or no record at all. */
    static ReportedIncident apply(ReportedIncident listed, Incident incident,
                                  @Nullable IncidentVerification verification) {
        ReportedIncident result = listed;
        if (result.reporter() == null && incident.getReporterName() != null) {
            result = result.withReporter(incident.getReporterName());
        }
        if (verification == null) {
            return result;
        }
        return switch (verification.getOutcome()) {
            case CONFIRMED -> result;
            case NO_RECORD -> result.withNoRecordAtAgency(true);
            case DIFFERENT_DATE -> {
                LocalDate occurred = verification.getAgencyOccurredOn() != null ? verification.getAgencyOccurredOn()
                        : result.occurredOn();
                LocalDate reported = verification.getAgencyReportedOn() != null ? verification.getAgencyReportedOn()
                        : result.reportedOn();
                yield new ReportedIncident(result.id(), occurred, reported, result.reporter(), result.problem(),
                        result.reporterSatisfied(), result.duplicateOf(), result.noRecordAtAgency());
            }
        };
    }
}
