package org.casereview.application;

import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every application passes, whichever way it arrives, with messages in plain English that say how to
 * put each answer right (GOV.UK's error message style). The portal and the back office show these same messages;
 * the messages come from {@link ValidationMessages}, so a translation needs no code change.
 *
 * <p>{@link #validate} is what any application must pass to be stored: a name and a way to reach the applicant,
 * the victim's or group's consent when someone applies for them, at least one incident, consent to share and the
 * declaration, and every answer given in a form we can use. The online form asks more questions (the problem, the
 * impact, contact preferences) and requires answers to them page by page with the same methods and
 * {@code answersRequired}; an application taken by phone may leave them for the officer.
 *
 * <p>Field names are the form's: {@code name}, {@code victimName} (prefix {@code victim}),
 * {@code incidents[0].reportedOn} (prefix {@code incidents[0].}).
 */
public final class ApplicationValidator {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 400;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REFERENCE_MAX = 60;
    public static final int OTHER_AGENCY_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int POSTCODE_MAX = 10;
    public static final int SHORT_TEXT_MAX = 120;
    public static final int LOCATION_MAX = 200;
    public static final int DETAILS_MAX = 2000;
    public static final int MEMBERS_MAX = 50;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** The Community Trigger began on 20 October 2014 (Anti-social Behaviour, Crime and Policing Act 2014, Part 6). */
    public static final LocalDate EARLIEST_RECEIPT = LocalDate.of(2014, 10, 20);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UK_PHONE = Pattern.compile("^(?:\\+44|0044|0)\\d{9,10}$");
    private static final Pattern POSTCODE =
            Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$");

    /** Whose details are checked, so that each message says "your", "the victim's" or "the business or group's". */
    public enum Subject {
        APPLICANT("applicant"), VICTIM("victim"), ORGANISATION("organisation");

        private final String key;

        Subject(String key) {
            this.key = key;
        }
    }

    private ApplicationValidator() {
    }

    public static List<ValidationProblem> validate(NewApplication application, LocalDate today) {
        return validate(application, today, Locale.UK);
    }

    /** Everything an application must pass to be stored; see the class comment. */
    public static List<ValidationProblem> validate(NewApplication application, LocalDate today, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        NewApplication.Representation representation = application.representation();
        problems.addAll(validateWhoIsApplying(application.applicantType(), representation, locale));
        problems.addAll(validateVictim(application.applicantType(), representation.victim(), today, locale));
        if (application.applicantType() == ApplicantType.ON_BEHALF_OF_GROUP) {
            problems.addAll(validateGroupMembers(representation.groupMembers(), locale));
        }
        problems.addAll(validatePerson(application.applicant(), "", Subject.APPLICANT, today, locale));
        problems.addAll(validateApplicantRole(representation.applicantRole(), locale));
        problems.addAll(validateContactPreferences(application.contactPreferences(), application.applicant(),
                false, locale));
        if (application.incidents().isEmpty()) {
            problems.add(problem(locale, "incidents", "incidents.required"));
        }
        for (int i = 0; i < application.incidents().size(); i++) {
            problems.addAll(validateIncident(application.incidents().get(i), "incidents[" + i + "].", today, locale));
        }
        problems.addAll(validateCircumstances(application.circumstances(), false, locale));
        problems.addAll(validateImpact(application.impact(), application.applicantType() == ApplicantType.VICTIM,
                false, locale));
        problems.addAll(validateConsent(application.consentToShare(), application.declaration(), locale));
        return problems;
    }

    /**
     * How an application recorded by staff reached the unit: a channel other than online, the day it arrived (not in
     * the future, and not before any incident listed on it was reported), and the agency that forwarded it.
     * Fields {@code channel}, {@code receivedOn}, {@code forwardedBy}, {@code forwardedByName}, and
     * {@code incidents[0].reportedOn} for an incident reported after the day received.
     */
    public static List<ValidationProblem> validateReceipt(@Nullable Channel channel, Receipt receipt,
                                                          List<NewApplication.NewIncident> incidents,
                                                          LocalDate today, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (channel == null || channel.isOnline()) {
            problems.add(problem(locale, "channel", "channel.required"));
        }
        LocalDate received = receipt.receivedOn();
        if (received == null) {
            problems.add(problem(locale, "receivedOn", "receivedOn.required"));
        } else if (received.isAfter(today)) {
            problems.add(problem(locale, "receivedOn", "receivedOn.future"));
        } else if (received.isBefore(EARLIEST_RECEIPT)) {
            problems.add(problem(locale, "receivedOn", "receivedOn.tooEarly",
                    ThresholdWording.date(EARLIEST_RECEIPT)));
        } else {
            for (int i = 0; i < incidents.size(); i++) {
                LocalDate reported = incidents.get(i).reportedOn();
                if (reported != null && reported.isAfter(received) && !reported.isAfter(today)) {
                    problems.add(problem(locale, "incidents[" + i + "].reportedOn", "reportedOn.afterReceived",
                            ThresholdWording.date(received)));
                }
            }
        }
        if (channel == Channel.PARTNER_AGENCY) {
            if (receipt.forwardedBy() == null) {
                problems.add(problem(locale, "forwardedBy", "forwardedBy.required"));
            } else if (receipt.forwardedBy() == Agency.OTHER && isBlank(receipt.forwardedByName())) {
                problems.add(problem(locale, "forwardedByName", "forwardedByName.required"));
            }
            problems.addAll(tooLong(receipt.forwardedByName(), OTHER_AGENCY_MAX, "forwardedByName",
                    "forwardedByName.tooLong", locale));
        }
        return problems;
    }

    /** Nobody applies anonymously: a name and at least one way to reach them, each in a form we can use. */
    public static List<ValidationProblem> validateApplicant(NewApplication.Applicant applicant) {
        return validatePerson(applicant, "", Subject.APPLICANT, null, Locale.UK);
    }

    /**
     * A person's or organisation's details: a name, at least one way to reach them, and each answer in a form we
     * can use.
     *
     * @param prefix the fields' prefix: "" for {@code name}, {@code victim} for {@code victimName}
     * @param today  for the date of birth; null to skip that check
     */
    public static List<ValidationProblem> validatePerson(NewApplication.Applicant person, String prefix,
                                                         Subject subject, @Nullable LocalDate today, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        String name = person.name();
        if (isBlank(name)) {
            problems.add(problem(locale, field(prefix, "name"), "name.required." + subject.key));
        } else if (name.strip().length() > NAME_MAX) {
            problems.add(problem(locale, field(prefix, "name"), "name.tooLong." + subject.key, NAME_MAX));
        }
        if (isBlank(person.email()) && isBlank(person.phone()) && isBlank(person.address())) {
            problems.add(problem(locale, field(prefix, "contact"), "contact.required." + subject.key));
        }
        String email = person.email();
        if (!isBlank(email) && (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(problem(locale, field(prefix, "email"), "email.format"));
        }
        String phone = person.phone();
        if (!isBlank(phone) && (phone.length() > PHONE_MAX || !UK_PHONE.matcher(normalisePhone(phone)).matches())) {
            problems.add(problem(locale, field(prefix, "phone"), "phone.format"));
        }
        String address = person.address();
        if (!isBlank(address) && address.strip().length() > ADDRESS_MAX) {
            problems.add(problem(locale, field(prefix, "address"), "address.tooLong", ADDRESS_MAX));
        }
        String postcode = person.postcode();
        if (!isBlank(postcode) && (postcode.length() > POSTCODE_MAX
                || !POSTCODE.matcher(normalisePostcode(postcode)).matches())) {
            problems.add(problem(locale, field(prefix, "postcode"), "postcode.format"));
        }
        if (!isBlank(address) && isBlank(postcode)) {
            problems.add(problem(locale, field(prefix, "postcode"), "postcode.required." + subject.key));
        }
        LocalDate born = person.dateOfBirth();
        if (born != null && today != null && !born.isBefore(today)) {
            problems.add(problem(locale, field(prefix, "dateOfBirth"), "dateOfBirth.future"));
        } else if (born != null && born.isBefore(EARLIEST_BIRTH_DATE)) {
            problems.add(problem(locale, field(prefix, "dateOfBirth"), "dateOfBirth.tooEarly",
                    ThresholdWording.date(EARLIEST_BIRTH_DATE)));
        }
        return problems;
    }

    /** The address a saved draft's link is sent to (field {@code draftEmail}). */
    public static List<ValidationProblem> validateEmailForDraft(@Nullable String email, Locale locale) {
        if (isBlank(email)) {
            return List.of(problem(locale, "draftEmail", "draftEmail.required"));
        }
        if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            return List.of(problem(locale, "draftEmail", "email.format"));
        }
        return List.of();
    }

    public static List<ValidationProblem> validateApplicantRole(@Nullable String role, Locale locale) {
        return tooLong(role, SHORT_TEXT_MAX, "applicantRole", "applicantRole.tooLong", locale);
    }

    /** The "who is applying" answers: for someone else's behalf, how they know the victim and how the victim agreed. */
    public static List<ValidationProblem> validateWhoIsApplying(@Nullable ApplicantType type,
                                                                NewApplication.Representation representation,
                                                                Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(problem(locale, "applicantType", "applicantType.required"));
            return problems;
        }
        switch (type) {
            case ON_BEHALF_OF_VICTIM -> {
                if (representation.relationship() == null) {
                    problems.add(problem(locale, "relationship", "relationship.required"));
                } else if (representation.relationship() == Relationship.OTHER
                        && isBlank(representation.relationshipOther())) {
                    problems.add(problem(locale, "relationshipOther", "relationshipOther.required"));
                }
                problems.addAll(tooLong(representation.relationshipOther(), SHORT_TEXT_MAX, "relationshipOther",
                        "relationshipOther.tooLong", locale));
                if (!representation.victimConsented()) {
                    problems.add(problem(locale, "victimConsented", "victimConsented.required"));
                }
                problems.addAll(validateConsentMethod(representation, "consentMethod.required.victim", locale));
            }
            case ON_BEHALF_OF_GROUP -> {
                if (isBlank(representation.groupName())) {
                    problems.add(problem(locale, "groupName", "groupName.required"));
                }
                problems.addAll(tooLong(representation.groupName(), NAME_MAX, "groupName", "groupName.tooLong",
                        locale));
                problems.addAll(validateConsentMethod(representation, "consentMethod.required.group", locale));
            }
            case VICTIM, BUSINESS_OR_GROUP -> {
                // nothing more to ask here: the business or group's details are the victim's details
            }
        }
        return problems;
    }

    private static List<ValidationProblem> validateConsentMethod(NewApplication.Representation representation,
                                                                 String requiredKey, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (representation.consentMethod() == null) {
            problems.add(problem(locale, "consentMethod", requiredKey));
        } else if (representation.consentMethod() == ConsentMethod.OTHER && isBlank(representation.consentDetails())) {
            problems.add(problem(locale, "consentDetails", "consentDetails.required"));
        }
        problems.addAll(tooLong(representation.consentDetails(), LOCATION_MAX, "consentDetails",
                "consentDetails.tooLong", locale));
        return problems;
    }

    /**
     * The victim's details when someone applies for them, or the business or group's when it is the victim; nothing
     * for a victim applying for themself or a group (whose members are the victims).
     */
    public static List<ValidationProblem> validateVictim(ApplicantType type,
                                                         NewApplication.@Nullable Applicant victim,
                                                         @Nullable LocalDate today, Locale locale) {
        Subject subject = switch (type) {
            case ON_BEHALF_OF_VICTIM -> Subject.VICTIM;
            case BUSINESS_OR_GROUP -> Subject.ORGANISATION;
            case VICTIM, ON_BEHALF_OF_GROUP -> null;
        };
        if (subject == null) {
            return List.of();
        }
        NewApplication.Applicant details = victim != null ? victim
                : new NewApplication.Applicant("", null, null, null, null);
        return validatePerson(details, "victim", subject, today, locale);
    }

    /** The group's members: at least one, each named, reachable and agreeing. */
    public static List<ValidationProblem> validateGroupMembers(List<NewApplication.Member> members, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (members.isEmpty()) {
            problems.add(problem(locale, "groupMembers", "groupMembers.required"));
        } else if (members.size() > MEMBERS_MAX) {
            problems.add(problem(locale, "groupMembers", "groupMembers.tooMany", MEMBERS_MAX));
        }
        for (int i = 0; i < members.size(); i++) {
            NewApplication.Member member = members.get(i);
            String prefix = "groupMembers[" + i + "].";
            problems.addAll(validateMemberDetails(member, prefix, locale));
            if (!member.consented()) {
                problems.add(isBlank(member.name())
                        ? problem(locale, prefix + "consented", "memberConsented.required")
                        : problem(locale, prefix + "consented", "memberConsented.named", member.name().strip()));
            }
        }
        return problems;
    }

    /** One member as the form adds them: fields {@code memberName}, {@code memberContact}, {@code memberConsented}. */
    public static List<ValidationProblem> validateMember(NewApplication.Member member, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>(validateMemberDetails(member, "member", locale));
        if (!member.consented()) {
            problems.add(problem(locale, "memberConsented", "memberConsented.required"));
        }
        return problems;
    }

    private static List<ValidationProblem> validateMemberDetails(NewApplication.Member member, String prefix,
                                                                 Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (isBlank(member.name())) {
            problems.add(problem(locale, field(prefix, "name"), "memberName.required"));
        }
        problems.addAll(tooLong(member.name(), NAME_MAX, field(prefix, "name"), "memberName.tooLong", locale));
        if (isBlank(member.contact())) {
            problems.add(problem(locale, field(prefix, "contact"), "memberContact.required"));
        }
        problems.addAll(tooLong(member.contact(), ADDRESS_MAX, field(prefix, "contact"), "memberContact.tooLong",
                locale));
        return problems;
    }

    public static List<ValidationProblem> validateIncident(NewApplication.NewIncident incident, String prefix,
                                                           LocalDate today) {
        return validateIncident(incident, prefix, today, Locale.UK);
    }

    /** One incident: real dates in the right order, who it was reported to, what happened, lengths bounded. */
    public static List<ValidationProblem> validateIncident(NewApplication.NewIncident incident, String prefix,
                                                           LocalDate today, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        LocalDate occurred = incident.occurredOn();
        LocalDate reported = incident.reportedOn();
        if (occurred == null) {
            problems.add(problem(locale, prefix + "occurredOn", "occurredOn.required"));
        } else if (occurred.isAfter(today)) {
            problems.add(problem(locale, prefix + "occurredOn", "occurredOn.future"));
        }
        if (reported == null) {
            problems.add(problem(locale, prefix + "reportedOn", "reportedOn.required"));
        } else if (reported.isAfter(today)) {
            problems.add(problem(locale, prefix + "reportedOn", "reportedOn.future"));
        } else if (occurred != null && reported.isBefore(occurred)) {
            problems.add(problem(locale, prefix + "reportedOn", "reportedOn.beforeOccurred"));
        }
        if (incident.reportedTo() == null) {
            problems.add(problem(locale, prefix + "reportedTo", "reportedTo.required"));
        } else if (incident.reportedTo() == Agency.OTHER && isBlank(incident.reportedToOther())) {
            problems.add(problem(locale, prefix + "reportedToOther", "reportedToOther.required"));
        }
        problems.addAll(tooLong(incident.reportedToOther(), OTHER_AGENCY_MAX, prefix + "reportedToOther",
                "reportedToOther.tooLong", locale));
        problems.addAll(tooLong(incident.reportedToPerson(), SHORT_TEXT_MAX, prefix + "reportedToPerson",
                "reportedToPerson.tooLong", locale));
        problems.addAll(tooLong(incident.agencyReference(), REFERENCE_MAX, prefix + "agencyReference",
                "agencyReference.tooLong", locale));
        problems.addAll(tooLong(incident.location(), LOCATION_MAX, prefix + "location", "location.tooLong", locale));
        if (isBlank(incident.description())) {
            problems.add(problem(locale, prefix + "description", "description.required"));
        }
        problems.addAll(tooLong(incident.description(), DESCRIPTION_MAX, prefix + "description",
                "description.tooLong", locale));
        problems.addAll(tooLong(incident.actionTaken(), DETAILS_MAX, prefix + "actionTaken", "actionTaken.tooLong",
                locale));
        if (incident.timeframeGiven() == Answer.YES && incident.timeframeEndsOn() == null) {
            problems.add(problem(locale, prefix + "timeframeEndsOn", "timeframeEndsOn.required"));
        }
        problems.addAll(tooLong(incident.reportedBy(), NAME_MAX, prefix + "reportedBy", "reportedBy.tooLong",
                locale));
        return problems;
    }

    /** The questions about the problem as a whole; an answer of yes about one organisation needs its name. */
    public static List<ValidationProblem> validateCircumstances(NewApplication.Circumstances circumstances,
                                                                boolean answersRequired, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (answersRequired && circumstances.problemPersists() == null) {
            problems.add(problem(locale, "problemPersists", "problemPersists.required"));
        }
        if (answersRequired && circumstances.onlyOneAgencyConduct() == null) {
            problems.add(problem(locale, "onlyOneAgencyConduct", "onlyOneAgencyConduct.required"));
        }
        if (circumstances.onlyOneAgencyConduct() == Answer.YES && isBlank(circumstances.conductAgency())) {
            problems.add(problem(locale, "conductAgency", "conductAgency.required"));
        }
        problems.addAll(tooLong(circumstances.conductAgency(), OTHER_AGENCY_MAX, "conductAgency",
                "conductAgency.tooLong", locale));
        return problems;
    }

    /** @param victimApplying whether the applicant is the victim, so that messages say "you" rather than "the victim" */
    public static List<ValidationProblem> validateImpact(NewApplication.Impact impact, boolean victimApplying,
                                                         boolean answersRequired, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        String who = victimApplying ? ".self" : ".other";
        problems.addAll(tooLong(impact.description(), DESCRIPTION_MAX, "impactDescription",
                "impactDescription.tooLong", locale));
        if (answersRequired && impact.disabilityOrIllness() == null) {
            problems.add(problem(locale, "disabilityOrIllness", "disabilityOrIllness.required" + who));
        }
        problems.addAll(tooLong(impact.vulnerabilityDetails(), DETAILS_MAX, "vulnerabilityDetails",
                "vulnerabilityDetails.tooLong", locale));
        if (answersRequired && impact.feelsTargeted() == null) {
            problems.add(problem(locale, "feelsTargeted", "feelsTargeted.required" + who));
        }
        problems.addAll(tooLong(impact.targetedDetails(), DETAILS_MAX, "targetedDetails", "targetedDetails.tooLong",
                locale));
        if (answersRequired && impact.otherHouseholdsAffected() == null) {
            problems.add(problem(locale, "otherHouseholdsAffected", "otherHouseholdsAffected.required"));
        }
        return problems;
    }

    /**
     * How to contact the applicant: each chosen way needs the detail it uses; letters and voicemail are asked about
     * only when there is an address or a phone number.
     */
    public static List<ValidationProblem> validateContactPreferences(NewApplication.ContactPreferences preferences,
                                                                     NewApplication.Applicant applicant,
                                                                     boolean answersRequired, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (preferences.channels().isEmpty()) {
            problems.add(problem(locale, "contactChannels", "contactChannels.required"));
        }
        if (preferences.channels().contains(ContactMethod.EMAIL) && isBlank(applicant.email())) {
            problems.add(problem(locale, "contactChannels", "contactChannels.email"));
        }
        if (preferences.channels().contains(ContactMethod.PHONE) && isBlank(applicant.phone())) {
            problems.add(problem(locale, "contactChannels", "contactChannels.phone"));
        }
        if (preferences.channels().contains(ContactMethod.POST) && isBlank(applicant.address())) {
            problems.add(problem(locale, "contactChannels", "contactChannels.post"));
        }
        problems.addAll(tooLong(preferences.safeTimes(), LOCATION_MAX, "safeTimes", "safeTimes.tooLong", locale));
        if (answersRequired && !isBlank(applicant.address()) && preferences.lettersSafe() == null) {
            problems.add(problem(locale, "lettersSafe", "lettersSafe.required"));
        }
        if (answersRequired && !isBlank(applicant.phone()) && preferences.voicemailSafe() == null) {
            problems.add(problem(locale, "voicemailSafe", "voicemailSafe.required"));
        }
        if (preferences.formats().contains(AccessibleFormat.OTHER) && isBlank(preferences.formatsOther())) {
            problems.add(problem(locale, "formatsOther", "formatsOther.required"));
        }
        problems.addAll(tooLong(preferences.formatsOther(), SHORT_TEXT_MAX, "formatsOther", "formatsOther.tooLong",
                locale));
        if (preferences.interpreterNeeded() && isBlank(preferences.language())) {
            problems.add(problem(locale, "language", "language.required"));
        }
        problems.addAll(tooLong(preferences.language(), SHORT_TEXT_MAX, "language", "language.tooLong", locale));
        return problems;
    }

    /** No consent to share, no case review; and the applicant declares the information true. */
    public static List<ValidationProblem> validateConsent(boolean consentToShare, boolean declaration, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (!consentToShare) {
            problems.add(problem(locale, "consentToShare", "consentToShare.required"));
        }
        if (!declaration) {
            problems.add(problem(locale, "declaration", "declaration.required"));
        }
        return problems;
    }

    static String normalisePhone(String phone) {
        return phone.replaceAll("[\\s()\\-.]", "");
    }

    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.UK);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** {@code field("", "name")} is {@code name}; {@code field("victim", "name")} is {@code victimName}. */
    static String field(String prefix, String name) {
        if (prefix.isEmpty() || prefix.endsWith(".")) {
            return prefix + name;
        }
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<ValidationProblem> tooLong(@Nullable String value, int max, String field, String key,
                                                   Locale locale) {
        return value != null && value.strip().length() > max
                ? List.of(problem(locale, field, key, max)) : List.of();
    }

    private static ValidationProblem problem(Locale locale, String field, String key, Object... args) {
        return new ValidationProblem(field, ValidationMessages.get(locale, key, args));
    }
}
