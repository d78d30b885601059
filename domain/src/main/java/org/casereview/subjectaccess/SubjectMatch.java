package org.casereview.subjectaccess;

import org.casereview.application.ApplicationStatus;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A case that holds something of the person searched for.
 *
 * @param matchedAs where and on what: "Applicant (name, e-mail); Named in incident 2 (name)"
 */
public record SubjectMatch(long applicationId, String reference, String partnershipName, ApplicationStatus status,
                           LocalDate receivedOn, @Nullable LocalDate closedOn, boolean restricted, String matchedAs) {
}
