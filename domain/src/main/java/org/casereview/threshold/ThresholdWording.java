package org.casereview.threshold;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence the threshold check says, in one place so the portal, the back office and the letters agree.
 * Resident text follows GOV.UK plain English: short sentences, "you", dates like "2 March 2026", no jargon.
 *
 * <p>What a resident is told is first a list of {@link Sentence}s: message keys and their arguments. This class words
 * them from {@code org/casereview/threshold/ThresholdWording*.properties} (the letters and e-mails); the portal words
 * the same keys from its own message bundle, so a translation of either is a new file, not a code change.
 */
public final class ThresholdWording {

    static final String BUNDLE = "org.casereview.threshold.ThresholdWording";
    /** Ask for the locale's own file, then the base (English) file; never the server's default locale's file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * One sentence (or part of one) for a resident: a message key and its arguments. An argument is a number, a name
     * as given (an organisation, a problem), a {@link LocalDate}, or another {@code Sentence} worded first (the
     * report a sentence is about).
     */
    public record Sentence(String key, List<Object> arguments) {

        public Sentence {
            Objects.requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
        }

        static Sentence of(String key, Object... arguments) {
            return new Sentence(key, Arrays.asList(arguments));
        }
    }

    private ThresholdWording() {
    }

    /** A date as GOV.UK writes it: "2 March 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The resident's text as paragraphs, one sentence or two each, in British English. */
    public static List<String> residentParagraphs(ThresholdAssessment assessment) {
        return residentSentences(assessment).stream()
                .map(paragraph -> paragraph.stream().map(sentence -> words(sentence, Locale.UK))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    /** The resident's text as paragraphs of sentences, for a message bundle to put into words. */
    public static List<List<Sentence>> residentSentences(ThresholdAssessment assessment) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        if (assessment.excluded()) {
            assessment.exclusions().forEach(exclusion -> paragraphs.add(List.of(exclusionSentence(exclusion))));
            return paragraphs;
        }
        paragraphs.add(List.of(countSentence(assessment.incidents().size(), assessment.totalQualifying()),
                thresholdSentence(assessment)));
        for (IncidentAssessment verdict : assessment.incidents()) {
            ReportedIncident incident = verdict.incident();
            if (!verdict.qualifies()) {
                paragraphs.add(List.of(notCounted(assessment, verdict)));
                continue;
            }
            if (assessment.policy().communityRoute() && !verdict.countedForCommunity()
                    && !assessment.individualRouteMet()) {
                paragraphs.add(List.of(aboutAnotherProblem("threshold.counts-not-for-community", verdict,
                        assessment)));
            }
            // Someone other than the applicant who was never asked: counted, but only provisionally.
            if (assessment.policy().dissatisfactionRequired() && incident.reporterSatisfied() == null
                    && !incident.reporterKey().isEmpty()) {
                paragraphs.add(List.of(Sentence.of("threshold.counts-if-not-satisfied", reportName(incident))));
            }
        }
        if (assessment.discretionAvailable()) {
            paragraphs.add(List.of(Sentence.of("threshold.discretion")));
        }
        return paragraphs;
    }

    /** The resident's text, paragraphs separated by a blank line. */
    public static String forResident(ThresholdAssessment assessment) {
        return String.join("\n\n", residentParagraphs(assessment));
    }

    /** One sentence on why a report does not count, e.g. "The report of 2 March 2026 does not count because ...". */
    public static String notCountedSentence(ThresholdAssessment assessment, IncidentAssessment verdict) {
        return words(notCounted(assessment, verdict), Locale.UK);
    }

    /** Why a report does not count, as a sentence to word. */
    public static Sentence notCounted(ThresholdAssessment assessment, IncidentAssessment verdict) {
        NotQualifyingReason reason = Objects.requireNonNull(verdict.reason(), "The report counts");
        ReportedIncident incident = verdict.incident();
        Sentence report = reportName(incident);
        ThresholdPolicy policy = assessment.policy();
        String key = "threshold.not-counted." + reason.name();
        return switch (reason) {
            case NO_RECORD_AT_AGENCY, DATE_OF_BEHAVIOUR_UNKNOWN, DATE_OF_REPORT_UNKNOWN, REPORTER_SATISFIED ->
                    Sentence.of(key, report);
            case REPORTED_BEFORE_IT_HAPPENED -> Sentence.of(key, report, Objects.requireNonNull(incident.occurredOn()));
            case REPORTED_AFTER_APPLICATION -> Sentence.of(key, report, assessment.applicationDate());
            case DUPLICATE -> Sentence.of(key, report, duplicateName(assessment, incident));
            case REPORTED_MORE_THAN_ONE_MONTH_AFTER -> Sentence.of(key, report, policy.reportWithinMonths(),
                    Objects.requireNonNull(incident.occurredOn()));
            case REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION -> Sentence.of(key, report, policy.windowMonths(),
                    assessment.applicationDate());
            case NOT_THE_SAME_PROBLEM -> aboutAnotherProblem(key, verdict, assessment);
        };
    }

    /**
     * Words a sentence from this class's own bundle in {@code locale} (its base file is British English): the
     * letters, e-mails and back office.
     */
    public static String words(Sentence sentence, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(sentence.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No threshold wording " + sentence.key(), e);
        }
        if (sentence.arguments().isEmpty()) {
            return pattern;
        }
        Object[] arguments = sentence.arguments().stream().map(argument -> switch (argument) {
            case Sentence part -> words(part, locale);
            case LocalDate day -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
            default -> argument;
        }).toArray();
        return new MessageFormat(pattern, locale).format(arguments);
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

    private static Sentence exclusionSentence(Exclusion exclusion) {
        return switch (exclusion) {
            case Exclusion.AgencyTimeframeNotExpired timeframe -> Sentence.of("threshold.excluded.timeframe",
                    timeframe.agency(), timeframe.timeframeEndsOn());
            case Exclusion.SingleAgencyConduct conduct -> Sentence.of("threshold.excluded.conduct", conduct.agency());
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

    private static Sentence countSentence(int listed, int counting) {
        String key;
        if (listed == 0) {
            key = "none-listed";
        } else if (listed == 1) {
            key = counting == 1 ? "one" : "one-not";
        } else if (counting == 0) {
            key = "none";
        } else {
            key = counting == listed ? "all" : "some";
        }
        return Sentence.of("threshold.count." + key, counting, listed);
    }

    private static Sentence thresholdSentence(ThresholdAssessment assessment) {
        ThresholdPolicy policy = assessment.policy();
        Object[] counts = {policy.qualifyingComplaints(), policy.communityIndividuals(), assessment.qualifyingCount(),
                assessment.distinctIndividuals()};
        String key;
        if (!policy.communityRoute()) {
            key = assessment.met() ? "met" : "not-met";
        } else if (assessment.route() == Route.INDIVIDUAL) {
            key = "individual";
        } else if (assessment.route() == Route.COMMUNITY) {
            key = "community";
        } else {
            // Not met (an excluded application is not told about the threshold at all).
            if (assessment.totalQualifying() == 0) {
                key = "either.none";
            } else {
                key = assessment.distinctIndividuals() == 1 ? "either.one-person" : "either";
            }
        }
        return Sentence.of("threshold.rule." + key, counts);
    }

    /** How a resident recognises a report: by the day it was made, else by the day of the behaviour. */
    private static Sentence reportName(ReportedIncident incident) {
        if (incident.reportedOn() != null) {
            return Sentence.of("threshold.report.of", incident.reportedOn());
        }
        if (incident.occurredOn() != null) {
            return Sentence.of("threshold.report.about", incident.occurredOn());
        }
        return Sentence.of("threshold.report.unknown");
    }

    private static Sentence duplicateName(ThresholdAssessment assessment, ReportedIncident incident) {
        String otherId = Objects.requireNonNull(incident.duplicateOf());
        ReportedIncident other = assessment.incident(otherId).incident();
        if (other.reportedOn() != null) {
            return Sentence.of("threshold.report.same-as", other.reportedOn());
        }
        return Sentence.of("threshold.report.same-as-another");
    }

    /** A sentence about a report on another problem, naming both problems when the applicant named them. */
    private static Sentence aboutAnotherProblem(String key, IncidentAssessment verdict,
                                                ThresholdAssessment assessment) {
        Sentence report = reportName(verdict.incident());
        @Nullable String own = verdict.incident().problem();
        @Nullable String counted = assessment.problem();
        if (own == null || own.isBlank() || counted == null) {
            return Sentence.of(key, report);
        }
        return Sentence.of(key + ".named", report, own.strip(), counted);
    }

    private static String months(int months) {
        return months == 1 ? "one month" : months + " months";
    }
}
