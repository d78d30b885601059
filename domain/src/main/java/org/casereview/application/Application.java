package org.casereview.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An application for a Community Trigger / ASB Case Review: the case as staff work on it. */
@Entity
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private Instant receivedAt;
    private LocalDate receivedOn;
    private @Nullable LocalDate acknowledgedOn;
    private LocalDate acknowledgementDue;
    private LocalDate decisionDue;

    @Enumerated(EnumType.STRING)
    private ApplicantType applicantType;
    private String applicantName;
    private @Nullable String applicantAddress;
    private @Nullable String applicantPostcode;
    private @Nullable String applicantPhone;
    private @Nullable String applicantEmail;
    @Enumerated(EnumType.STRING)
    private ContactMethod preferredContact;

    private boolean consentToShare;
    private Instant consentGivenAt;
    private @Nullable String submissionKey;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Incident> incidents = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    Application(String reference, Partnership partnership, NewApplication submitted, Instant receivedAt,
                LocalDate receivedOn) {
        this.reference = reference;
        this.partnership = partnership;
        this.channel = submitted.channel();
        this.status = ApplicationStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.applicantType = submitted.applicantType();
        NewApplication.Applicant applicant = submitted.applicant();
        this.applicantName = applicant.name().strip();
        this.applicantAddress = stripToNull(applicant.address());
        this.applicantPostcode = applicant.postcode() == null || applicant.postcode().isBlank()
                ? null : ApplicationValidator.normalisePostcode(applicant.postcode());
        this.applicantPhone = stripToNull(applicant.phone());
        this.applicantEmail = stripToNull(applicant.email());
        this.preferredContact = submitted.preferredContact();
        this.consentToShare = submitted.consentToShare();
        this.consentGivenAt = receivedAt;
        this.submissionKey = submitted.submissionKey();
        int position = 0;
        for (NewApplication.NewIncident incident : submitted.incidents()) {
            incidents.add(new Incident(this, position++, incident));
        }
    }

    void scheduleDeadlines(LocalDate acknowledgementDue, LocalDate decisionDue) {
        this.acknowledgementDue = acknowledgementDue;
        this.decisionDue = decisionDue;
    }

    void acknowledge(LocalDate on) {
        this.acknowledgedOn = on;
        this.status = ApplicationStatus.ACKNOWLEDGED;
    }

    private static @Nullable String stripToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public Channel getChannel() {
        return channel;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public @Nullable LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public @Nullable String getApplicantAddress() {
        return applicantAddress;
    }

    public @Nullable String getApplicantPostcode() {
        return applicantPostcode;
    }

    public @Nullable String getApplicantPhone() {
        return applicantPhone;
    }

    public @Nullable String getApplicantEmail() {
        return applicantEmail;
    }

    public ContactMethod getPreferredContact() {
        return preferredContact;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public List<Incident> getIncidents() {
        return Collections.unmodifiableList(incidents);
    }

    public long getVersion() {
        return version;
    }

    // --- Back-office casework (V4): assignment, acknowledgement by staff, decision date, risk, last change ---

    private @Nullable Long assignedOfficerId;
    @Enumerated(EnumType.STRING)
    private @Nullable AcknowledgementMethod acknowledgementMethod;
    private @Nullable LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private @Nullable RiskLevel riskLevel;
    private @Nullable Instant lastChangedAt;
    private @Nullable String lastChangedBy;

    /**
     * Refuses a change made from a screen that showed version {@code expectedVersion} when someone else has saved the
     * case since.
     *
     * @throws CaseChangedException naming who changed it and when
     */
    public void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new CaseChangedException(reference, lastChangedBy, lastChangedAt);
        }
    }

    /** Every change by staff goes through here, so the version moves even when only a related row changed. */
    public void changedBy(String actor, Instant at) {
        this.lastChangedBy = actor;
        this.lastChangedAt = at;
    }

    /** Acknowledged by an officer; the decision may now be due on another day (when it runs from acknowledgement). */
    public void acknowledgeBy(AcknowledgementMethod method, LocalDate on, LocalDate newDecisionDue) {
        acknowledge(on);
        this.acknowledgementMethod = method;
        this.decisionDue = newDecisionDue;
    }

    public void assignTo(@Nullable Long officerId) {
        this.assignedOfficerId = officerId;
    }

    /** The threshold decision was made on {@code on}, moving the case to {@code newStatus}. */
    public void thresholdDecided(LocalDate on, ApplicationStatus newStatus) {
        this.decidedOn = on;
        this.status = newStatus;
    }

    public void riskAssessed(RiskLevel level) {
        this.riskLevel = level;
    }

    /** An incident an agency reported that the applicant did not list. */
    public Incident addAgencyIncident(NewApplication.NewIncident incident, @Nullable String reporterName,
                                      String addedBy, Instant addedAt) {
        int position = incidents.stream().mapToInt(Incident::getPosition).max().orElse(-1) + 1;
        Incident added = new Incident(this, position, incident, reporterName, addedBy, addedAt);
        incidents.add(added);
        return added;
    }

    public @Nullable Long getAssignedOfficerId() {
        return assignedOfficerId;
    }

    /** Null when acknowledged automatically by e-mail on receipt, or not yet acknowledged. */
    public @Nullable AcknowledgementMethod getAcknowledgementMethod() {
        return acknowledgementMethod;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public @Nullable Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public @Nullable String getLastChangedBy() {
        return lastChangedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Application other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Application.class.hashCode();
    }

    /** Only the reference: personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Application[" + reference + "]";
    }
}
