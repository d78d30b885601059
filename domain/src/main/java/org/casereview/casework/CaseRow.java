package org.casereview.casework;

import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.RiskLevel;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the case list or a work queue: what a list needs and no more.
 *
 * @param clock the next step and where it stands today; null once nothing is due
 * @param officerName the member of staff the case is assigned to, if any
 */
public record CaseRow(long id, String reference, String partnershipName, String applicantName, Channel channel,
                      ApplicationStatus status, Instant receivedAt, LocalDate acknowledgementDue,
                      LocalDate decisionDue, @Nullable RiskLevel riskLevel, @Nullable String officerName,
                      @Nullable CaseClock clock) {
}
