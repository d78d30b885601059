package org.casereview.subjectaccess;

import org.casereview.personaldata.HeldSection;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything held about a person, case by case, as one document: what was searched for, who produced it and when,
 * and for each case every section every feature holds (the application, incidents, decisions, messages sent, the
 * history, and who has looked at it).
 */
public record SubjectAccessReport(String searchedFor, Instant producedAt, String producedBy, List<CaseReport> cases) {

    public SubjectAccessReport {
        cases = List.copyOf(cases);
    }

    /** The references only: everything else in it is personal data. */
    @Override
    public String toString() {
        return "SubjectAccessReport" + cases.stream().map(CaseReport::reference).toList();
    }

    public record CaseReport(String reference, String partnershipName, String status, LocalDate receivedOn,
                             @Nullable LocalDate closedOn, String matchedAs, List<HeldSection> sections) {

        public CaseReport {
            sections = List.copyOf(sections);
        }

        @Override
        public String toString() {
            return "CaseReport[" + reference + "]";
        }
    }
}
