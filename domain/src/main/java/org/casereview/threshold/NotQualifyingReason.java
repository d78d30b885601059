package org.casereview.threshold;

/**
 * Why a listed report is not a qualifying complaint. Declared in order of precedence: the first that applies is the
 * one given to the resident, and all that apply are kept for staff.
 */
public enum NotQualifyingReason {
    /** The agency it was reported to has no record of the report, so it was not shown to be made to a relevant body. */
    NO_RECORD_AT_AGENCY,
    /** No date for the behaviour, so the one-month rule cannot be checked. */
    DATE_OF_BEHAVIOUR_UNKNOWN,
    /** No date for the report, so neither period can be checked. */
    DATE_OF_REPORT_UNKNOWN,
    /** The report date is before the behaviour date: a mistake in the dates. */
    REPORTED_BEFORE_IT_HAPPENED,
    /** Reported after the application was made. */
    REPORTED_AFTER_APPLICATION,
    /** The same report as another listed incident. */
    DUPLICATE,
    /** Not made within the period of one month (the policy's reporting period) beginning with the behaviour. */
    REPORTED_MORE_THAN_ONE_MONTH_AFTER,
    /** The application was not made within the period of six months (the policy's window) beginning with the report. */
    REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION,
    /** The policy needs the same or similar problem and this report is about another one. */
    NOT_THE_SAME_PROBLEM,
    /** The policy needs reporters who are not satisfied with the response, and this one was. */
    REPORTER_SATISFIED
}
