package org.casereview.casework;

import org.casereview.application.ApplicationStatus;

import java.time.Instant;

/** A case linked to the one being looked at, as far as this member of staff may see it. */
public record LinkedCase(long linkId, long applicationId, String reference, ApplicationStatus status,
                         String reason, String linkedBy, Instant linkedAt) {
}
