package org.casereview.threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an application meets a policy's threshold, with a verdict on every listed incident.
 *
 * <p>Create with {@link #assess}. The wording for residents and staff is in {@link ThresholdWording}.
 *
 * @param policy the policy applied
 * @param applicationDate the day the application was made
 * @param outcome met, not met, or excluded
 * @param route how it was met; null unless {@code outcome} is MET (an officer's discretion is recorded elsewhere)
 * @param incidents a verdict for every listed incident, in the order given
 * @param qualifyingCount the qualifying complaints counted for the individual route: all of them, or where the policy
 *     has a community route the most made by one person
 * @param requiredCount the qualifying complaints the individual route needs
 * @param distinctIndividuals separate people who made a qualifying complaint about the problem (community route)
 * @param requiredIndividuals how many the community route needs; 0 when the policy has none
 * @param individualRouteMet whether the individual route is met (also when excluded)
 * @param communityRouteMet whether the community route is met (also when excluded)
 * @param problem the problem the counted reports are about, as the applicant named it; null when none was named
 * @param exclusions the exclusions that apply; not empty exactly when {@code outcome} is EXCLUDED
 */
public record ThresholdAssessment(
        ThresholdPolicy policy,
        LocalDate applicationDate,
        ThresholdOutcome outcome,
        @Nullable Route route,
        List<IncidentAssessment> incidents,
        int qualifyingCount,
        int requiredCount,
        int distinctIndividuals,
        int requiredIndividuals,
        boolean individualRouteMet,
        boolean communityRouteMet,
        @Nullable String problem,
        List<Exclusion> exclusions) {

    public ThresholdAssessment {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(outcome, "outcome");
        incidents = List.copyOf(incidents);
        exclusions = List.copyOf(exclusions);
    }

    /** Assesses the listed incidents for an application made on {@code applicationDate}. */
    public static ThresholdAssessment assess(ThresholdPolicy policy, List<ReportedIncident> incidents,
            LocalDate applicationDate, Exclusion... exclusions) {
        return assess(policy, incidents, applicationDate, List.of(exclusions));
    }

    /**
     * Assesses the listed incidents for an application made on {@code applicationDate}.
     *
     * @throws IllegalArgumentException if two incidents share an id, or {@code duplicateOf} names an unknown incident
     *     or goes round in a circle
     */
    public static ThresholdAssessment assess(ThresholdPolicy policy, List<ReportedIncident> incidents,
            LocalDate applicationDate, List<? extends Exclusion> exclusions) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(applicationDate, "applicationDate");
        checkIds(incidents);

        List<List<NotQualifyingReason>> reasons = new ArrayList<>();
        List<ReportedIncident> eligible = new ArrayList<>();
        for (ReportedIncident incident : incidents) {
            List<NotQualifyingReason> found = timingAndOtherReasons(policy, incident, applicationDate);
            reasons.add(found);
            if (found.isEmpty()) {
                eligible.add(incident);
            }
        }

        @Nullable String chosenProblem = chooseProblem(policy, eligible);

        List<IncidentAssessment> verdicts = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            ReportedIncident incident = incidents.get(i);
            boolean sameProblem = isAbout(incident, chosenProblem);
            List<NotQualifyingReason> found = new ArrayList<>(reasons.get(i));
            if (policy.sameOrSimilarRequired() && !sameProblem) {
                found.add(NotQualifyingReason.NOT_THE_SAME_PROBLEM);
                found.sort(Comparator.naturalOrder());
            }
            boolean qualifies = found.isEmpty();
            verdicts.add(new IncidentAssessment(incident, found, sameProblem,
                    policy.communityRoute() && qualifies && sameProblem,
                    incident.occurredOn() == null ? null
                            : QualifyingPeriods.lastDayOfPeriod(incident.occurredOn(), policy.reportWithinMonths()),
                    incident.reportedOn() == null ? null
                            : QualifyingPeriods.lastDayOfPeriod(incident.reportedOn(), policy.windowMonths())));
        }

        Count count = count(policy, verdicts.stream()
                .filter(IncidentAssessment::qualifies).map(IncidentAssessment::incident).toList(), chosenProblem);
        List<Exclusion> applying = exclusions.stream()
                .map(Exclusion.class::cast)
                .filter(exclusion -> exclusion.appliesOn(applicationDate))
                .toList();

        ThresholdOutcome outcome;
        @Nullable Route route = null;
        if (!applying.isEmpty()) {
            outcome = ThresholdOutcome.EXCLUDED;
        } else if (count.individualMet() || count.communityMet()) {
            outcome = ThresholdOutcome.MET;
            route = count.individualMet() ? Route.INDIVIDUAL : Route.COMMUNITY;
        } else {
            outcome = ThresholdOutcome.NOT_MET;
        }
        return new ThresholdAssessment(policy, applicationDate, outcome, route, verdicts,
                count.qualifying(), policy.qualifyingComplaints(), count.individuals(),
                policy.communityRoute() ? policy.communityIndividuals() : 0,
                count.individualMet(), count.communityMet(), displayProblem(incidents, chosenProblem), applying);
    }

    public boolean met() {
        return outcome == ThresholdOutcome.MET;
    }

    public boolean excluded() {
        return outcome == ThresholdOutcome.EXCLUDED;
    }

    /** Not met, but the policy lets an officer accept it for the harm or the victim's vulnerability. */
    public boolean discretionAvailable() {
        return outcome == ThresholdOutcome.NOT_MET && policy.discretionAllowed();
    }

    /** How many listed incidents are qualifying complaints (whoever made them). */
    public int totalQualifying() {
        return (int) incidents.stream().filter(IncidentAssessment::qualifies).count();
    }

    public List<IncidentAssessment> qualifyingIncidents() {
        return incidents.stream().filter(IncidentAssessment::qualifies).toList();
    }

    public List<IncidentAssessment> notQualifyingIncidents() {
        return incidents.stream().filter(verdict -> !verdict.qualifies()).toList();
    }

    /** The verdict on the incident with this id. */
    public IncidentAssessment incident(String id) {
        return incidents.stream().filter(verdict -> verdict.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No incident " + id));
    }

    /** Reports made before this day are too old for this application (the window, counted back). */
    public LocalDate earliestQualifyingReportDate() {
        return QualifyingPeriods.earliestFirstDayCovering(applicationDate, policy.windowMonths());
    }

    /** Plain English for the applicant; see {@link ThresholdWording#forResident}. */
    public String residentText() {
        return ThresholdWording.forResident(this);
    }

    /** A short summary for staff; see {@link ThresholdWording#forStaff}. */
    public String staffSummary() {
        return ThresholdWording.forStaff(this);
    }

    private static List<NotQualifyingReason> timingAndOtherReasons(ThresholdPolicy policy, ReportedIncident incident,
            LocalDate applicationDate) {
        List<NotQualifyingReason> found = new ArrayList<>();
        if (incident.noRecordAtAgency()) {
            found.add(NotQualifyingReason.NO_RECORD_AT_AGENCY);
        }
        LocalDate occurred = incident.occurredOn();
        LocalDate reported = incident.reportedOn();
        if (occurred == null) {
            found.add(NotQualifyingReason.DATE_OF_BEHAVIOUR_UNKNOWN);
        }
        if (reported == null) {
            found.add(NotQualifyingReason.DATE_OF_REPORT_UNKNOWN);
        }
        boolean reportedBeforeItHappened = occurred != null && reported != null && reported.isBefore(occurred);
        if (reportedBeforeItHappened) {
            found.add(NotQualifyingReason.REPORTED_BEFORE_IT_HAPPENED);
        }
        boolean reportedAfterApplication = reported != null && reported.isAfter(applicationDate);
        if (reportedAfterApplication) {
            found.add(NotQualifyingReason.REPORTED_AFTER_APPLICATION);
        }
        if (incident.duplicateOf() != null) {
            found.add(NotQualifyingReason.DUPLICATE);
        }
        if (occurred != null && reported != null && !reportedBeforeItHappened
                && !QualifyingPeriods.withinPeriod(occurred, policy.reportWithinMonths(), reported)) {
            found.add(NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER);
        }
        if (reported != null && !reportedAfterApplication
                && !QualifyingPeriods.withinPeriod(reported, policy.windowMonths(), applicationDate)) {
            found.add(NotQualifyingReason.REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION);
        }
        if (policy.dissatisfactionRequired() && Boolean.TRUE.equals(incident.reporterSatisfied())) {
            found.add(NotQualifyingReason.REPORTER_SATISFIED);
        }
        return found;
    }

    private static boolean isAbout(ReportedIncident incident, @Nullable String problem) {
        String key = incident.problemKey();
        return key == null || problem == null || key.equals(problem);
    }

    /**
     * Where reports name different problems, the application is assessed on the one that does the applicant most
     * good: one that meets the threshold if any does, else the one with most qualifying reports, then most people,
     * then the most recent behaviour (the problem that persists).
     */
    private static @Nullable String chooseProblem(ThresholdPolicy policy, List<ReportedIncident> eligible) {
        Set<String> candidates = new LinkedHashSet<>();
        for (ReportedIncident incident : eligible) {
            String key = incident.problemKey();
            if (key != null) {
                candidates.add(key);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Comparator<String> better = Comparator
                .comparing((String problem) -> {
                    Count count = count(policy, about(policy, eligible, problem), problem);
                    return count.individualMet() || count.communityMet();
                })
                .thenComparingInt(problem -> count(policy, about(policy, eligible, problem), problem).qualifying())
                .thenComparingInt(problem -> count(policy, about(policy, eligible, problem), problem).individuals())
                .thenComparing(problem -> latestBehaviour(eligible, problem));
        String best = null;
        for (String candidate : candidates) {
            if (best == null || better.compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    /** The eligible reports that would qualify if {@code problem} were the one under review. */
    private static List<ReportedIncident> about(ThresholdPolicy policy, List<ReportedIncident> eligible,
            String problem) {
        return eligible.stream()
                .filter(incident -> !policy.sameOrSimilarRequired() || isAbout(incident, problem))
                .toList();
    }

    private static LocalDate latestBehaviour(List<ReportedIncident> eligible, String problem) {
        return eligible.stream()
                .filter(incident -> problem.equals(incident.problemKey()))
                .map(ReportedIncident::occurredOn)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    private record Count(int qualifying, int individuals, boolean individualMet, boolean communityMet) {
    }

    /** Counts both routes over qualifying reports; the community route only counts reports about the problem. */
    private static Count count(ThresholdPolicy policy, List<ReportedIncident> qualifying, @Nullable String problem) {
        int counted;
        if (policy.individualRouteCountsOnePerson()) {
            Map<String, Integer> perPerson = new HashMap<>();
            qualifying.forEach(incident -> perPerson.merge(incident.reporterKey(), 1, Integer::sum));
            counted = perPerson.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        } else {
            counted = qualifying.size();
        }
        Set<String> people = new HashSet<>();
        qualifying.stream()
                .filter(incident -> isAbout(incident, problem))
                .forEach(incident -> people.add(incident.reporterKey()));
        int individuals = people.size();
        return new Count(counted, individuals, counted >= policy.qualifyingComplaints(),
                policy.communityRoute() && individuals >= policy.communityIndividuals());
    }

    private static @Nullable String displayProblem(List<ReportedIncident> incidents, @Nullable String key) {
        if (key == null) {
            return null;
        }
        return incidents.stream()
                .filter(incident -> key.equals(incident.problemKey()))
                .map(incident -> Objects.requireNonNull(incident.problem()).strip())
                .findFirst()
                .orElse(key);
    }

    private static void checkIds(List<ReportedIncident> incidents) {
        Map<String, ReportedIncident> byId = new HashMap<>();
        for (ReportedIncident incident : incidents) {
            if (byId.put(incident.id(), incident) != null) {
                throw new IllegalArgumentException("Two incidents have the id " + incident.id());
            }
        }
        for (ReportedIncident incident : incidents) {
            Set<String> seen = new HashSet<>();
            ReportedIncident current = incident;
            while (current.duplicateOf() != null) {
                if (!seen.add(current.id())) {
                    throw new IllegalArgumentException("Incidents " + seen + " are duplicates of each other in a circle");
                }
                String next = current.duplicateOf();
                current = byId.get(next);
                if (current == null) {
                    throw new IllegalArgumentException(
                            "Incident " + incident.id() + " is a duplicate of " + next + ", which is not listed");
                }
            }
        }
    }
}
