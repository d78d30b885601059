package org.casereview.threshold;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reason the application is not a case review at all, whatever the number of reports. The seed documents: "A
 * Community Trigger should not be submitted where the agency/agencies involved have given a time-frame for actions to
 * be completed and this has not yet expired", or where "the victim is unhappy with the conduct of a particular
 * agency" (that agency's complaints procedure).
 */
public sealed interface Exclusion {

    /** Whether this exclusion stops an application made on that day. */
    boolean appliesOn(LocalDate applicationDate);

    /** The organisation concerned, for the resident's text. */
    String agency();

    /**
     * An agency said it would act by a date that has not passed when the application is made.
     *
     * @param timeframeEndsOn the last day of the time-frame the agency gave; applying on that day is still too soon
     */
    record AgencyTimeframeNotExpired(String agency, LocalDate timeframeEndsOn) implements Exclusion {
        public AgencyTimeframeNotExpired {
            requireAgency(agency);
            Objects.requireNonNull(timeframeEndsOn, "timeframeEndsOn");
        }

        @Override
        public boolean appliesOn(LocalDate applicationDate) {
            return !applicationDate.isAfter(timeframeEndsOn);
        }
    }

    /** The concern is only how one agency behaved: a matter for that agency's complaints procedure. */
    record SingleAgencyConduct(String agency) implements Exclusion {
        public SingleAgencyConduct {
            requireAgency(agency);
        }

        @Override
        public boolean appliesOn(LocalDate applicationDate) {
            return true;
        }
    }

    private static void requireAgency(String agency) {
        Objects.requireNonNull(agency, "agency");
        if (agency.isBlank()) {
            throw new IllegalArgumentException("Name the agency");
        }
    }
}
