package org.casereview.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** One report of anti-social behaviour that the applicant made to an agency. */
@Entity
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    private int position;
    private LocalDate occurredOn;
    private LocalDate reportedOn;
    @Enumerated(EnumType.STRING)
    private Agency reportedTo;
    private @Nullable String reportedToOther;
    private @Nullable String agencyReference;
    private String description;

    protected Incident() {
        // for JPA
    }

    Incident(Application application, int position, NewApplication.NewIncident incident) {
        this.application = application;
        this.position = position;
        this.occurredOn = Objects.requireNonNull(incident.occurredOn());
        this.reportedOn = Objects.requireNonNull(incident.reportedOn());
        this.reportedTo = Objects.requireNonNull(incident.reportedTo());
        this.reportedToOther = blankToNull(incident.reportedToOther());
        this.agencyReference = blankToNull(incident.agencyReference());
        this.description = incident.description().strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public Agency getReportedTo() {
        return reportedTo;
    }

    /** Who it was reported to, in words: the agency, or the organisation the applicant named. */
    public String reportedToName() {
        return reportedTo == Agency.OTHER && reportedToOther != null ? reportedToOther : reportedTo.label();
    }

    public @Nullable String getReportedToOther() {
        return reportedToOther;
    }

    public @Nullable String getAgencyReference() {
        return agencyReference;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Incident other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Incident.class.hashCode();
    }
}
