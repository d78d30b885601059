package org.casereview.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.casereview.threshold.Exclusion;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An exclusion an officer recorded on a case; the assessment applies it as the threshold rules say. */
@Entity
public class ThresholdExclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    @Enumerated(EnumType.STRING)
    private ExclusionKind kind;
    private String agency;
    private @Nullable LocalDate timeframeEndsOn;
    private @Nullable String notes;
    private String recordedBy;
    private Instant recordedAt;

    protected ThresholdExclusion() {
        // for JPA
    }

    ThresholdExclusion(long applicationId, ExclusionKind kind, String agency, @Nullable LocalDate timeframeEndsOn,
                       @Nullable String notes, String recordedBy, Instant recordedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.agency = agency;
        this.timeframeEndsOn = timeframeEndsOn;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The rule's own view of it. */
    public Exclusion toExclusion() {
        return switch (kind) {
            case AGENCY_TIMEFRAME -> new Exclusion.AgencyTimeframeNotExpired(agency,
                    Objects.requireNonNull(timeframeEndsOn, "timeframeEndsOn"));
            case SINGLE_AGENCY_CONDUCT -> new Exclusion.SingleAgencyConduct(agency);
        };
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ExclusionKind getKind() {
        return kind;
    }

    public String getAgency() {
        return agency;
    }

    public @Nullable LocalDate getTimeframeEndsOn() {
        return timeframeEndsOn;
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
