package org.casereview.application;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an applicant gives us, from the portal or taken down by staff. Every answer in words is made
 * {@link PlainText} as the record is made, so that what is checked is what is stored.
 *
 * @param applicant     the person applying, who we contact; for {@link ApplicantType#VICTIM} also the victim
 * @param preferredContact the first way to contact the applicant; the others are in {@code contactPreferences}
 * @param submissionKey a key the form chooses once, so that submitting twice (a double click, a retry after a
 *                      dropped connection) stores one application
 * @param representation who the applicant applies for, when that is not only themself
 * @param circumstances the questions about the problem as a whole that the threshold policy needs
 * @param impact        how the behaviour affects the victim and household, for the officer's risk assessment
 * @param contactPreferences how, when and in what form we may contact the applicant
 * @param declaration   the applicant declared that the information is true to the best of their knowledge
 */
public record NewApplication(
        String partnershipCode,
        Channel channel,
        ApplicantType applicantType,
        Applicant applicant,
        ContactMethod preferredContact,
        boolean consentToShare,
        List<NewIncident> incidents,
        @Nullable String submissionKey,
        Representation representation,
        Circumstances circumstances,
        Impact impact,
        ContactPreferences contactPreferences,
        boolean declaration) {

    public NewApplication {
        incidents = List.copyOf(incidents);
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(contactPreferences, "contactPreferences");
        if (contactPreferences.channels().isEmpty()) {
            contactPreferences = contactPreferences.withChannels(Set.of(preferredContact));
        }
    }

    /**
     * An application with only the first release's answers (the applicant, the incidents and consent), as a member of
     * staff records one taken by phone: the other questions are left for the officer, and the declaration is taken
     * as made when the application was given.
     */
    public NewApplication(String partnershipCode, Channel channel, ApplicantType applicantType, Applicant applicant,
                          ContactMethod preferredContact, boolean consentToShare, List<NewIncident> incidents,
                          @Nullable String submissionKey) {
        this(partnershipCode, channel, applicantType, applicant, preferredContact, consentToShare, incidents,
                submissionKey, Representation.none(), Circumstances.notAsked(), Impact.notAsked(),
                ContactPreferences.only(preferredContact), true);
    }

    /**
     * The name and contact details of a person, or of a business or group when it is the victim. Nobody applies
     * anonymously.
     */
    public record Applicant(String name, @Nullable String address, @Nullable String postcode,
                            @Nullable String phone, @Nullable String email, @Nullable LocalDate dateOfBirth) {

        public Applicant {
            name = PlainText.requiredLine(name);
            address = PlainText.lines(address);
            postcode = PlainText.line(postcode);
            phone = PlainText.line(phone);
            email = PlainText.line(email);
        }

        public Applicant(String name, @Nullable String address, @Nullable String postcode, @Nullable String phone,
                         @Nullable String email) {
            this(name, address, postcode, phone, email, null);
        }
    }

    /**
     * Who the applicant applies for, beyond themself.
     *
     * @param victim           the victim (on a victim's behalf) or the business or group (when it is the victim)
     * @param applicantRole    the applicant's role in the business or group that is the victim
     * @param relationship     how the applicant knows the victim (on a victim's behalf)
     * @param relationshipOther the relationship in words, when it is {@link Relationship#OTHER}
     * @param victimConsented  the applicant confirms that the victim agreed to them applying
     * @param consentMethod    how the victim, or the group's members, agreed
     * @param consentDetails   how, in words, when it is {@link ConsentMethod#OTHER}
     * @param groupName        the group or community applied for (one person on behalf of a group)
     * @param groupMembers     the group's members, each with whether they agreed
     */
    public record Representation(@Nullable Applicant victim, @Nullable String applicantRole,
                                 @Nullable Relationship relationship, @Nullable String relationshipOther,
                                 boolean victimConsented, @Nullable ConsentMethod consentMethod,
                                 @Nullable String consentDetails, @Nullable String groupName,
                                 List<Member> groupMembers) {

        public Representation {
            groupMembers = List.copyOf(groupMembers);
            applicantRole = PlainText.line(applicantRole);
            relationshipOther = PlainText.line(relationshipOther);
            consentDetails = PlainText.line(consentDetails);
            groupName = PlainText.line(groupName);
        }

        /** The applicant applies for themself. */
        public static Representation none() {
            return new Representation(null, null, null, null, false, null, null, null, List.of());
        }

        public static Representation onBehalfOf(Applicant victim, Relationship relationship,
                                                @Nullable String relationshipOther, boolean victimConsented,
                                                @Nullable ConsentMethod consentMethod,
                                                @Nullable String consentDetails) {
            return new Representation(victim, null, relationship, relationshipOther, victimConsented, consentMethod,
                    consentDetails, null, List.of());
        }

        public static Representation forGroup(String groupName, List<Member> members,
                                              @Nullable ConsentMethod consentMethod,
                                              @Nullable String consentDetails) {
            return new Representation(null, null, null, null, false, consentMethod, consentDetails, groupName,
                    members);
        }

        public static Representation forOrganisation(Applicant organisation, @Nullable String applicantRole) {
            return new Representation(organisation, applicantRole, null, null, false, null, null, null, List.of());
        }
    }

    /** A member of a group an applicant applies for, and whether they agreed to it. */
    public record Member(String name, @Nullable String contact, boolean consented) {

        public Member {
            name = PlainText.requiredLine(name);
            contact = PlainText.line(contact);
        }
    }

    /**
     * The questions about the problem as a whole.
     *
     * @param problemPersists      whether the behaviour is still happening
     * @param onlyOneAgencyConduct whether the concern is only about how one organisation dealt with the applicant
     *                             (a matter for that organisation's complaints procedure, not a case review)
     * @param conductAgency        that organisation, when the answer is yes
     */
    public record Circumstances(@Nullable Answer problemPersists, @Nullable Answer onlyOneAgencyConduct,
                                @Nullable String conductAgency) {

        public Circumstances {
            conductAgency = PlainText.line(conductAgency);
        }

        public static Circumstances notAsked() {
            return new Circumstances(null, null, null);
        }
    }

    /**
     * How the behaviour affects the victim and their household, for the officer's risk assessment.
     *
     * @param disabilityOrIllness whether anyone in the household is disabled or has a long-term illness
     * @param feelsTargeted       whether the victim feels they are being targeted
     */
    public record Impact(Set<ImpactArea> areas, @Nullable String description, @Nullable Answer disabilityOrIllness,
                         @Nullable String vulnerabilityDetails, @Nullable Answer feelsTargeted,
                         @Nullable String targetedDetails, @Nullable Answer otherHouseholdsAffected) {

        public Impact {
            areas = enumSet(areas, ImpactArea.class);
            description = PlainText.lines(description);
            vulnerabilityDetails = PlainText.lines(vulnerabilityDetails);
            targetedDetails = PlainText.lines(targetedDetails);
        }

        public static Impact notAsked() {
            return new Impact(Set.of(), null, null, null, null, null, null);
        }
    }

    /**
     * How, when and in what form to contact the applicant.
     *
     * @param channels          every way the applicant agrees to be contacted
     * @param safeTimes         when it is safe to contact them, in their words
     * @param lettersSafe       whether letters to their address are safe
     * @param voicemailSafe     whether a voicemail message is safe
     * @param formats           accessible formats they need
     * @param formatsOther      another format, in words
     * @param interpreterNeeded whether they need an interpreter or information in another language
     * @param language          the language, when they do
     */
    public record ContactPreferences(Set<ContactMethod> channels, @Nullable String safeTimes,
                                     @Nullable Answer lettersSafe, @Nullable Answer voicemailSafe,
                                     Set<AccessibleFormat> formats, @Nullable String formatsOther,
                                     boolean interpreterNeeded, @Nullable String language) {

        public ContactPreferences {
            channels = enumSet(channels, ContactMethod.class);
            formats = enumSet(formats, AccessibleFormat.class);
            safeTimes = PlainText.line(safeTimes);
            formatsOther = PlainText.line(formatsOther);
            language = PlainText.line(language);
        }

        public static ContactPreferences only(ContactMethod channel) {
            return new ContactPreferences(Set.of(channel), null, null, null, Set.of(), null, false, null);
        }

        ContactPreferences withChannels(Set<ContactMethod> chosen) {
            return new ContactPreferences(chosen, safeTimes, lettersSafe, voicemailSafe, formats, formatsOther,
                    interpreterNeeded, language);
        }
    }

    /**
     * One report of anti-social behaviour to an agency.
     *
     * @param reportedToPerson  the person or team it was reported to, if known
     * @param howReported       how it was reported
     * @param location          where it happened
     * @param behaviour         the kind of behaviour
     * @param sameAsOthers      whether it is the same or a similar problem as the incidents listed before it
     * @param actionTaken       what the agency did about it, in the applicant's words
     * @param reporterSatisfied whether the person who reported it is satisfied with the action taken
     * @param timeframeGiven    whether the agency gave a time-frame for action
     * @param timeframeEndsOn   the last day of that time-frame
     * @param reportedBy        who made the report, when not the applicant (a group member); null for the applicant
     */
    public record NewIncident(@Nullable LocalDate occurredOn, @Nullable LocalDate reportedOn,
                              @Nullable Agency reportedTo, @Nullable String reportedToOther,
                              @Nullable String agencyReference, String description,
                              @Nullable String reportedToPerson, @Nullable ReportMethod howReported,
                              @Nullable String location, @Nullable BehaviourType behaviour,
                              @Nullable Answer sameAsOthers, @Nullable String actionTaken,
                              @Nullable Answer reporterSatisfied, @Nullable Answer timeframeGiven,
                              @Nullable LocalDate timeframeEndsOn, @Nullable String reportedBy) {

        public NewIncident {
            reportedToOther = PlainText.line(reportedToOther);
            agencyReference = PlainText.line(agencyReference);
            description = PlainText.requiredLines(description);
            reportedToPerson = PlainText.line(reportedToPerson);
            location = PlainText.line(location);
            actionTaken = PlainText.lines(actionTaken);
            reportedBy = PlainText.line(reportedBy);
        }

        public NewIncident(@Nullable LocalDate occurredOn, @Nullable LocalDate reportedOn, @Nullable Agency reportedTo,
                           @Nullable String reportedToOther, @Nullable String agencyReference, String description) {
            this(occurredOn, reportedOn, reportedTo, reportedToOther, agencyReference, description, null, null, null,
                    null, null, null, null, null, null, null);
        }

        /** Who it was reported to, in words: the agency, or the organisation the applicant named. */
        public String reportedToName() {
            if (reportedTo == null) {
                return "";
            }
            return reportedTo == Agency.OTHER && reportedToOther != null && !reportedToOther.isBlank()
                    ? reportedToOther.strip() : reportedTo.label();
        }
    }

    private static <E extends Enum<E>> Set<E> enumSet(@Nullable Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
