package org.casereview.application;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Locale UK = Locale.UK;

    static NewApplication.Applicant applicant(String name, String email, String phone, String postcode) {
        return new NewApplication.Applicant(name, postcode == null ? null : "1 High Street", postcode, phone, email);
    }

    static List<String> messages(NewApplication.Applicant applicant) {
        return ApplicationValidator.validateApplicant(applicant).stream().map(ValidationProblem::message).toList();
    }

    static List<String> fields(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::field).toList();
    }

    @Test
    void nobody_applies_anonymously() {
        assertThat(messages(new NewApplication.Applicant("", null, null, null, null)))
                .containsExactly("Enter your full name",
                        "Give at least one way to contact you: an email address, a phone number or a postal address");
    }

    @ParameterizedTest(name = "phone {0} is accepted: {1}")
    @CsvSource({
            "01632 960001, true", "07700 900982, true", "+44 7700 900982, true", "(01632) 960-001, true",
            "12345, false", "0800 CALL ME, false", "+1 212 555 0100, false"})
    void uk_phone_numbers(String phone, boolean accepted) {
        assertThat(messages(applicant("Sam", null, phone, null)).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "postcode {0} is accepted: {1}")
    @CsvSource({"SW1A 1AA, true", "sw1a1aa, true", "TN9 1AA, true", "M1 1AE, true", "12345, false", "SW1A, false"})
    void postcodes(String postcode, boolean accepted) {
        assertThat(messages(applicant("Sam", "sam@example.org", null, postcode)).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "email {0} is accepted: {1}")
    @CsvSource({"sam@example.org, true", "sam.o'neil@example.co.uk, true", "sam@, false", "sam example.org, false"})
    void email_addresses(String email, boolean accepted) {
        assertThat(messages(applicant("Sam", email, null, null)).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void an_incident_must_be_reported_on_or_after_it_happened_and_not_in_the_future() {
        var reportedBefore = new NewApplication.NewIncident(TODAY.minusDays(2), TODAY.minusDays(3), Agency.COUNCIL,
                null, null, "Graffiti");
        var inFuture = new NewApplication.NewIncident(TODAY.plusDays(1), TODAY.plusDays(1), Agency.COUNCIL,
                null, null, "Graffiti");
        var otherWithoutName = new NewApplication.NewIncident(TODAY, TODAY, Agency.OTHER, " ", null, "Graffiti");

        assertThat(ApplicationValidator.validateIncident(reportedBefore, "", TODAY)).extracting(ValidationProblem::message)
                .containsExactly("The date you reported it must be the same as or after the date it happened");
        assertThat(ApplicationValidator.validateIncident(inFuture, "", TODAY)).extracting(ValidationProblem::field)
                .containsExactly("occurredOn", "reportedOn");
        assertThat(ApplicationValidator.validateIncident(otherWithoutName, "", TODAY)).extracting(ValidationProblem::message)
                .containsExactly("Enter the organisation you reported it to");
    }

    @Test
    void every_text_answer_of_an_incident_is_bounded_and_a_time_frame_needs_its_date() {
        String long4001 = "x".repeat(4001);
        var incident = new NewApplication.NewIncident(TODAY, TODAY, Agency.POLICE, null, "r".repeat(61), long4001,
                "p".repeat(121), ReportMethod.PHONE, "l".repeat(201), BehaviourType.NOISE, null, "a".repeat(2001),
                Answer.NO, Answer.YES, null, "b".repeat(201));

        assertThat(ApplicationValidator.validateIncident(incident, "incidents[2].", TODAY, UK))
                .extracting(ValidationProblem::field).containsExactly("incidents[2].reportedToPerson",
                        "incidents[2].agencyReference", "incidents[2].location", "incidents[2].description",
                        "incidents[2].actionTaken", "incidents[2].timeframeEndsOn", "incidents[2].reportedBy");
        assertThat(ApplicationValidator.validateIncident(incident, "", TODAY, UK)).extracting(ValidationProblem::message)
                .contains("What happened must be 4,000 characters or fewer", "Enter the date they said they would act by");
    }

    @Test
    void a_date_of_birth_is_in_the_past_and_after_1900() {
        var tomorrow = new NewApplication.Applicant("Sam", null, null, null, "s@example.org", TODAY.plusDays(1));
        var ancient = new NewApplication.Applicant("Sam", null, null, null, "s@example.org", LocalDate.of(1850, 1, 1));

        assertThat(ApplicationValidator.validatePerson(tomorrow, "victim", ApplicationValidator.Subject.VICTIM, TODAY, UK))
                .extracting(ValidationProblem::field, ValidationProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("victimDateOfBirth", "Date of birth must be in the past"));
        assertThat(ApplicationValidator.validatePerson(ancient, "", ApplicationValidator.Subject.APPLICANT, TODAY, UK))
                .extracting(ValidationProblem::message).containsExactly("Date of birth must be after 1 January 1900");
    }

    @Nested
    class WhoIsApplying {

        @Test
        void someone_applying_for_a_victim_says_how_they_know_them_and_how_the_victim_agreed() {
            var nothing = new NewApplication.Representation(null, null, null, null, false, null, null, null, List.of());
            assertThat(ApplicationValidator.validateWhoIsApplying(ApplicantType.ON_BEHALF_OF_VICTIM, nothing, UK))
                    .extracting(ValidationProblem::message).containsExactly(
                            "Select how you know the victim",
                            "Confirm that the victim has agreed to you applying for them",
                            "Select how the victim agreed to you applying for them");

            var others = new NewApplication.Representation(null, null, Relationship.OTHER, " ", true,
                    ConsentMethod.OTHER, "", null, List.of());
            assertThat(fields(ApplicationValidator.validateWhoIsApplying(ApplicantType.ON_BEHALF_OF_VICTIM, others, UK)))
                    .containsExactly("relationshipOther", "consentDetails");
        }

        @Test
        void one_person_for_a_group_names_it_and_every_member_agreed() {
            var unnamed = NewApplication.Representation.forGroup(" ", List.of(), null, null);
            assertThat(fields(ApplicationValidator.validateWhoIsApplying(ApplicantType.ON_BEHALF_OF_GROUP, unnamed, UK)))
                    .containsExactly("groupName", "consentMethod");
            assertThat(ApplicationValidator.validateGroupMembers(List.of(), UK)).extracting(ValidationProblem::message)
                    .containsExactly("Add the people in the group you are applying for");

            List<ValidationProblem> members = ApplicationValidator.validateGroupMembers(List.of(
                    new NewApplication.Member("Kim", "07700 900001", true),
                    new NewApplication.Member("Lee O'Neil", "lee@example.org", false),
                    new NewApplication.Member("", "", false)), UK);
            assertThat(members).extracting(ValidationProblem::field, ValidationProblem::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("groupMembers[1].consented",
                            "Confirm that Lee O'Neil has agreed to you applying for them"),
                    org.assertj.core.groups.Tuple.tuple("groupMembers[2].name", "Enter the person's full name"),
                    org.assertj.core.groups.Tuple.tuple("groupMembers[2].contact",
                            "Enter a phone number, email address or postal address for the person"),
                    org.assertj.core.groups.Tuple.tuple("groupMembers[2].consented",
                            "Confirm that this person has agreed to you applying for them"));
            assertThat(fields(ApplicationValidator.validateMember(new NewApplication.Member("", null, false), UK)))
                    .containsExactly("memberName", "memberContact", "memberConsented");
        }

        @Test
        void the_victim_or_the_business_needs_a_name_and_a_way_to_reach_them() {
            assertThat(ApplicationValidator.validateVictim(ApplicantType.ON_BEHALF_OF_VICTIM, null, TODAY, UK))
                    .extracting(ValidationProblem::field, ValidationProblem::message).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("victimName", "Enter the victim's full name"),
                            org.assertj.core.groups.Tuple.tuple("victimContact", "Give at least one way to contact the "
                                    + "victim: an email address, a phone number or a postal address"));
            assertThat(ApplicationValidator.validateVictim(ApplicantType.BUSINESS_OR_GROUP,
                    new NewApplication.Applicant("", null, null, "0163", null), TODAY, UK))
                    .extracting(ValidationProblem::message).containsExactly(
                            "Enter the name of the business or group",
                            "Enter a UK phone number, like 01632 960 001 or 07700 900 982");
            assertThat(ApplicationValidator.validateVictim(ApplicantType.VICTIM, null, TODAY, UK)).isEmpty();
            assertThat(ApplicationValidator.validateVictim(ApplicantType.ON_BEHALF_OF_GROUP, null, TODAY, UK)).isEmpty();
        }

        @Test
        void nobody_is_asked_who_is_applying_twice() {
            assertThat(ApplicationValidator.validateWhoIsApplying(null, NewApplication.Representation.none(), UK))
                    .extracting(ValidationProblem::message).containsExactly("Select who is applying");
            assertThat(ApplicationValidator.validateWhoIsApplying(ApplicantType.VICTIM,
                    NewApplication.Representation.none(), UK)).isEmpty();
        }
    }

    @Nested
    class TheRestOfTheForm {

        @Test
        void the_form_requires_an_answer_to_each_question_but_an_application_taken_by_phone_may_leave_them() {
            var unanswered = NewApplication.Circumstances.notAsked();
            assertThat(fields(ApplicationValidator.validateCircumstances(unanswered, true, UK)))
                    .containsExactly("problemPersists", "onlyOneAgencyConduct");
            assertThat(ApplicationValidator.validateCircumstances(unanswered, false, UK)).isEmpty();
            assertThat(fields(ApplicationValidator.validateCircumstances(
                    new NewApplication.Circumstances(Answer.YES, Answer.YES, " "), false, UK)))
                    .containsExactly("conductAgency");

            assertThat(ApplicationValidator.validateImpact(NewApplication.Impact.notAsked(), true, true, UK))
                    .extracting(ValidationProblem::message).containsExactly(
                            "Select whether anyone in your household is disabled or has a long-term illness",
                            "Select whether you feel you are being targeted",
                            "Select whether other households are affected");
            assertThat(ApplicationValidator.validateImpact(NewApplication.Impact.notAsked(), false, true, UK))
                    .extracting(ValidationProblem::message).contains("Select whether the victim feels they are being targeted");
            assertThat(ApplicationValidator.validateImpact(NewApplication.Impact.notAsked(), true, false, UK)).isEmpty();
        }

        @Test
        void each_way_to_contact_needs_its_detail_and_letters_and_voicemail_are_asked_about_when_they_apply() {
            var byEverything = new NewApplication.ContactPreferences(
                    Set.of(ContactMethod.EMAIL, ContactMethod.PHONE, ContactMethod.POST), null, null, null,
                    Set.of(AccessibleFormat.OTHER), " ", true, null);
            var emailOnly = new NewApplication.Applicant("Sam", null, null, null, "s@example.org");
            assertThat(ApplicationValidator.validateContactPreferences(byEverything, emailOnly, true, UK))
                    .extracting(ValidationProblem::message).containsExactly(
                            "You chose phone but have not given a phone number. Add one to your details, or choose another way",
                            "You chose post but have not given an address. Add one to your details, or choose another way",
                            "Enter the format you need",
                            "Enter the language you need");

            var none = new NewApplication.ContactPreferences(Set.of(), null, null, null, Set.of(), null, false, null);
            var everything = new NewApplication.Applicant("Sam", "1 High St", "TN9 1AA", "07700 900982", null);
            assertThat(fields(ApplicationValidator.validateContactPreferences(none, everything, true, UK)))
                    .containsExactly("contactChannels", "lettersSafe", "voicemailSafe");
        }

        @Test
        void consent_to_share_and_the_declaration_are_both_needed() {
            assertThat(ApplicationValidator.validateConsent(false, false, UK)).extracting(ValidationProblem::message)
                    .containsExactly("Confirm that you agree to your information being shared with the partner agencies",
                            "Confirm that the information you have given is true");
            assertThat(ApplicationValidator.validateConsent(true, true, UK)).isEmpty();
        }

        @Test
        void a_draft_needs_an_email_address_to_send_its_link_to() {
            assertThat(ApplicationValidator.validateEmailForDraft(" ", UK)).extracting(ValidationProblem::field)
                    .containsExactly("draftEmail");
            assertThat(ApplicationValidator.validateEmailForDraft("not-an-address", UK))
                    .extracting(ValidationProblem::message)
                    .containsExactly("Enter an email address in the correct format, like name@example.com");
            assertThat(ApplicationValidator.validateEmailForDraft("sam@example.org", UK)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void a_complete_application_of_each_kind_passes(ApplicantType type) {
        var representation = switch (type) {
            case VICTIM -> NewApplication.Representation.none();
            case ON_BEHALF_OF_VICTIM -> Applications.onBehalf();
            case ON_BEHALF_OF_GROUP -> Applications.group();
            case BUSINESS_OR_GROUP -> Applications.organisation();
        };
        assertThat(ApplicationValidator.validate(Applications.complete(type, representation, null),
                LocalDate.now(org.casereview.DomainConfiguration.UK))).isEmpty();
    }

    @Test
    void the_first_release_shape_is_still_accepted_and_lists_its_one_way_to_contact() {
        var application = new NewApplication("sevenoaks", Channel.PHONE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Pat", null, null, "07700 900982", null), ContactMethod.PHONE, true,
                List.of(new NewApplication.NewIncident(TODAY, TODAY, Agency.POLICE, null, null, "Noise")), null);

        assertThat(ApplicationValidator.validate(application, TODAY)).isEmpty();
        assertThat(application.contactPreferences().channels()).containsExactly(ContactMethod.PHONE);
    }
}
