package org.casereview.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the agency said about one incident, as the officer recorded it. A later answer replaces it; the case history
 * keeps every answer.
 *
 * @see VerificationOutcome
 */
@Entity
public class IncidentVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long incidentId;
    private long applicationId;
    @Enumerated(EnumType.STRING)
    private VerificationOutcome outcome;
    private @Nullable LocalDate agencyOccurredOn;
    private @Nullable LocalDate agencyReportedOn;
    private @Nullable String agencyAction;
    private @Nullable String notes;
    private String recordedBy;
    private Instant recordedAt;

    protected IncidentVerification() {
        // for JPA
    }

    IncidentVerification(long incidentId, long applicationId) {
        this.incidentId = incidentId;
        this.applicationId = applicationId;
    }

    void record(VerificationOutcome outcome, @Nullable LocalDate agencyOccurredOn,
                @Nullable LocalDate agencyReportedOn, @Nullable String agencyAction, @Nullable String notes,
                String recordedBy, Instant recordedAt) {
        this.outcome = outcome;
        this.agencyOccurredOn = outcome == VerificationOutcome.DIFFERENT_DATE ? agencyOccurredOn : null;
        this.agencyReportedOn = outcome == VerificationOutcome.DIFFERENT_DATE ? agencyReportedOn : null;
        this.agencyAction = agencyAction;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public VerificationOutcome getOutcome() {
        return outcome;
    }

    /** The day the behaviour happened by the agency's record, for a different date; null if the same as listed. */
    public @Nullable LocalDate getAgencyOccurredOn() {
        return agencyOccurredOn;
    }

    /** The day the report was made by the agency's record, for a different date; null if the same as listed. */
    public @Nullable LocalDate getAgencyReportedOn() {
        return agencyReportedOn;
    }

    /** What the agency did about the report, in words the applicant can be sent. */
    public @Nullable String getAgencyAction() {
        return agencyAction;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
