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
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One report of anti-social behaviour that the applicant made to an agency. */
@Entity
public class Incident {

    @Id
    // From a sequence, fifty at a time, so that several rows go to the database as one batch (V15).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_ids")
    @SequenceGenerator(name = "incident_ids", sequenceName = "incident_ids", allocationSize = 50)
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
    private @Nullable String reportedToPerson;
    @Enumerated(EnumType.STRING)
    private @Nullable ReportMethod howReported;
    private @Nullable String location;
    @Enumerated(EnumType.STRING)
    private @Nullable BehaviourType behaviour;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer sameAsOthers;
    private @Nullable String actionTaken;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer reporterSatisfied;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer timeframeGiven;
    private @Nullable LocalDate timeframeEndsOn;
    private @Nullable String reportedBy;

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
        this.reportedToPerson = blankToNull(incident.reportedToPerson());
        this.howReported = incident.howReported();
        this.location = blankToNull(incident.location());
        this.behaviour = incident.behaviour();
        this.sameAsOthers = position == 0 ? null : incident.sameAsOthers();
        this.actionTaken = blankToNull(incident.actionTaken());
        this.reporterSatisfied = incident.reporterSatisfied();
        this.timeframeGiven = incident.timeframeGiven();
        this.timeframeEndsOn = incident.timeframeGiven() == Answer.YES ? incident.timeframeEndsOn() : null;
        this.reportedBy = blankToNull(incident.reportedBy());
    }

    /** The incident as it was given, for the threshold check. */
    NewApplication.NewIncident asNewIncident() {
        return new NewApplication.NewIncident(occurredOn, reportedOn, reportedTo, reportedToOther, agencyReference,
                description, reportedToPerson, howReported, location, behaviour, sameAsOthers, actionTaken,
                reporterSatisfied, timeframeGiven, timeframeEndsOn, reportedBy);
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

    public @Nullable String getReportedToPerson() {
        return reportedToPerson;
    }

    public @Nullable ReportMethod getHowReported() {
        return howReported;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public @Nullable BehaviourType getBehaviour() {
        return behaviour;
    }

    /** Whether the applicant said it is the same or a similar problem as the incidents before it; null for the first. */
    public @Nullable Answer getSameAsOthers() {
        return sameAsOthers;
    }

    public @Nullable String getActionTaken() {
        return actionTaken;
    }

    public @Nullable Answer getReporterSatisfied() {
        return reporterSatisfied;
    }

    public @Nullable Answer getTimeframeGiven() {
        return timeframeGiven;
    }

    public @Nullable LocalDate getTimeframeEndsOn() {
        return timeframeEndsOn;
    }

    /** Who made the report when not the applicant (a member of the group); null for the applicant. */
    public @Nullable String getReportedBy() {
        return reportedBy;
    }

    // --- Incidents added by officers (V4) ---

    @Enumerated(EnumType.STRING)
    private IncidentSource source = IncidentSource.APPLICANT;
    private @Nullable String reporterName;
    private @Nullable String addedBy;
    private @Nullable Instant addedAt;

    Incident(Application application, int position, NewApplication.NewIncident incident,
             @Nullable String reporterName, String addedBy, Instant addedAt) {
        this(application, position, incident);
        this.source = IncidentSource.AGENCY;
        this.reporterName = blankToNull(reporterName);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public IncidentSource getSource() {
        return source;
    }

    /** Who made the report, when it was not the applicant (an agency's incident may be another resident's). */
    public @Nullable String getReporterName() {
        return reporterName;
    }

    public @Nullable String getAddedBy() {
        return addedBy;
    }

    public @Nullable Instant getAddedAt() {
        return addedAt;
    }

    /** "Incident 3": how staff screens and the history name it. */
    public String label() {
        return "Incident " + (position + 1);
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
