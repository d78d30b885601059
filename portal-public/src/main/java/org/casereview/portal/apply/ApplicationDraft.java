package org.casereview.portal.apply;

import org.casereview.application.AccessibleFormat;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Channel;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.ImpactArea;
import org.casereview.application.NewApplication;
import org.casereview.application.Relationship;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The answers a resident has given so far, held on the server (in their session) between the wizard's pages, and
 * saved as JSON when they save and come back later. Text answers are kept exactly as typed, even when not yet
 * valid, so that nothing typed is lost; they are checked when the resident continues.
 */
final class ApplicationDraft {

    /** The page the resident is on, so that a resumed draft opens where they left it. */
    Step step = Step.COUNCIL_AREA;
    /** Set when a Change link was followed: continuing returns to the check-answers page. */
    boolean returnToCheck;
    /** The saved draft in the database, once the resident has saved; saving again replaces it. */
    @Nullable Long savedDraftId;
    String draftEmail = "";

    @Nullable String partnershipCode;
    @Nullable ApplicantType applicantType;
    @Nullable Relationship relationship;
    String relationshipOther = "";
    boolean victimConsented;
    @Nullable ConsentMethod consentMethod;
    String consentDetails = "";
    String groupName = "";
    List<NewApplication.Member> members = new ArrayList<>();
    /** The member being added or changed, as typed; and which member is being changed (null: a new one). */
    NewApplication.Member pendingMember = new NewApplication.Member("", "", false);
    @Nullable Integer editingMember;

    Person victim = new Person();
    Person applicant = new Person();
    String applicantRole = "";

    List<NewApplication.NewIncident> incidents = new ArrayList<>();
    /** The incident being added or changed, as typed; and which incident is being changed (null: a new one). */
    NewApplication.NewIncident pendingIncident = emptyIncident();
    @Nullable Integer editingIncident;

    @Nullable Answer problemPersists;
    @Nullable Answer onlyOneAgencyConduct;
    String conductAgency = "";

    Set<ImpactArea> impactAreas = new LinkedHashSet<>();
    String impactDescription = "";
    @Nullable Answer disabilityOrIllness;
    String vulnerabilityDetails = "";
    @Nullable Answer feelsTargeted;
    String targetedDetails = "";
    @Nullable Answer otherHouseholdsAffected;

    /** Null until the contact page has been seen: then it starts with the ways the resident gave details for. */
    @Nullable Set<ContactMethod> contactChannels;
    String safeTimes = "";
    @Nullable Answer lettersSafe;
    @Nullable Answer voicemailSafe;
    Set<AccessibleFormat> formats = new LinkedHashSet<>();
    String formatsOther = "";
    boolean interpreterNeeded;
    String language = "";

    boolean consentToShare;
    boolean declaration;

    /** Chosen once per application so that a second click on Submit, or a retry, stores one application. */
    String submissionKey = UUID.randomUUID().toString();

    /** A person's or organisation's details as typed. */
    static final class Person {
        String name = "";
        String address = "";
        String postcode = "";
        String phone = "";
        String email = "";
        @Nullable LocalDate dateOfBirth;

        NewApplication.Applicant toApplicant() {
            return new NewApplication.Applicant(name, address, postcode, phone, email, dateOfBirth);
        }
    }

    static NewApplication.NewIncident emptyIncident() {
        return new NewApplication.NewIncident(null, null, null, null, null, "");
    }

    boolean victimApplying() {
        return applicantType == null || applicantType == ApplicantType.VICTIM;
    }

    /** The contact ways to start the contact page with: those the resident has given details for. */
    Set<ContactMethod> contactChannelsOrDefault() {
        if (contactChannels != null) {
            return contactChannels;
        }
        Set<ContactMethod> given = EnumSet.noneOf(ContactMethod.class);
        if (!applicant.email.isBlank()) {
            given.add(ContactMethod.EMAIL);
        }
        if (!applicant.phone.isBlank()) {
            given.add(ContactMethod.PHONE);
        }
        if (!applicant.address.isBlank()) {
            given.add(ContactMethod.POST);
        }
        return given;
    }

    NewApplication.Representation representation() {
        if (applicantType == null) {
            return NewApplication.Representation.none();
        }
        return switch (applicantType) {
            case VICTIM -> NewApplication.Representation.none();
            case ON_BEHALF_OF_VICTIM -> new NewApplication.Representation(victim.toApplicant(), null, relationship,
                    relationshipOther, victimConsented, consentMethod, consentDetails, null, List.of());
            case ON_BEHALF_OF_GROUP -> NewApplication.Representation.forGroup(groupName, members, consentMethod,
                    consentDetails);
            case BUSINESS_OR_GROUP -> NewApplication.Representation.forOrganisation(
                    withoutDateOfBirth(victim.toApplicant()), applicantRole);
        };
    }

    private static NewApplication.Applicant withoutDateOfBirth(NewApplication.Applicant organisation) {
        return new NewApplication.Applicant(organisation.name(), organisation.address(), organisation.postcode(),
                organisation.phone(), organisation.email(), null);
    }

    NewApplication.Circumstances circumstances() {
        return new NewApplication.Circumstances(problemPersists, onlyOneAgencyConduct, conductAgency);
    }

    NewApplication.Impact impact() {
        return new NewApplication.Impact(impactAreas, impactDescription, disabilityOrIllness,
                disabilityOrIllness == Answer.YES ? vulnerabilityDetails : null, feelsTargeted,
                feelsTargeted == Answer.YES ? targetedDetails : null, otherHouseholdsAffected);
    }

    NewApplication.ContactPreferences contactPreferences() {
        NewApplication.Applicant person = applicant.toApplicant();
        return new NewApplication.ContactPreferences(contactChannelsOrDefault(), safeTimes,
                person.address() == null || person.address().isBlank() ? null : lettersSafe,
                person.phone() == null || person.phone().isBlank() ? null : voicemailSafe,
                formats, formats.contains(AccessibleFormat.OTHER) ? formatsOther : null, interpreterNeeded,
                interpreterNeeded ? language : null);
    }

    /** The first way to contact, in the order email, phone, post. */
    ContactMethod preferredContact() {
        return contactChannelsOrDefault().stream().findFirst().orElse(ContactMethod.EMAIL);
    }

    NewApplication toNewApplication() {
        return new NewApplication(partnershipCode == null ? "" : partnershipCode, Channel.ONLINE,
                applicantType == null ? ApplicantType.VICTIM : applicantType, applicant.toApplicant(),
                preferredContact(), consentToShare, incidents, submissionKey, representation(), circumstances(),
                impact(), contactPreferences(), declaration);
    }
}
