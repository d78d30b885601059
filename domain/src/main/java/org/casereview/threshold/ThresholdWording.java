package org.casereview.threshold;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence the threshold check says, in one place so the portal, the back office and the letters agree.
 * Resident text follows GOV.UK plain English: short sentences, "you", dates like "2 March 2026", no jargon.
 */
public final class ThresholdWording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ThresholdWording() {
    }

    /** A date as GOV.UK writes it: "2 March 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The resident's text as paragraphs, one sentence or two each. */
    public static List<String> residentParagraphs(ThresholdAssessment assessment) {
        List<String> paragraphs = new ArrayList<>();
        if (assessment.excluded()) {
            assessment.exclusions().forEach(exclusion -> paragraphs.add(exclusionSentence(exclusion)));
            return paragraphs;
        }
        paragraphs.add(countSentence(assessment.incidents().size(), assessment.totalQualifying()) + " "
                + thresholdSentence(assessment));
        for (IncidentAssessment verdict : assessment.incidents()) {
            ReportedIncident incident = verdict.incident();
            if (!verdict.qualifies()) {
                paragraphs.add(notCountedSentence(assessment, verdict));
                continue;
            }
            if (assessment.policy().communityRoute() && !verdict.countedForCommunity()
                    && !assessment.individualRouteMet()) {
                paragraphs.add(reportName(incident) + " counts, but not towards reports by different "
                        + "people, because it is about a different problem" + problemNames(verdict, assessment) + ".");
            }
            // Someone other than the applicant who was never asked: counted, but only provisionally.
            if (assessment.policy().dissatisfactionRequired() && incident.reporterSatisfied() == null
                    && !incident.reporterKey().isEmpty()) {
                paragraphs.add(reportName(incident) + " counts only if the person who made it is not satisfied with "
                        + "the action taken. We will check this with them.");
            }
        }
        if (assessment.discretionAvailable()) {
            paragraphs.add("We may still carry out a case review because of the harm the behaviour is causing or "
                    + "could cause, or because you may be vulnerable. An officer will consider this and tell you "
                    + "what they decide.");
        }
        return paragraphs;
    }

    /** The resident's text, paragraphs separated by a blank line. */
    public static String forResident(ThresholdAssessment assessment) {
        return String.join("\n\n", residentParagraphs(assessment));
    }

    /** One sentence on why a report does not count, e.g. "The report of 2 March 2026 does not count because ...". */
    public static String notCountedSentence(ThresholdAssessment assessment, IncidentAssessment verdict) {
        NotQualifyingReason reason = Objects.requireNonNull(verdict.reason(), "The report counts");
        ReportedIncident incident = verdict.incident();
        String report = reportName(incident);
        ThresholdPolicy policy = assessment.policy();
        return switch (reason) {
            case NO_RECORD_AT_AGENCY -> report + " does not count because the organisation it was made to has no "
                    + "record of it.";
            case DATE_OF_BEHAVIOUR_UNKNOWN ->
                    report + " does not count because we do not know the date the behaviour happened.";
            case DATE_OF_REPORT_UNKNOWN -> report + " does not count because we do not know the date it was made.";
            case REPORTED_BEFORE_IT_HAPPENED -> report + " does not count because its date is before the behaviour "
                    + "happened (on " + date(Objects.requireNonNull(incident.occurredOn())) + "). Please check the dates.";
            case REPORTED_AFTER_APPLICATION -> report + " does not count because it was made after you applied (on "
                    + date(assessment.applicationDate()) + ").";
            case DUPLICATE -> report + " is not counted again because it is the same report as "
                    + duplicateName(assessment, incident) + ".";
            case REPORTED_MORE_THAN_ONE_MONTH_AFTER -> report + " does not count because it was made more than "
                    + months(policy.reportWithinMonths()) + " after the behaviour happened (on "
                    + date(Objects.requireNonNull(incident.occurredOn())) + ").";
            case REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION -> report + " does not count because it was made "
                    + "more than " + months(policy.windowMonths()) + " before you applied (on "
                    + date(assessment.applicationDate()) + ").";
            case NOT_THE_SAME_PROBLEM -> report + " does not count because it is about a different problem"
                    + problemNames(verdict, assessment) + ".";
            case REPORTER_SATISFIED -> report + " does not count because the person who made it said they were "
                    + "satisfied with the action taken.";
        };
    }

    /** A short label for staff screens, e.g. "Reported more than one month after it happened". */
    public static String label(NotQualifyingReason reason, ThresholdPolicy policy) {
        return switch (reason) {
            case NO_RECORD_AT_AGENCY -> "The agency has no record of the report";
            case DATE_OF_BEHAVIOUR_UNKNOWN -> "Date of behaviour not known";
            case DATE_OF_REPORT_UNKNOWN -> "Date of report not known";
            case REPORTED_BEFORE_IT_HAPPENED -> "Reported before it happened (check the dates)";
            case REPORTED_AFTER_APPLICATION -> "Reported after the application";
            case DUPLICATE -> "Duplicate of another report";
            case REPORTED_MORE_THAN_ONE_MONTH_AFTER ->
                    "Reported more than " + months(policy.reportWithinMonths()) + " after it happened";
            case REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION ->
                    "Reported more than " + months(policy.windowMonths()) + " before the application";
            case NOT_THE_SAME_PROBLEM -> "Not the same or similar problem";
            case REPORTER_SATISFIED -> "Reporter satisfied with the response";
        };
    }

    /** A few lines for staff: the verdict, the counts against the policy, and each report not counted and why. */
    public static String forStaff(ThresholdAssessment assessment) {
        ThresholdPolicy policy = assessment.policy();
        StringBuilder text = new StringBuilder();
        text.append(switch (assessment.outcome()) {
            case MET -> "Threshold met (" + (assessment.route() == Route.COMMUNITY ? "community" : "individual")
                    + " route).";
            case NOT_MET -> "Threshold not met.";
            case EXCLUDED -> "Excluded: " + assessment.exclusions().stream()
                    .map(ThresholdWording::exclusionLabel).collect(Collectors.joining("; ")) + ".";
        });
        text.append(' ').append(assessment.qualifyingCount()).append(" of ").append(assessment.requiredCount())
                .append(" qualifying complaints")
                .append(policy.individualRouteCountsOnePerson() ? " by one person" : "");
        if (policy.communityRoute()) {
            text.append("; ").append(assessment.distinctIndividuals()).append(" of ")
                    .append(assessment.requiredIndividuals()).append(" individuals");
        }
        text.append(". ").append(assessment.totalQualifying()).append(" of ").append(assessment.incidents().size())
                .append(" listed incidents qualify; application ").append(date(assessment.applicationDate()))
                .append(", reports from ").append(date(assessment.earliestQualifyingReportDate())).append(" count.");
        if (assessment.problem() != null) {
            text.append(" Problem: ").append(assessment.problem()).append('.');
        }
        if (assessment.discretionAvailable()) {
            text.append(" The policy allows acceptance at the officer's discretion for harm or vulnerability; "
                    + "record the reason.");
        }
        for (IncidentAssessment verdict : assessment.notQualifyingIncidents()) {
            text.append("\n- ").append(verdict.id()).append(": ").append(verdict.reasons().stream()
                    .map(reason -> label(reason, policy)).collect(Collectors.joining("; ")));
            if (verdict.incident().duplicateOf() != null) {
                text.append(" (of ").append(verdict.incident().duplicateOf()).append(')');
            }
        }
        return text.toString();
    }

    private static String exclusionSentence(Exclusion exclusion) {
        return switch (exclusion) {
            case Exclusion.AgencyTimeframeNotExpired timeframe -> "We cannot start a case review yet. "
                    + timeframe.agency() + " told you it would take action by " + date(timeframe.timeframeEndsOn())
                    + ", and that time has not passed. If the problem carries on after "
                    + date(timeframe.timeframeEndsOn()) + ", you can apply again.";
            case Exclusion.SingleAgencyConduct conduct -> "A case review cannot look at a complaint about how one "
                    + "organisation has dealt with you. Please use " + conduct.agency() + "'s own complaints "
                    + "procedure.";
        };
    }

    private static String exclusionLabel(Exclusion exclusion) {
        return switch (exclusion) {
            case Exclusion.AgencyTimeframeNotExpired timeframe -> timeframe.agency()
                    + "'s time-frame for action runs to " + date(timeframe.timeframeEndsOn());
            case Exclusion.SingleAgencyConduct conduct -> "concern is the conduct of one agency (" + conduct.agency()
                    + "): its complaints procedure";
        };
    }

    private static String countSentence(int listed, int counting) {
        if (listed == 0) {
            return "You did not list any reports.";
        }
        if (listed == 1) {
            return counting == 1 ? "Your report counts." : "Your report does not count.";
        }
        if (counting == 0) {
            return "None of your " + listed + " reports count.";
        }
        if (counting == listed) {
            return "All " + listed + " of your reports count.";
        }
        return counting + " of your " + listed + " reports " + (counting == 1 ? "counts." : "count.");
    }

    private static String thresholdSentence(ThresholdAssessment assessment) {
        ThresholdPolicy policy = assessment.policy();
        String verdict = assessment.met() ? "so your application meets it." : "so your application does not meet it.";
        if (!policy.communityRoute()) {
            return "The threshold is " + policy.qualifyingComplaints() + ", " + verdict;
        }
        if (assessment.route() == Route.INDIVIDUAL) {
            return "The threshold is " + reports(policy.qualifyingComplaints()) + " by the same person, " + verdict;
        }
        if (assessment.route() == Route.COMMUNITY) {
            return "The reports that count were made by " + people(assessment.distinctIndividuals())
                    + ". The threshold is " + people(policy.communityIndividuals()) + ", " + verdict;
        }
        String rule = "The threshold is " + reports(policy.qualifyingComplaints()) + " by the same person, or reports"
                + " by " + people(policy.communityIndividuals()) + ".";
        if (assessment.totalQualifying() == 0) {
            return rule + " So your application does not meet it.";
        }
        return rule + " The reports that count include " + assessment.qualifyingCount() + " by the same person and"
                + " were made by " + people(assessment.distinctIndividuals()) + ", " + verdict;
    }

    /** How a resident recognises a report: by the day it was made, else by the day of the behaviour. */
    private static String reportName(ReportedIncident incident) {
        if (incident.reportedOn() != null) {
            return "The report of " + date(incident.reportedOn());
        }
        if (incident.occurredOn() != null) {
            return "The report about the behaviour on " + date(incident.occurredOn());
        }
        return "One of your reports";
    }

    private static String duplicateName(ThresholdAssessment assessment, ReportedIncident incident) {
        String otherId = Objects.requireNonNull(incident.duplicateOf());
        ReportedIncident other = assessment.incident(otherId).incident();
        if (other.reportedOn() != null) {
            return "the report of " + date(other.reportedOn());
        }
        return "another report you listed";
    }

    private static String problemNames(IncidentAssessment verdict, ThresholdAssessment assessment) {
        @Nullable String own = verdict.incident().problem();
        @Nullable String counted = assessment.problem();
        if (own == null || own.isBlank() || counted == null) {
            return " from the reports that count";
        }
        return " (" + own.strip() + ") from the reports that count (" + counted + ")";
    }

    private static String months(int months) {
        return months == 1 ? "one month" : months + " months";
    }

    private static String reports(int count) {
        return count == 1 ? "1 report" : count + " reports";
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " different people";
    }
}
