package org.casereview.threshold;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One incident an applicant lists: when the behaviour happened and when, and by whom, it was reported.
 *
 * <p>Build with {@link #of(String, LocalDate, LocalDate)} and the {@code with...} methods, or the constructor.
 *
 * @param id unique within one application; used by {@code duplicateOf} and in staff screens
 * @param occurredOn the day the behaviour happened; null if the applicant does not know (the report cannot count)
 * @param reportedOn the day it was reported to a relevant body; null if not known (the report cannot count)
 * @param reporter who made the report, for the community route's count of separate individuals; null or blank means
 *     the applicant (or victim) themself. Compared ignoring case and extra spaces.
 * @param problem a short key for the kind of behaviour ("noise", "vandalism"), for "same or similar"; null means
 *     the same as the others. Compared ignoring case and extra spaces.
 * @param reporterSatisfied whether the reporter said they were satisfied with the action taken; null means not asked,
 *     which counts as not satisfied (applying is itself a sign of dissatisfaction)
 * @param duplicateOf the id of another listed incident this is the same report as (for example the same call
 *     listed twice); a duplicate never counts and the other one is assessed on its own
 * @param noRecordAtAgency whether the agency it was reported to, when asked, said it has no record of the report;
 *     such a report was not shown to have been made to a relevant body and never counts
 */
public record ReportedIncident(
        String id,
        @Nullable LocalDate occurredOn,
        @Nullable LocalDate reportedOn,
        @Nullable String reporter,
        @Nullable String problem,
        @Nullable Boolean reporterSatisfied,
        @Nullable String duplicateOf,
        boolean noRecordAtAgency) {

    public ReportedIncident {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("An incident needs an id");
        }
        if (id.equals(duplicateOf)) {
            throw new IllegalArgumentException("Incident " + id + " cannot be a duplicate of itself");
        }
    }

    /** An incident by the applicant, about the same problem as the others, satisfaction not asked. */
    public static ReportedIncident of(String id, @Nullable LocalDate occurredOn, @Nullable LocalDate reportedOn) {
        return new ReportedIncident(id, occurredOn, reportedOn, null, null, null, null, false);
    }

    public ReportedIncident withReporter(@Nullable String reporter) {
        return new ReportedIncident(id, occurredOn, reportedOn, reporter, problem, reporterSatisfied, duplicateOf,
                noRecordAtAgency);
    }

    public ReportedIncident withProblem(@Nullable String problem) {
        return new ReportedIncident(id, occurredOn, reportedOn, reporter, problem, reporterSatisfied, duplicateOf,
                noRecordAtAgency);
    }

    public ReportedIncident withReporterSatisfied(@Nullable Boolean satisfied) {
        return new ReportedIncident(id, occurredOn, reportedOn, reporter, problem, satisfied, duplicateOf,
                noRecordAtAgency);
    }

    public ReportedIncident asDuplicateOf(@Nullable String otherId) {
        return new ReportedIncident(id, occurredOn, reportedOn, reporter, problem, reporterSatisfied, otherId,
                noRecordAtAgency);
    }

    /** As confirmed with the agency: {@code true} when it has no record of this report. */
    public ReportedIncident withNoRecordAtAgency(boolean noRecord) {
        return new ReportedIncident(id, occurredOn, reportedOn, reporter, problem, reporterSatisfied, duplicateOf,
                noRecord);
    }

    /** The reporter for comparison; "" for the applicant. */
    String reporterKey() {
        String key = normalise(reporter);
        return key == null ? "" : key;
    }

    /** The problem for comparison; null when not given (the same as the others). */
    @Nullable String problemKey() {
        return normalise(problem);
    }

    private static @Nullable String normalise(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
