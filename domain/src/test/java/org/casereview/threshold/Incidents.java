package org.casereview.threshold;

import java.time.LocalDate;

/** Short ways to write the incidents in the tests. */
final class Incidents {

    private Incidents() {
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** An incident by the applicant: behaviour on {@code occurred}, reported on {@code reported}. */
    static ReportedIncident incident(String id, String occurred, String reported) {
        return ReportedIncident.of(id, d(occurred), d(reported));
    }

    /** A report by a named person, the same behaviour reported the same day. */
    static ReportedIncident reportBy(String reporter, String date) {
        return incident(reporter + "@" + date, date, date).withReporter(reporter);
    }
}
