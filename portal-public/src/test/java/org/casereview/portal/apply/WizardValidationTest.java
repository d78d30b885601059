package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.Relationship;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/**
 * Every page says what is wrong beside the field and in the error summary at the top, linked to the field, and does
 * not move on until it is put right.
 */
class WizardValidationTest extends KaribuTest {

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    @Test
    void the_council_area_is_needed() {
        clickContinue();

        assertThat(errorSummary()).containsExactly("Select your council area");
        assertThat(errorLinks()).containsExactly("#partnership");
        assertThat(errorBeside("partnership")).isEqualTo("Select your council area");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Which council area");
        assertThat(heading()).isEqualTo("Which council area do you live in?");
    }

    @Nested
    class WhoIsApplying {

        @BeforeEach
        void toThePage() {
            chooseCouncilArea("Sevenoaks");
        }

        @Test
        void an_answer_is_needed() {
            clickContinue();
            assertThat(errorSummary()).containsExactly("Select who is applying");
            assertThat(errorLinks()).containsExactly("#applicantType");
        }

        @Test
        void applying_for_a_victim_needs_the_relationship_and_the_victims_consent_and_how_it_was_given() {
            choose("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);
            clickContinue();
            assertThat(errorSummary()).containsExactly("Select how you know the victim",
                    "Confirm that the victim has agreed to you applying for them",
                    "Select how the victim agreed to you applying for them");

            choose("relationship", Relationship.OTHER);
            tick("victimConsented", true);
            choose("consentMethod", ConsentMethod.OTHER);
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter how you know the victim", "Enter how they agreed");
            assertThat(errorBeside("relationshipOther")).isEqualTo("Enter how you know the victim");
        }

        @Test
        void applying_for_a_group_needs_its_name_and_how_the_members_agreed() {
            choose("applicantType", ApplicantType.ON_BEHALF_OF_GROUP);
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter the name of the group or community",
                    "Select how the people in the group agreed to you applying for them");
        }
    }

    @Nested
    class People {

        @Test
        void the_applicant_needs_a_name_and_a_way_to_be_reached_in_a_form_we_can_use() {
            chooseCouncilArea("Bassetlaw");
            whoIsApplying(ApplicantType.VICTIM);
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter your full name",
                    "Give at least one way to contact you: an email address, a phone number or a postal address");
            assertThat(errorLinks()).containsExactly("#name", "#email");

            type("phone", "12345");
            type("address", "1 High Street");
            type("postcode", "ABC");
            type("email", "not-an-email");
            type("name", "x".repeat(201));
            date("dateOfBirth", TODAY.plusDays(1));
            clickContinue();
            assertThat(errorSummary()).containsExactly("Full name must be 200 characters or fewer",
                    "Enter an email address in the correct format, like name@example.com",
                    "Enter a UK phone number, like 01632 960 001 or 07700 900 982",
                    "Enter a real postcode, like SW1A 1AA", "Date of birth must be in the past");
            assertThat(errorBeside("postcode")).isEqualTo("Enter a real postcode, like SW1A 1AA");

            type("postcode", "");
            type("phone", "");
            type("email", "sam@example.org");
            type("name", "Sam");
            date("dateOfBirth", java.time.LocalDate.of(1980, 1, 1));
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter the postcode of your address");

            type("postcode", "s80 2ah");
            clickContinue();
            assertThat(heading()).isEqualTo("The incidents you reported");
        }

        @Test
        void the_victim_needs_a_name_and_a_way_to_be_reached() {
            chooseCouncilArea("Bassetlaw");
            choose("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);
            choose("relationship", Relationship.FAMILY);
            tick("victimConsented", true);
            choose("consentMethod", ConsentMethod.PHONE);
            clickContinue();
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter the victim's full name",
                    "Give at least one way to contact the victim: an email address, a phone number or a postal address");
            assertThat(errorLinks()).containsExactly("#victimName", "#victimEmail");
        }

        @Test
        void each_member_of_a_group_needs_a_name_contact_and_consent_and_the_group_at_least_one_member() {
            chooseCouncilArea("Bassetlaw");
            choose("applicantType", ApplicantType.ON_BEHALF_OF_GROUP);
            type("groupName", "Residents");
            choose("consentMethod", ConsentMethod.IN_PERSON);
            clickContinue();

            clickContinue();
            assertThat(errorSummary()).containsExactly("Add the people in the group you are applying for");
            assertThat(errorLinks()).containsExactly("#memberName");

            click("add-member");
            assertThat(errorSummary()).containsExactly("Enter the person's full name",
                    "Enter a phone number, email address or postal address for the person",
                    "Confirm that this person has agreed to you applying for them");

            type("memberName", "Kim");
            clickContinue();
            assertThat(errorSummary()).containsExactly(
                    "You have typed in a person but not added them. Select 'Add this person', or clear their details",
                    "Add the people in the group you are applying for");
        }
    }

    @Nested
    class Incidents {

        @BeforeEach
        void toThePage() {
            chooseCouncilArea("Sevenoaks");
            whoIsApplying(ApplicantType.VICTIM);
            giveDetails("Sam", "sam@example.org");
        }

        @Test
        void at_least_one_incident_is_needed() {
            clickContinue();
            assertThat(errorSummary()).containsExactly("Add at least one incident you reported");
            assertThat(errorLinks()).containsExactly("#occurredOn");
        }

        @Test
        void each_field_of_an_incident_is_checked() {
            click("add-incident");
            assertThat(errorSummary()).containsExactly("Enter the date it happened", "Enter the date you reported it",
                    "Select who you reported it to", "Describe what happened");

            date("occurredOn", TODAY.minusDays(2));
            date("reportedOn", TODAY.minusDays(5));
            select("reportedTo", Agency.OTHER);
            type("description", "x".repeat(4001));
            type("agencyReference", "r".repeat(61));
            type("location", "l".repeat(201));
            choose("timeframeGiven", Answer.YES);
            click("add-incident");
            assertThat(errorSummary()).containsExactly(
                    "The date you reported it must be the same as or after the date it happened",
                    "Enter the organisation you reported it to", "Reference number must be 60 characters or fewer",
                    "Where it happened must be 200 characters or fewer",
                    "What happened must be 4,000 characters or fewer", "Enter the date they said they would act by");
            assertThat(errorBeside("reportedOn"))
                    .isEqualTo("The date you reported it must be the same as or after the date it happened");

            date("occurredOn", TODAY.plusDays(1));
            date("reportedOn", TODAY.plusDays(1));
            click("add-incident");
            assertThat(errorSummary()).contains("The date it happened must be today or in the past",
                    "The date you reported it must be today or in the past");
        }

        @Test
        void an_incident_typed_but_not_added_is_not_lost_by_continuing() {
            addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE, "Noise");
            type("description", "Half typed");

            clickContinue();

            assertThat(errorSummary()).containsExactly(
                    "You have started an incident but not added it. Select 'Add this incident', or clear its details");
            assertThat(errorLinks()).containsExactly("#add-incident");
            assertThat(heading()).isEqualTo("The incidents you reported");
        }
    }

    @Nested
    class TheRest {

        @BeforeEach
        void toTheProblemPage() {
            chooseCouncilArea("Sevenoaks");
            whoIsApplying(ApplicantType.VICTIM);
            type("phone", "07700 900982");
            type("address", "1 Argyle Road");
            type("postcode", "TN13 1HG");
            giveDetails("Sam", "");
            addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE, "Noise");
            clickContinue();
        }

        @Test
        void the_problem_and_the_impact_questions_need_answers() {
            clickContinue();
            assertThat(errorSummary()).containsExactly("Select whether the problem is still happening",
                    "Select whether your concern is only about how one organisation dealt with you");
            choose("problemPersists", Answer.YES);
            choose("onlyOneAgencyConduct", Answer.YES);
            clickContinue();
            assertThat(errorSummary()).containsExactly("Enter the name of the organisation");
            choose("onlyOneAgencyConduct", Answer.NO);
            clickContinue();

            clickContinue();
            assertThat(errorSummary()).containsExactly(
                    "Select whether anyone in your household is disabled or has a long-term illness",
                    "Select whether you feel you are being targeted", "Select whether other households are affected");
        }

        @Test
        void contact_choices_need_their_details_and_letters_and_voicemail_are_asked_about() {
            answerTheProblem();
            answerImpact();
            assertThat(heading()).isEqualTo("How should we contact you?");
            checkAll("contactChannels", Set.of(ContactMethod.EMAIL));
            checkAll("formats", Set.of(AccessibleFormat.OTHER));
            tick("interpreterNeeded", true);
            clickContinue();
            assertThat(errorSummary()).containsExactly(
                    "You chose email but have not given an email address. Add one to your details, or choose another way",
                    "Select whether it is safe to send letters to your address",
                    "Select whether it is safe to leave a voicemail", "Enter the format you need",
                    "Enter the language you need");

            checkAll("contactChannels", Set.of());
            clickContinue();
            assertThat(errorSummary()).startsWith("Select at least one way we can contact you");
        }

        @Test
        void consent_and_the_declaration_are_both_needed() {
            answerTheProblem();
            answerImpact();
            choose("lettersSafe", Answer.YES);
            choose("voicemailSafe", Answer.YES);
            clickContinue();
            assertThat(heading()).isEqualTo("Sharing your information");

            clickContinue();

            assertThat(errorSummary()).containsExactly(
                    "Confirm that you agree to your information being shared with the partner agencies",
                    "Confirm that the information you have given is true");
            assertThat(errorLinks()).containsExactly("#consentToShare", "#declaration");
        }
    }
}
