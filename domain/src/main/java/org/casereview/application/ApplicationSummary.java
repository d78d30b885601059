package org.casereview.application;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the staff case list: what a list needs and no more. */
public record ApplicationSummary(long id, String reference, String partnershipName, Channel channel,
                                 ApplicationStatus status, Instant receivedAt, LocalDate acknowledgementDue,
                                 LocalDate decisionDue) {
}
