package org.casereview.backoffice.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.casereview.backoffice.BackofficeApplication;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A case officer's day in a real browser: a phone application typed in while the caller is on the line (the form
 * first refuses it without the caller's consent), acknowledged by letter, the agencies' confirmations recorded on the
 * threshold screen, the threshold decided, and the decision letter waiting in the print queue as a PDF.
 *
 * <p>Runs in {@code verify} (failsafe). Screenshots of each step go to {@code target/journey/}.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = RANDOM_PORT)
class IntakeJourneyIT extends BrowserJourney {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern REFERENCE = Pattern.compile("CT-\\d{4}-\\d{5}");
    private static final String OFFICER = "intake-journey-officer";
    private static final String PASSWORD = randomPassword();

    @LocalServerPort
    int port;

    private String backofficeUrl;

    @BeforeAll
    void officer() {
        backofficeUrl = "http://localhost:" + port;
        staffAccount(OFFICER, "Ian Intake", PASSWORD, StaffRole.CASE_OFFICER);
    }

    @Test
    void officerRecordsAPhoneApplicationAcknowledgesItDecidesTheThresholdAndTheLetterWaitsToBePrinted()
            throws IOException {
        LocalDate today = LocalDate.now(UK);
        LocalDate receivedOn = today.minusDays(1);
        page.navigate(backofficeUrl + "/");
        signIn(OFFICER, PASSWORD);

        // From the work queue to the form.
        page.locator("#record-an-application").click();
        assertThat(page.locator("h1")).hasText("Record an application");
        screenshot("intake-empty");

        choose("#partnership", "Tonbridge and Malling");
        radio("#channel", "Telephone");
        date("#receivedOn", receivedOn);
        radio("#applicantType", "The victim");
        page.locator("#name input").fill(personal("Olive Oakley"));
        page.locator("#phone input").fill(personal("01732 960 321"));
        page.locator("#address textarea").fill(personal("12 Quarry Hill Road, Tonbridge"));
        page.locator("#postcode input").fill(personal("TN9 2RN"));
        incident(1, receivedOn.minusDays(60), "Bins set on fire outside the front door");
        page.locator("#add-incident").click();
        incident(2, receivedOn.minusDays(30), "Bins set on fire again, and shouting at the windows");
        page.locator("#add-incident").click();
        incident(3, receivedOn.minusDays(10), "Stones thrown at the windows by the same group");
        radio("#problemPersists", "Yes");
        radio("#onlyOneAgencyConduct", "No");
        page.locator("#contactChannels").getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName("Phone").setExact(true)).check();
        page.locator("#contactChannels").getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName("Post").setExact(true)).check();
        radio("#lettersSafe", "Yes");

        // Without the caller's consent to share, nothing is recorded, and the summary says what is missing.
        page.locator("#record-application").click();
        Locator summary = page.locator("#error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Confirm that the applicant agrees to their information being shared");
        assertThat(summary).containsText("Confirm that the applicant says the information they have given is true");
        assertThat(page.locator("#consentToShare")).containsText("Confirm that the applicant agrees");
        screenshot("intake-errors");

        // The box itself: with its error message under it, the middle of the field is no longer the box.
        page.locator("#consentToShare input").check();
        assertThat(page.locator("#consentToShare input")).isChecked();
        page.locator("#declaration input").check();
        assertThat(page.locator("#declaration input")).isChecked();
        page.locator("#record-application").click();

        // The case opens, waiting to be acknowledged, and says who recorded it.
        Locator heading = page.locator("#case-reference");
        assertThat(heading).hasText(REFERENCE);
        String reference = heading.innerText().strip();
        assertThat(page.locator("#application-facts")).containsText("Telephone");
        assertThat(page.locator("#application-facts")).containsText("Ian Intake (" + OFFICER + ")");
        assertThat(page.locator("#case-clocks")).containsText("Acknowledge");
        assertThat(page.locator("#history")).containsText("recorded by Ian Intake");
        screenshot("case-recorded");

        // It is on the work queue, to acknowledge.
        page.navigate(backofficeUrl + "/queue");
        Locator row = page.locator("#queue-to-acknowledge vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        row.click();
        assertThat(heading).hasText(reference);

        // Acknowledged by letter: the letter goes to the print queue.
        page.locator("#acknowledge").click();
        radio("#acknowledgement-method", "By letter: it goes to the print queue to print and post");
        screenshot("acknowledge");
        page.locator("#dialog-confirm").click();
        assertThat(page.locator("#case-clocks")).containsText("Acknowledged");
        assertThat(page.locator("#case-clocks")).containsText("letter");

        // The threshold screen: each agency's answer recorded, then the decision.
        page.locator("#open-threshold").click();
        assertThat(page.locator("#threshold-incidents")).isVisible();
        for (int incident = 1; incident <= 3; incident++) {
            page.locator("#verify-" + incident).click();
            radio("#verification-outcome", "Confirmed: as listed");
            page.locator("#verification-action textarea").fill("Kent Police visited and gave words of advice");
            page.locator("#dialog-confirm").click();
            assertThat(page.locator("#verify-" + incident)).hasText("Change");
        }
        assertThat(page.locator("#assessment-outcome")).hasText("Threshold met (individual route)");
        radio("#decision-outcome", "Threshold met: a case review will be carried out");
        assertThat(page.locator("#decision-preview")).containsText("What the applicant will be told");
        screenshot("threshold");
        page.locator("#record-decision").click();
        page.locator("#confirm-decision [slot='confirm-button']:visible").click();
        assertThat(page.locator("#decision")).containsText("Threshold met");
        assertThat(page.locator("#decision")).containsText("Ian Intake");
        screenshot("decided");

        // Both letters wait in the print queue; the decision letter downloads as a PDF.
        page.navigate(backofficeUrl + "/messages/print-queue");
        Locator letters = page.locator("#letters");
        assertThat(letters).containsText("We have received your ASB Case Review application " + reference);
        String decisionSubject = "Your ASB Case Review " + reference + ": a case review will be carried out";
        assertThat(letters).containsText(decisionSubject);
        screenshot("print-queue");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the letter: " + decisionSubject).setExact(true)).click());
        Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Picks {@code option} in the Vaadin select {@code select}. */
    private void choose(String select, String option) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator(select)).containsText(option);
    }

    private void date(String picker, LocalDate value) {
        page.locator(picker + " input").fill(DATE_FIELD.format(value));
        page.locator(picker + " input").press("Enter");
    }

    /** An incident reported to the police on {@code reportedOn}, the day after it happened. */
    private void incident(int number, LocalDate reportedOn, String what) {
        String id = "#incident-" + number + "-";
        date(id + "occurredOn", reportedOn.minusDays(1));
        date(id + "reportedOn", reportedOn);
        choose(id + "reportedTo", "Police");
        page.locator(id + "agencyReference input").fill("KP-" + reportedOn.getDayOfYear() + "-" + number);
        page.locator(id + "description textarea").fill(personal(what));
        if (number > 1) {
            radio(id + "sameAsOthers", "Yes");
        }
    }
}
