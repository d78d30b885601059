package org.casereview.application;

import org.casereview.threshold.Exclusion;
import org.casereview.threshold.ReportedIncident;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdPolicy;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an application's answers into the threshold check's inputs, so that the portal's guidance while incidents
 * are entered and the officer's view of a case use the same {@link ThresholdAssessment}.
 *
 * <ul>
 *     <li>Each incident is one {@link ReportedIncident} with the id {@code incident-1}, {@code incident-2}, ….</li>
 *     <li>The problem is the kind of behaviour. An incident the applicant says is the same or a similar problem as
 *     the ones before it takes the first incident's problem; one they say is not gets a problem of its own, even if
 *     the kind of behaviour is the same.</li>
 *     <li>"Satisfied with the action taken": yes and no as given, "not sure" as not asked.</li>
 *     <li>The reporter is the group member named as having made the report; none means the applicant.</li>
 *     <li>An agency's time-frame that has not ended, and a concern only about one organisation's conduct, are
 *     {@link Exclusion}s.</li>
 * </ul>
 */
public final class ApplicationThreshold {

    private ApplicationThreshold() {
    }

    public static ThresholdAssessment assess(ThresholdPolicy policy, List<NewApplication.NewIncident> incidents,
                                             NewApplication.Circumstances circumstances, LocalDate applicationDate) {
        return assess(policy, incidents, circumstances, applicationDate, Names.ENGLISH);
    }

    /**
     * As {@link #assess(ThresholdPolicy, List, NewApplication.Circumstances, LocalDate)}, with the problems and
     * organisations named in the words of whoever shows the result (the portal, in the resident's language).
     */
    public static ThresholdAssessment assess(ThresholdPolicy policy, List<NewApplication.NewIncident> incidents,
                                             NewApplication.Circumstances circumstances, LocalDate applicationDate,
                                             Names names) {
        Inputs inputs = inputs(incidents, circumstances, names);
        return ThresholdAssessment.assess(policy, inputs.incidents(), applicationDate, inputs.exclusions());
    }

    /**
     * The names the check gives the problems and organisations, which its wording repeats to the resident ("a
     * different problem (Noise)", "Police told you it would take action by …"). Distinct kinds of behaviour must
     * get distinct names: the names are also what "the same problem" is judged on.
     */
    public interface Names {

        /** British English, as the back office and the letters speak. */
        Names ENGLISH = new Names() {
            @Override
            public String problem(@Nullable BehaviourType behaviour, @Nullable Integer report) {
                if (report == null) {
                    return behaviour == null ? "Another problem" : behaviour.label();
                }
                return (behaviour == null ? "Another problem" : behaviour.label()) + ", report " + report;
            }

            @Override
            public String organisation(NewApplication.NewIncident incident) {
                return incident.reportedToName();
            }
        };

        /**
         * A kind of behaviour as a problem; with {@code report}, the problem of that report (counting from 1), which
         * the applicant said is not the same as the others.
         */
        String problem(@Nullable BehaviourType behaviour, @Nullable Integer report);

        /** The organisation an incident was reported to. */
        String organisation(NewApplication.NewIncident incident);
    }

    /**
     * What the threshold check is given: one reported incident per incident, in order, and the exclusions the
     * applicant's answers state. The officer's threshold check starts from these and applies what the agencies
     * confirmed.
     */
    public record Inputs(List<ReportedIncident> incidents, List<Exclusion> exclusions) {

        public Inputs {
            incidents = List.copyOf(incidents);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** The inputs for a stored application. */
    public static Inputs inputs(Application application) {
        return inputs(application.getIncidents().stream().map(Incident::asNewIncident).toList(),
                application.circumstances());
    }

    static Inputs inputs(List<NewApplication.NewIncident> incidents, NewApplication.Circumstances circumstances) {
        return inputs(incidents, circumstances, Names.ENGLISH);
    }

    private static Inputs inputs(List<NewApplication.NewIncident> incidents,
                                 NewApplication.Circumstances circumstances, Names names) {
        List<ReportedIncident> reported = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        @Nullable String firstProblem = null;
        for (int i = 0; i < incidents.size(); i++) {
            NewApplication.NewIncident incident = incidents.get(i);
            String own = incident.behaviour() == null ? null : names.problem(incident.behaviour(), null);
            String problem;
            if (i == 0) {
                problem = own;
                firstProblem = own;
            } else if (incident.sameAsOthers() == Answer.YES) {
                problem = firstProblem;
            } else if (incident.sameAsOthers() == Answer.NO) {
                // A problem of its own: the applicant says it is not the same, whatever the kind of behaviour.
                problem = names.problem(incident.behaviour(), i + 1);
            } else {
                problem = own;
            }
            Boolean satisfied = switch (incident.reporterSatisfied() == null ? Answer.NOT_SURE
                    : incident.reporterSatisfied()) {
                case YES -> Boolean.TRUE;
                case NO -> Boolean.FALSE;
                case NOT_SURE, PREFER_NOT_TO_SAY -> null;
            };
            reported.add(new ReportedIncident("incident-" + (i + 1), incident.occurredOn(), incident.reportedOn(),
                    blankToNull(incident.reportedBy()), problem, satisfied, null, false));
            if (incident.timeframeGiven() == Answer.YES && incident.timeframeEndsOn() != null
                    && incident.reportedTo() != null) {
                exclusions.add(new Exclusion.AgencyTimeframeNotExpired(names.organisation(incident),
                        incident.timeframeEndsOn()));
            }
        }
        if (circumstances.onlyOneAgencyConduct() == Answer.YES && circumstances.conductAgency() != null
                && !circumstances.conductAgency().isBlank()) {
            exclusions.add(new Exclusion.SingleAgencyConduct(circumstances.conductAgency().strip()));
        }
        return new Inputs(reported, exclusions);
    }

    /** The assessment of a stored application as it stood on the day it was received. */
    public static ThresholdAssessment assess(Application application) {
        List<NewApplication.NewIncident> incidents = application.getIncidents().stream()
                .map(Incident::asNewIncident).toList();
        return assess(application.getPartnership().policy(), incidents, application.circumstances(),
                application.getReceivedOn());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
