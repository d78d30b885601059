package org.casereview.portal.apply;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ConsentMethod;
import org.casereview.application.Relationship;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application form in a real browser, for each kind of applicant the form offers, from the start page to the
 * reference: wrong answers on purpose, changes from "check your answers", incidents added, changed and removed, a
 * page done with the keyboard alone, a refresh mid-way, a double click on Send, and a saved draft resumed from the
 * e-mailed link. Every page and error state is scanned with axe against WCAG 2.2 AA; any violation fails.
 */
class ApplicationWizardIT extends BrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("CT-\\d{4}-\\d{5}");
    private static final Pattern RESUME_LINK = Pattern.compile("/apply/resume/[A-Za-z0-9_-]{43}");

    @Autowired
    ApplicationRepository applications;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_victim_applies_putting_wrong_answers_right_and_changing_an_answer_before_sending() {
        String name = unique("Vera Victim");
        startPage();
        press("#start");

        // Council area, by keyboard alone: Continue with no answer, follow the error to the question, answer it.
        expectStep("Which council area do you live in?", 1, 9);
        scan("council area");
        page.locator("#continue").focus();
        page.keyboard().press("Enter");
        expectErrors("Select your council area");
        scan("council area with an error");
        assertThat(page.locator("#error-summary")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#error-summary a")).isFocused();
        page.keyboard().press("Enter");
        expectFocusIn("#partnership");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#partnership vaadin-radio-button[checked]")).hasCount(1);
        page.keyboard().press("Tab");
        assertThat(page.locator("#continue")).isFocused();
        page.keyboard().press("Enter");

        expectStep("Who is applying?", 2, 9);
        scan("who is applying");
        radio("#applicantType", "I am the victim of the anti-social behaviour");
        press("#continue");

        expectStep("Your details", 3, 9);
        scan("your details");
        press("#continue");
        expectErrors("Enter your full name", "Give at least one way to contact you: an email address, a phone "
                + "number or a postal address");
        scan("your details with errors");
        page.locator("#error-summary a").first().click();
        assertThat(page.locator("#name input")).isFocused();
        fill("name", name);
        fill("email", "not an email address");
        fill("postcode", "ME19 4LZ");
        press("#continue");
        expectErrors("Enter an email address in the correct format, like name@example.com");
        assertThat(page.locator("#email")).hasAttribute("invalid", "");
        fill("email", "vera@example.org");
        fill("phone", "01632 960 001");
        press("#continue");

        expectStep("The incidents you reported", 4, 9);
        // The keyboard chose the first council area in the list.
        assertThat(page.locator("#threshold-rule")).containsText("In Bassetlaw, we can carry out a case review when "
                + "the same or a similar problem was reported at least 3 times in the 6 months before you apply");
        scan("incidents, none added");
        press("#add-incident");
        expectErrors("Enter the date it happened", "Enter the date you reported it", "Select who you reported it to",
                "Describe what happened");
        scan("incidents with errors");
        addIncident(daysAgo(40), daysAgo(39), "Police", "Music through the wall until 3am <script>alert(1)</script>");
        addIncident(daysAgo(20), daysAgo(20), "Council", "Shouting and banging on the door");
        addIncident(daysAgo(10), daysAgo(9), "Housing provider or landlord", "A report I added by mistake");
        assertThat(page.locator("#threshold-guidance")).containsText("All 3 of your reports count.");
        scan("incidents, three added, with the threshold guidance");
        // Change the first, remove the third.
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change incident 1")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change incident 1")))
                .isVisible();
        assertThat(page.locator("#description textarea")).hasValue(
                "Music through the wall until 3am <script>alert(1)</script>");
        scan("incidents, changing one");
        fill("description", "Music through the wall until 4am <script>alert(1)</script>");
        press("#add-incident");
        assertThat(page.locator("#incident-list")).containsText("until 4am");
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove incident 3")));
        assertThat(page.locator("#incident-list")).not().containsText("added by mistake");
        assertThat(page.locator("#incident-list .summary-list__row")).hasCount(2);
        assertThat(page.locator("#threshold-guidance")).containsText("All 2 of your reports count. The threshold "
                + "is 3 reports by the same person, or reports by 5 different people.");
        press("#continue");

        expectStep("The problem now", 5, 9);
        press("#continue");
        expectErrors("Select whether the problem is still happening",
                "Select whether your concern is only about how one organisation dealt with you");
        scan("the problem now with errors");
        radio("#problemPersists", "Yes");
        radio("#onlyOneAgencyConduct", "Yes");
        assertThat(page.locator("#conductAgency")).isVisible();
        scan("the problem now, only one organisation");
        radio("#onlyOneAgencyConduct", "No");
        press("#continue");

        expectStep("How the behaviour affects you", 6, 9);
        scan("impact");
        page.locator("#impactAreas").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Sleep"))
                .check();
        radio("#disabilityOrIllness", "Yes");
        fill("vulnerabilityDetails", "My son is autistic and the noise distresses him");
        radio("#feelsTargeted", "Yes");
        scan("impact, all follow-up questions open");
        radio("#otherHouseholdsAffected", "Not sure");
        press("#continue");

        expectStep("How should we contact you?", 7, 9);
        scan("contact");
        page.locator("#formats").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName("Another format")).check();
        press("#continue");
        expectErrors("Select whether it is safe to leave a voicemail", "Enter the format you need");
        scan("contact with errors");
        radio("#voicemailSafe", "No");
        fill("formatsOther", "Large print on yellow paper");
        press("#continue");

        expectStep("Sharing your information", 8, 9);
        scan("consent");
        press("#continue");
        expectErrors("Confirm that you agree to your information being shared with the partner agencies",
                "Confirm that the information you have given is true");
        scan("consent with errors");
        tick("consentToShare");
        tick("declaration");
        press("#continue");

        expectStep("Check your answers before sending your application", 9, 9);
        scan("check your answers");
        assertThat(page.locator("main")).containsText("Music through the wall until 4am <script>alert(1)</script>");
        // A refresh keeps everything.
        reload();
        expectStep("Check your answers before sending your application", 9, 9);
        // Change an answer: its page opens, and Continue comes back here.
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change phone number")));
        expectStep("Your details", 3, 9);
        assertThat(page.locator("#phone input")).hasValue("01632 960 001");
        fill("phone", "07700 900 982");
        press("#continue");
        expectStep("Check your answers before sending your application", 9, 9);
        assertThat(page.locator("main")).containsText("07700 900 982");

        String reference = send();
        Application stored = applications.findWithIncidentsByReference(reference).orElseThrow();
        assertThat(stored.getApplicantName()).isEqualTo(name);
        assertThat(stored.getApplicantPhone()).isEqualTo("07700 900 982");
        assertThat(stored.getIncidents()).hasSize(2);
        assertThat(stored.getDisabilityOrIllness()).isEqualTo(Answer.YES);
        assertThat(countApplicationsBy(name)).as("a double click sends one application").isEqualTo(1);
        assertNoAccessibilityViolations();
    }

    @Test
    void someone_applies_for_a_victim_with_their_consent() {
        String name = unique("Olive Onbehalf");
        String victim = unique("Victor Victim");
        startApplication("Sevenoaks");

        radio("#applicantType", "I am applying for the victim, with their permission");
        press("#continue");
        expectErrors("Select how you know the victim", "Confirm that the victim has agreed to you applying for them",
                "Select how the victim agreed to you applying for them");
        scan("who is applying, for a victim, with errors");
        radio("#relationship", "Other");
        fill("relationshipOther", "Their neighbour's daughter");
        tick("victimConsented");
        radio("#consentMethod", "Another way");
        fill("consentDetails", "By a note pushed under my door");
        scan("who is applying, for a victim, all follow-up questions open");
        press("#continue");

        expectStep("The victim's details", 3, 10);
        scan("the victim's details");
        press("#continue");
        expectErrors("Enter the victim's full name", "Give at least one way to contact the victim: an email "
                + "address, a phone number or a postal address");
        scan("the victim's details with errors");
        fill("victimName", victim);
        fill("victimAddress", "4 Bradbourne Vale Road, Sevenoaks");
        fill("victimPostcode", "TN13 3QB");
        press("#continue");

        giveYourDetails(name, "email", "olive@example.org", 4, 10);

        expectStep("The incidents you reported", 5, 10);
        addIncident(daysAgo(30), daysAgo(29), "Police", "Stones thrown at the victim's window");
        addIncident(daysAgo(15), daysAgo(15), "Police", "Stones thrown again");
        addIncident(daysAgo(5), daysAgo(4), "Council", "Graffiti on the victim's door");
        assertThat(page.locator("#threshold-guidance")).containsText("so your application meets it");
        press("#continue");

        answerFromTheProblemToCheckAnswers("How the behaviour affects the victim", "impact, for a victim");
        expectOnPage(victim, "Their neighbour's daughter", "By a note pushed under my door");
        scan("check your answers, for a victim");
        String reference = send();
        Application stored = applications.findWithIncidentsByReference(reference).orElseThrow();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.ON_BEHALF_OF_VICTIM);
        assertThat(stored.getVictimName()).isEqualTo(victim);
        assertThat(stored.getRelationship()).isEqualTo(Relationship.OTHER);
        assertThat(stored.getConsentMethod()).isEqualTo(ConsentMethod.OTHER);
        assertNoAccessibilityViolations();
    }

    @Test
    void one_person_applies_for_a_group_with_each_members_consent() {
        String name = unique("Gita Group");
        startApplication("Bassetlaw");

        radio("#applicantType", "I am applying for a group of people or a community, with their permission");
        fill("groupName", "Acacia Avenue residents");
        radio("#consentMethod", "In writing, such as a signed letter or form");
        scan("who is applying, for a group");
        press("#continue");

        expectStep("The people in the group", 3, 10);
        scan("the people in the group, none added");
        press("#continue");
        expectErrors("Add the people in the group you are applying for");
        scan("the people in the group with an error");
        fill("memberName", "Mo Member");
        fill("memberContact", "mo@example.org");
        press("#add-member");
        expectErrors("Confirm that this person has agreed to you applying for them");
        tick("memberConsented");
        press("#add-member");
        assertThat(page.locator("#member-list")).containsText("Mo Member");
        addMember("Nia Neighbour", "01632 960 123");
        addMember("Pat Mistake", "pat@example.org");
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove person 3")));
        assertThat(page.locator("#member-list")).not().containsText("Pat Mistake");
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change person 2")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change person 2")))
                .isVisible();
        assertThat(page.locator("#memberName input")).hasValue("Nia Neighbour");
        scan("the people in the group, changing one");
        fill("memberContact", "nia@example.org");
        press("#add-member");
        assertThat(page.locator("#member-list")).containsText("nia@example.org");
        scan("the people in the group, two added");
        press("#continue");

        giveYourDetails(name, "phone", "07700 900 111", 4, 10);

        expectStep("The incidents you reported", 5, 10);
        assertThat(page.locator("#reportedBy")).isVisible();
        scan("incidents, for a group");
        addIncident(daysAgo(50), daysAgo(50), "Police", "Gathering with loud music in the car park", "Mo Member");
        addIncident(daysAgo(30), daysAgo(29), "Council", "Loud music again in the car park", "Nia Neighbour");
        addIncident(daysAgo(8), daysAgo(8), "Police", "Car park music until midnight", null);
        press("#continue");

        answerFromTheProblemToCheckAnswers("How the behaviour affects the people in the group",
                "impact, for a group");
        expectOnPage("Acacia Avenue residents", "Reported by: Mo Member");
        scan("check your answers, for a group");
        String reference = send();
        Application stored = applications.findWithIncidentsByReference(reference).orElseThrow();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.ON_BEHALF_OF_GROUP);
        assertThat(stored.getGroupName()).isEqualTo("Acacia Avenue residents");
        assertThat(stored.getIncidents()).hasSize(3);
        assertThat(countMembersOf(reference)).isEqualTo(2);
        assertNoAccessibilityViolations();
    }

    @Test
    void a_business_that_is_the_victim_applies() {
        String name = unique("Bea Business");
        startApplication("Test Valley");

        radio("#applicantType", "I am applying for a business or community group that is the victim");
        scan("who is applying, for a business");
        press("#continue");

        expectStep("The business or group's details", 3, 10);
        scan("the business or group's details");
        fill("victimName", "Andover Corner Shop");
        fill("victimPhone", "not a phone number");
        press("#continue");
        expectErrors("Enter a UK phone number, like 01632 960 001 or 07700 900 982");
        scan("the business or group's details with an error");
        fill("victimPhone", "01264 000 000");
        press("#continue");

        expectStep("Your details", 4, 10);
        fill("name", name);
        fill("email", "bea@example.org");
        fill("applicantRole", "Owner");
        scan("your details, for a business");
        press("#continue");

        expectStep("The incidents you reported", 5, 10);
        addIncident(daysAgo(25), daysAgo(24), "Police", "Shop window smashed");
        addIncident(daysAgo(12), daysAgo(12), "Police", "Shop door kicked in");
        addIncident(daysAgo(3), daysAgo(3), "Council", "Graffiti on the shutters");
        press("#continue");

        answerFromTheProblemToCheckAnswers("How the behaviour affects the business or group", "impact, for a business");
        expectOnPage("Andover Corner Shop", "Owner");
        scan("check your answers, for a business");
        String reference = send();
        Application stored = applications.findWithIncidentsByReference(reference).orElseThrow();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.BUSINESS_OR_GROUP);
        assertThat(stored.getVictimName()).isEqualTo("Andover Corner Shop");
        assertThat(stored.getApplicantRole()).isEqualTo("Owner");
        assertNoAccessibilityViolations();
    }

    @Test
    void answers_saved_for_later_come_back_from_the_emailed_link_in_another_browser() {
        String name = unique("Sally Saver");
        String email = "sally." + name.substring(name.lastIndexOf(' ') + 1).toLowerCase() + "@example.org";
        startApplication("Folkestone and Hythe");
        radio("#applicantType", "I am the victim of the anti-social behaviour");
        press("#continue");
        giveYourDetails(name, "email", email, 3, 9);
        expectStep("The incidents you reported", 4, 9);
        addIncident(daysAgo(10), daysAgo(9), "Police", "Fireworks aimed at my window");
        fill("description", "Half-typed second incident");

        press("#save-draft");
        expectPage("Save your answers and come back later");
        assertThat(page.locator("main")).containsText("30 days");
        scan("save and come back later");
        fill("draftEmail", "not an address");
        press("#save-draft-confirm");
        expectErrors("Enter an email address in the correct format, like name@example.com");
        scan("save and come back later with an error");
        fill("draftEmail", email);
        press("#save-draft-confirm");
        expectPage("Your answers have been saved");
        assertThat(page.locator("#draft-saved")).containsText(email);
        scan("answers saved");

        // Another day, another browser: nothing shared but the link in the e-mail.
        String link = lastResumeLinkTo(email);
        newBrowser();
        open(link);
        expectStep("The incidents you reported", 4, 9);
        assertThat(page.locator("#notice")).containsText("Welcome back.");
        assertThat(page.locator("#incident-list")).containsText("Fireworks aimed at my window");
        assertThat(page.locator("#description textarea")).hasValue("Half-typed second incident");
        scan("resumed from the link");

        // The old link after saving again, or a made-up one, says it does not work.
        open("/apply/resume/made-up-link");
        expectPage("This link does not work");
        scan("a link that does not work");
        assertNoAccessibilityViolations();
    }

    @Test
    void refusing_consent_explains_the_alternatives_and_changing_ones_mind_carries_on() {
        startApplication("Newark and Sherwood");
        radio("#applicantType", "I am the victim of the anti-social behaviour");
        press("#continue");
        giveYourDetails(unique("Ray Refuser"), "email", "ray@example.org", 3, 9);
        addIncident(daysAgo(10), daysAgo(9), "Police", "Motorbikes on the footpath");
        press("#continue");
        answerTheProblem(5, 9);
        expectStep("How the behaviour affects you", 6, 9);
        answerImpact();
        expectStep("How should we contact you?", 7, 9);
        press("#continue");

        expectStep("Sharing your information", 8, 9);
        press("#consent-refused");
        expectPage("We cannot carry out a case review without your agreement");
        assertThat(page.locator("main")).containsText("Newark and Sherwood Community Safety Unit");
        scan("consent refused");
        press("#change-mind");
        expectStep("Sharing your information", 8, 9);
        assertNoAccessibilityViolations();
    }

    @Test
    void the_resident_is_warned_before_the_session_ends_and_can_carry_on() {
        page.clock().install();
        startApplication("Tonbridge and Malling");
        radio("#applicantType", "I am the victim of the anti-social behaviour");
        press("#continue");
        expectStep("Your details", 3, 9);
        fill("name", "Tim Timeout");

        page.clock().runFor(26 * 60 * 1000);
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("Do you need more time?");
        scan("the session time-out warning");
        press("#stay-signed-in");
        assertThat(dialog).isHidden();
        assertThat(page.locator("#name input")).hasValue("Tim Timeout");

        page.clock().runFor(31 * 60 * 1000);
        expectPage("We deleted your answers");
        // The warning opened at 26 minutes and closed as the session ended: scanned while still fading out, its text
        // fails the contrast check.
        assertThat(dialog).isHidden();
        scan("session ended");
        assertNoAccessibilityViolations();
    }

    // Steps shared by the journeys ---------------------------------------------------------------------------------

    private void startPage() {
        open("/");
        assertThat(page.locator("#page-heading")).hasText("Apply for a Community Trigger (ASB Case Review)");
        assertThat(page).hasTitle("Apply for a Community Trigger (ASB Case Review)");
        scan("start page");
    }

    /** From the start page to "Who is applying?" with the council area chosen. */
    private void startApplication(String councilArea) {
        open("/");
        press("#start");
        expectStep("Which council area do you live in?", 1, 9);
        page.locator("#partnership").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + regex(councilArea + " (")))).check();
        press("#continue");
        expectStep("Who is applying?", 2, 9);
    }

    /** "Your details": a name and one way to reach the applicant ({@code email} or {@code phone}). */
    private void giveYourDetails(String name, String contactField, String contact, int number, int of) {
        expectStep("Your details", number, of);
        fill("name", name);
        fill(contactField, contact);
        press("#continue");
    }

    private void addIncident(LocalDate occurred, LocalDate reported, String reportedTo, String description) {
        addIncident(occurred, reported, reportedTo, description, null);
    }

    private void addIncident(LocalDate occurred, LocalDate reported, String reportedTo, String description,
                             String reportedBy) {
        int before = page.locator("#incident-list .summary-list__row").count();
        date("occurredOn", occurred);
        date("reportedOn", reported);
        if (reportedBy != null) {
            choose("#reportedBy", reportedBy);
        }
        choose("#reportedTo", reportedTo);
        fill("agencyReference", "REF-" + (before + 1));
        choose("#behaviour", "Noise");
        fill("description", description);
        if (before > 0) {
            radio("#sameAsOthers", "Yes");
        }
        radio("#reporterSatisfied", "No");
        press("#add-incident");
        assertThat(page.locator("#incident-list .summary-list__row")).hasCount(before + 1);
    }

    private void addMember(String memberName, String contact) {
        int before = page.locator("#member-list .summary-list__row").count();
        fill("memberName", memberName);
        fill("memberContact", contact);
        tick("memberConsented");
        press("#add-member");
        assertThat(page.locator("#member-list .summary-list__row")).hasCount(before + 1);
    }

    private void answerTheProblem(int number, int of) {
        expectStep("The problem now", number, of);
        radio("#problemPersists", "Yes");
        radio("#onlyOneAgencyConduct", "No");
        press("#continue");
    }

    /** The pages after the incidents, for someone applying for others (a step more than a victim has). */
    private void answerFromTheProblemToCheckAnswers(String impactHeading, String impactPageName) {
        answerTheProblem(6, 10);
        expectStep(impactHeading, 7, 10);
        scan(impactPageName);
        answerImpact();
        expectStep("How should we contact you?", 8, 10);
        if (page.locator("#voicemailSafe").isVisible()) {
            radio("#voicemailSafe", "Yes");
        }
        press("#continue");
        agreeAndDeclare(9, 10);
        expectStep("Check your answers before sending your application", 10, 10);
    }

    private void answerImpact() {
        radio("#disabilityOrIllness", "No");
        radio("#feelsTargeted", "Not sure");
        radio("#otherHouseholdsAffected", "Yes");
        press("#continue");
    }

    private void agreeAndDeclare(int number, int of) {
        expectStep("Sharing your information", number, of);
        tick("consentToShare");
        tick("declaration");
        press("#continue");
    }

    /** Sends with a double click, as an anxious resident might, and returns the reference on the confirmation page. */
    private String send() {
        page.locator("#submit").dblclick();
        expectPage("Application sent");
        Locator reference = page.locator("#reference");
        assertThat(reference).containsText(REFERENCE);
        assertThat(page.locator("#decision-due")).containsText("We will tell you our decision");
        assertThat(page.locator("#back")).hasCount(0);
        scan("confirmation");
        Matcher found = REFERENCE.matcher(reference.innerText());
        assertThat(found.find()).isTrue();
        return found.group();
    }

    private String lastResumeLinkTo(String email) {
        OutboxMessage message = outbox.findAll().stream().filter(m -> m.getRecipient().equals(email))
                .max(Comparator.comparing(OutboxMessage::getId)).orElseThrow();
        Matcher link = RESUME_LINK.matcher(message.getBodyText());
        assertThat(link.find()).as("the e-mail has a link back to the answers").isTrue();
        return link.group();
    }

    private int countApplicationsBy(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE applicant_name = ?", Integer.class, name);
    }

    private int countMembersOf(String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM application_group_member m JOIN application a ON a.id = m.application_id"
                + " WHERE a.reference = ?", Integer.class, reference);
    }
}
