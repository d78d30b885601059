package org.casereview.decision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the applicant's decision message says, gathered by the domain so that the e-mail (and, later, the
 * letter) only lays it out.
 *
 * @param paragraphs the decision explained, as stored with the decision
 * @param incidents every incident on the case, with whether it counted and what the agency did
 */
public record DecisionLetter(String reference, String applicantName, @Nullable String applicantEmail,
                             DecisionOutcome outcome, LocalDate decidedOn, List<String> paragraphs,
                             List<LetterIncident> incidents, Partnership partnership) {

    /**
     * @param number "1", "2", … as on the case
     * @param whyNotCounted the sentence the applicant is told; null when it counted
     * @param agencyAnswer what the agency said when asked, in words; null when it was not asked
     * @param agencyAction what the agency did about the report, as it told the officer; null when none was recorded
     * @param applicantSaidAction what the applicant said was done about it, on their application; null if not said
     */
    public record LetterIncident(String number, LocalDate occurredOn, LocalDate reportedOn, String reportedTo,
                                 @Nullable String agencyReference, String description, boolean counted,
                                 @Nullable String whyNotCounted, @Nullable String agencyAnswer,
                                 @Nullable String agencyAction, @Nullable String applicantSaidAction,
                                 boolean reportedByAgency) {
    }

    /** The partnership's contact details and wording as they stand when the message is written. */
    public record Partnership(String name, String csuPhone, String csuEmail, String csuAddress, String asbReporting,
                              String hateCrimeLine, String metWording, String notMetWording, String queryWording) {
    }
}
