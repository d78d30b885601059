package org.casereview.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

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
    /** Kept by the database from the state and the dates (V14), for the work queue's order; never written here. */
    @Column(insertable = false, updatable = false)
    private @Nullable LocalDate nextDue;

    @Enumerated(EnumType.STRING)
    private ApplicantType applicantType;
    private String applicantName;
    private @Nullable String applicantAddress;
    private @Nullable String applicantPostcode;
    private @Nullable String applicantPhone;
    private @Nullable String applicantEmail;
    private @Nullable LocalDate applicantDateOfBirth;
    private @Nullable String applicantRole;
    @Enumerated(EnumType.STRING)
    private ContactMethod preferredContact;

    // The victim, when someone else applies for them; the business or group, when it is the victim.
    private @Nullable String victimName;
    private @Nullable String victimAddress;
    private @Nullable String victimPostcode;
    private @Nullable String victimPhone;
    private @Nullable String victimEmail;
    private @Nullable LocalDate victimDateOfBirth;
    @Enumerated(EnumType.STRING)
    private @Nullable Relationship relationship;
    private @Nullable String relationshipOther;
    private boolean victimConsented;
    @Enumerated(EnumType.STRING)
    private @Nullable ConsentMethod consentMethod;
    private @Nullable String consentDetails;
    private @Nullable String groupName;

    @Enumerated(EnumType.STRING)
    private @Nullable Answer problemPersists;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer onlyOneAgencyConduct;
    private @Nullable String conductAgency;

    @Convert(converter = EnumSetConverters.ImpactAreas.class)
    private Set<ImpactArea> impactAreas = Set.of();
    private @Nullable String impactDescription;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer disabilityOrIllness;
    private @Nullable String vulnerabilityDetails;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer feelsTargeted;
    private @Nullable String targetedDetails;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer otherHouseholdsAffected;

    @Convert(converter = EnumSetConverters.ContactMethods.class)
    private Set<ContactMethod> contactChannels = Set.of();
    private @Nullable String safeContactTimes;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer lettersSafe;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer voicemailSafe;
    @Convert(converter = EnumSetConverters.AccessibleFormats.class)
    private Set<AccessibleFormat> accessibleFormats = Set.of();
    private @Nullable String accessibleFormatsOther;
    private boolean interpreterNeeded;
    private @Nullable String preferredLanguage;

    private boolean consentToShare;
    private Instant consentGivenAt;
    private boolean declarationMade;
    private @Nullable Instant declarationMadeAt;
    private @Nullable String submissionKey;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Incident> incidents = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GroupMember> groupMembers = new ArrayList<>();

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
        this.applicantPostcode = normalisedPostcode(applicant.postcode());
        this.applicantPhone = stripToNull(applicant.phone());
        this.applicantEmail = stripToNull(applicant.email());
        this.applicantDateOfBirth = applicant.dateOfBirth();
        this.preferredContact = submitted.preferredContact();

        NewApplication.Representation representation = submitted.representation();
        ApplicantType type = submitted.applicantType();
        NewApplication.Applicant victim = representation.victim();
        if (victim != null && (type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.BUSINESS_OR_GROUP)) {
            this.victimName = victim.name().strip();
            this.victimAddress = stripToNull(victim.address());
            this.victimPostcode = normalisedPostcode(victim.postcode());
            this.victimPhone = stripToNull(victim.phone());
            this.victimEmail = stripToNull(victim.email());
            this.victimDateOfBirth = type == ApplicantType.ON_BEHALF_OF_VICTIM ? victim.dateOfBirth() : null;
        }
        if (type == ApplicantType.BUSINESS_OR_GROUP) {
            this.applicantRole = stripToNull(representation.applicantRole());
        }
        if (type == ApplicantType.ON_BEHALF_OF_VICTIM) {
            this.relationship = representation.relationship();
            this.relationshipOther = representation.relationship() == Relationship.OTHER
                    ? stripToNull(representation.relationshipOther()) : null;
            this.victimConsented = representation.victimConsented();
        }
        if (type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.ON_BEHALF_OF_GROUP) {
            this.consentMethod = representation.consentMethod();
            this.consentDetails = representation.consentMethod() == ConsentMethod.OTHER
                    ? stripToNull(representation.consentDetails()) : null;
        }
        if (type == ApplicantType.ON_BEHALF_OF_GROUP) {
            this.groupName = stripToNull(representation.groupName());
            int position = 0;
            for (NewApplication.Member member : representation.groupMembers()) {
                groupMembers.add(new GroupMember(this, position++, member));
            }
        }

        NewApplication.Circumstances circumstances = submitted.circumstances();
        this.problemPersists = circumstances.problemPersists();
        this.onlyOneAgencyConduct = circumstances.onlyOneAgencyConduct();
        this.conductAgency = circumstances.onlyOneAgencyConduct() == Answer.YES
                ? stripToNull(circumstances.conductAgency()) : null;

        NewApplication.Impact impact = submitted.impact();
        this.impactAreas = impact.areas();
        this.impactDescription = stripToNull(impact.description());
        this.disabilityOrIllness = impact.disabilityOrIllness();
        this.vulnerabilityDetails = stripToNull(impact.vulnerabilityDetails());
        this.feelsTargeted = impact.feelsTargeted();
        this.targetedDetails = stripToNull(impact.targetedDetails());
        this.otherHouseholdsAffected = impact.otherHouseholdsAffected();

        NewApplication.ContactPreferences contact = submitted.contactPreferences();
        this.contactChannels = contact.channels();
        this.safeContactTimes = stripToNull(contact.safeTimes());
        this.lettersSafe = contact.lettersSafe();
        this.voicemailSafe = contact.voicemailSafe();
        this.accessibleFormats = contact.formats();
        this.accessibleFormatsOther = contact.formats().contains(AccessibleFormat.OTHER)
                ? stripToNull(contact.formatsOther()) : null;
        this.interpreterNeeded = contact.interpreterNeeded();
        this.preferredLanguage = contact.interpreterNeeded() ? stripToNull(contact.language()) : null;

        this.consentToShare = submitted.consentToShare();
        this.consentGivenAt = receivedAt;
        this.declarationMade = submitted.declaration();
        this.declarationMadeAt = submitted.declaration() ? receivedAt : null;
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
        transition(CaseAction.ACKNOWLEDGE, ApplicationStatus.ACKNOWLEDGED);
        this.acknowledgedOn = on;
    }

    /**
     * Moves the case on, if its life cycle allows this action from where it is to there.
     *
     * @throws org.casereview.ActionRefusedException when the action is not allowed in the current state
     */
    public void transition(CaseAction action, ApplicationStatus to) {
        CaseLifecycle.check(status, action, to);
        this.status = to;
        // A case that is open again (reopened, or appealed) has no closing day; a final state records its own.
        if (!to.isFinal()) {
            this.closedOn = null;
        }
    }

    private static @Nullable String stripToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String normalisedPostcode(@Nullable String postcode) {
        return postcode == null || postcode.isBlank() ? null : ApplicationValidator.normalisePostcode(postcode);
    }

    /** The answers about the problem as a whole, as given. */
    public NewApplication.Circumstances circumstances() {
        return new NewApplication.Circumstances(problemPersists, onlyOneAgencyConduct, conductAgency);
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

    public List<GroupMember> getGroupMembers() {
        return Collections.unmodifiableList(groupMembers);
    }

    public @Nullable LocalDate getApplicantDateOfBirth() {
        return applicantDateOfBirth;
    }

    /** The applicant's role in the business or group that is the victim. */
    public @Nullable String getApplicantRole() {
        return applicantRole;
    }

    /** Whether the victim is someone (or something) other than the applicant, with details of their own. */
    public boolean hasSeparateVictim() {
        return victimName != null;
    }

    public @Nullable String getVictimName() {
        return victimName;
    }

    public @Nullable String getVictimAddress() {
        return victimAddress;
    }

    public @Nullable String getVictimPostcode() {
        return victimPostcode;
    }

    public @Nullable String getVictimPhone() {
        return victimPhone;
    }

    public @Nullable String getVictimEmail() {
        return victimEmail;
    }

    public @Nullable LocalDate getVictimDateOfBirth() {
        return victimDateOfBirth;
    }

    public @Nullable Relationship getRelationship() {
        return relationship;
    }

    public @Nullable String getRelationshipOther() {
        return relationshipOther;
    }

    /** The applicant confirmed that the victim agreed to them applying (on a victim's behalf). */
    public boolean isVictimConsented() {
        return victimConsented;
    }

    public @Nullable ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public @Nullable String getConsentDetails() {
        return consentDetails;
    }

    public @Nullable String getGroupName() {
        return groupName;
    }

    public @Nullable Answer getProblemPersists() {
        return problemPersists;
    }

    public @Nullable Answer getOnlyOneAgencyConduct() {
        return onlyOneAgencyConduct;
    }

    public @Nullable String getConductAgency() {
        return conductAgency;
    }

    public Set<ImpactArea> getImpactAreas() {
        return impactAreas;
    }

    public @Nullable String getImpactDescription() {
        return impactDescription;
    }

    public @Nullable Answer getDisabilityOrIllness() {
        return disabilityOrIllness;
    }

    public @Nullable String getVulnerabilityDetails() {
        return vulnerabilityDetails;
    }

    public @Nullable Answer getFeelsTargeted() {
        return feelsTargeted;
    }

    public @Nullable String getTargetedDetails() {
        return targetedDetails;
    }

    public @Nullable Answer getOtherHouseholdsAffected() {
        return otherHouseholdsAffected;
    }

    public Set<ContactMethod> getContactChannels() {
        return contactChannels;
    }

    public @Nullable String getSafeContactTimes() {
        return safeContactTimes;
    }

    public @Nullable Answer getLettersSafe() {
        return lettersSafe;
    }

    public @Nullable Answer getVoicemailSafe() {
        return voicemailSafe;
    }

    public Set<AccessibleFormat> getAccessibleFormats() {
        return accessibleFormats;
    }

    public @Nullable String getAccessibleFormatsOther() {
        return accessibleFormatsOther;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isDeclarationMade() {
        return declarationMade;
    }

    public @Nullable Instant getDeclarationMadeAt() {
        return declarationMadeAt;
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

    // After the threshold: the outcome, the final review, the state a closed case or an appeal returns to.
    private @Nullable LocalDate outcomeSentOn;
    private @Nullable LocalDate finalReviewDue;
    /** A later day for the outcome, told to the applicant in a delay notice. */
    private @Nullable LocalDate revisedDecisionDue;
    @Enumerated(EnumType.STRING)
    private @Nullable ApplicationStatus statusBefore;
    private @Nullable LocalDate closedOn;
    private @Nullable String closeReason;

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
        transition(CaseAction.DECIDE_THRESHOLD, newStatus);
        this.decidedOn = on;
        if (newStatus.isFinal()) {
            this.closedOn = on;
        }
    }

    /** The outcome letter went on {@code on}; the action plan's final review is due on {@code finalReviewOn}. */
    public void outcomeSent(LocalDate on, LocalDate finalReviewOn) {
        transition(CaseAction.SEND_OUTCOME, ApplicationStatus.OUTCOME_SENT);
        this.outcomeSentOn = on;
        this.finalReviewDue = finalReviewOn;
    }

    /** The outcome will come later than the deadline: the applicant was told the new day. */
    public void delayed(LocalDate newDue) {
        transition(CaseAction.SEND_DELAY_NOTICE, status);
        this.revisedDecisionDue = newDue;
    }

    /** A final review that kept the case open sets the next one; one that closed it records the close. */
    public void finalReviewed(LocalDate on, @Nullable LocalDate nextReviewDue, String summary) {
        if (nextReviewDue == null) {
            transition(CaseAction.RECORD_FINAL_REVIEW, ApplicationStatus.CLOSED);
            this.statusBefore = ApplicationStatus.OUTCOME_SENT;
            this.closedOn = on;
            this.closeReason = summary;
        } else {
            transition(CaseAction.RECORD_FINAL_REVIEW, ApplicationStatus.OUTCOME_SENT);
            this.finalReviewDue = nextReviewDue;
        }
    }

    /**
     * An appeal: the case waits for the independent panel.
     *
     * @return the state it was in, which the appeal record keeps to return to
     */
    public ApplicationStatus secondStageRequested() {
        ApplicationStatus from = status;
        transition(CaseAction.REQUEST_SECOND_STAGE, ApplicationStatus.SECOND_STAGE_REVIEW);
        return from;
    }

    /** @param to where the case goes: back where it was, or a review activated when a not-met decision is overturned */
    public void secondStageDecided(ApplicationStatus to) {
        transition(CaseAction.DECIDE_SECOND_STAGE, to);
    }

    /** Withdrawn by the applicant, or closed by staff with a reason; either can be reopened. */
    public void close(CaseAction action, LocalDate on, String reason) {
        ApplicationStatus from = status;
        transition(action, action == CaseAction.WITHDRAW ? ApplicationStatus.WITHDRAWN : ApplicationStatus.CLOSED);
        this.statusBefore = from;
        this.closedOn = on;
        this.closeReason = reason;
    }

    /** Back to the state it was closed from. */
    public ApplicationStatus reopen() {
        ApplicationStatus back = statusBefore != null ? statusBefore
                : decidedOn != null ? ApplicationStatus.OUTCOME_SENT : ApplicationStatus.RECEIVED;
        transition(CaseAction.REOPEN, back);
        this.statusBefore = null;
        this.closedOn = null;
        this.closeReason = null;
        return back;
    }

    /** The actions the case's state allows now. */
    public java.util.Set<CaseAction> allowedActions() {
        return CaseLifecycle.allowed(status);
    }

    public @Nullable LocalDate getOutcomeSentOn() {
        return outcomeSentOn;
    }

    public @Nullable LocalDate getFinalReviewDue() {
        return finalReviewDue;
    }

    public @Nullable LocalDate getRevisedDecisionDue() {
        return revisedDecisionDue;
    }

    /** The day the outcome is due: the deadline, or the later day a delay notice gave. */
    public LocalDate outcomeDue() {
        return revisedDecisionDue != null ? revisedDecisionDue : decisionDue;
    }

    public @Nullable ApplicationStatus getStatusBefore() {
        return statusBefore;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable String getCloseReason() {
        return closeReason;
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

    // --- Recorded by staff (V6): the agency that forwarded it, and who typed it in when ---

    @Enumerated(EnumType.STRING)
    private @Nullable Agency forwardedBy;
    private @Nullable String forwardedByName;
    private @Nullable String recordedBy;
    private @Nullable Instant recordedAt;

    /** A member of staff typed it in at {@code at}; it reached the unit as {@code receipt} says. */
    void recordedBy(String actor, Instant at, Receipt receipt) {
        this.recordedBy = actor;
        this.recordedAt = at;
        if (channel == Channel.PARTNER_AGENCY) {
            this.forwardedBy = receipt.forwardedBy();
            this.forwardedByName = stripToNull(receipt.forwardedByName());
        }
    }

    /** The agency that forwarded the application to the unit; null unless it came that way. */
    public @Nullable Agency getForwardedBy() {
        return forwardedBy;
    }

    public @Nullable String getForwardedByName() {
        return forwardedByName;
    }

    /** The forwarding organisation in words, or null. */
    public @Nullable String forwardedByLabel() {
        return new Receipt(receivedOn, forwardedBy, forwardedByName).forwardedByLabel();
    }

    /** The member of staff who recorded it; null for an application made online. */
    public @Nullable String getRecordedBy() {
        return recordedBy;
    }

    public @Nullable Instant getRecordedAt() {
        return recordedAt;
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

    /**
     * The applicant's new ways to reach them and their preferences, already checked with
     * {@link ApplicationValidator#validatePerson} and {@link ApplicationValidator#validateContactPreferences}; the
     * name stays as it is. Letters and voicemail are asked about only while there is an address or a phone number.
     */
    public void changeApplicantContact(@Nullable String email, @Nullable String phone, @Nullable String address,
                                       @Nullable String postcode, NewApplication.ContactPreferences preferences,
                                       ContactMethod preferred) {
        this.applicantEmail = stripToNull(email);
        this.applicantPhone = stripToNull(phone);
        this.applicantAddress = stripToNull(address);
        this.applicantPostcode = normalisedPostcode(postcode);
        this.preferredContact = preferred;
        this.contactChannels = preferences.channels();
        this.safeContactTimes = stripToNull(preferences.safeTimes());
        this.lettersSafe = applicantAddress == null ? null : preferences.lettersSafe();
        this.voicemailSafe = applicantPhone == null ? null : preferences.voicemailSafe();
        this.accessibleFormats = preferences.formats();
        this.accessibleFormatsOther = preferences.formats().contains(AccessibleFormat.OTHER)
                ? stripToNull(preferences.formatsOther()) : null;
        this.interpreterNeeded = preferences.interpreterNeeded();
        this.preferredLanguage = preferences.interpreterNeeded() ? stripToNull(preferences.language()) : null;
    }

    // --- Data protection (V8): when the case closed, whether it was anonymised, and a restriction of processing ---

    private @Nullable Instant anonymisedAt;
    private @Nullable Instant restrictedAt;
    private @Nullable String restrictedBy;
    private @Nullable String restrictionReason;

    /**
     * A safety net for any change of state that does not go through {@link #transition}: a case saved in a final state
     * without a closing day closes today; one saved in an open state has none.
     */
    @PrePersist
    @PreUpdate
    void keepClosingDay() {
        if (!status.isFinal()) {
            closedOn = null;
        } else if (closedOn == null) {
            closedOn = LocalDate.now(org.casereview.DomainConfiguration.UK);
        }
    }

    /** When the case's personal data was removed (retention period over, or an erasure request); null if never. */
    public @Nullable Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** Processing is restricted at the data subject's request: the case can be read, not changed or anonymised. */
    public boolean isRestricted() {
        return restrictedAt != null;
    }

    public @Nullable Instant getRestrictedAt() {
        return restrictedAt;
    }

    public @Nullable String getRestrictedBy() {
        return restrictedBy;
    }

    public @Nullable String getRestrictionReason() {
        return restrictionReason;
    }

    /**
     * A case whose processing is restricted at the data subject's request can be read, not changed; nor can a case
     * that has been anonymised. Every change, by staff or by the applicant online, asks this first.
     */
    public void refuseChangeIfProtected() {
        if (isAnonymised()) {
            throw new org.casereview.ActionRefusedException(reference + " has been anonymised: it can no longer be "
                    + "changed");
        }
        if (isRestricted()) {
            throw new org.casereview.ActionRefusedException("Processing of " + reference + " is restricted at the "
                    + "request of the person it is about: it can be read but not changed. An administrator can lift "
                    + "the restriction");
        }
    }

    public void restrict(String by, String reason, Instant at) {
        this.restrictedAt = at;
        this.restrictedBy = by;
        this.restrictionReason = reason;
    }

    public void liftRestriction() {
        this.restrictedAt = null;
        this.restrictedBy = null;
        this.restrictionReason = null;
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
