package org.casereview.backoffice.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.backoffice.BackofficeApplication;
import org.casereview.backoffice.ReviewCases;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A case from "met" to closed in a real browser, as the case officer and the police's partner agency user each do
 * their part: the officer asks the police for information, the police user answers in the back office, the officer
 * records the panel, a recommendation to the police and an action, and sends the outcome; the police user responds to
 * the recommendation; the officer records the final review, which closes the case. Screenshots go to
 * {@code target/journey/}.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewJourneyIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Path OUTPUT = Path.of("target", "journey");
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String OFFICER = "review-journey-officer";
    private static final String POLICE = "review-journey-police";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ReviewCases cases;

    private String backofficeUrl;
    private Playwright playwright;
    private Browser browser;
    private int screenshotNumber;

    @BeforeAll
    void startBrowserAndAccounts() throws IOException {
        Files.createDirectories(OUTPUT);
        backofficeUrl = "http://localhost:" + port;
        Long tonbridge = partnerships.findByCode("tonbridge-malling").orElseThrow().getId();
        if (staffAccounts.findByUsername(OFFICER).isEmpty()) {
            staffAccounts.save(new StaffAccount(OFFICER, "Journey Case Officer", passwordEncoder.encode(PASSWORD),
                    EnumSet.of(StaffRole.CASE_OFFICER), tonbridge, false));
            staffAccounts.save(new StaffAccount(POLICE, "Journey Police User", passwordEncoder.encode(PASSWORD),
                    EnumSet.of(StaffRole.PARTNER_AGENCY), tonbridge, Agency.POLICE, false));
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The case as the threshold decision leaves it: met, the review activated. */
    private Application metCase() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OFFICER, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_OFFICER"))));
        try {
            return cases.reviewActivated("tonbridge-malling", "Jo Journey " + UUID.randomUUID().toString()
                    .substring(0, 6));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCaseGoesFromMetToClosedWithThePoliceAnsweringAndRespondingInTheBackOffice() {
        Application application = metCase();
        Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
        String review = backofficeUrl + "/cases/" + application.getId() + "/review";
        Page officer = signIn(OFFICER);
        Page police = signIn(POLICE);

        // The officer asks the police for their case details; the due day is filled in.
        officer.navigate(review);
        assertThat(officer.locator("#review-heading")).hasText("Case review: " + application.getReference());
        officer.locator("#request-information").click();
        choose(officer, "#request-agency", "Police");
        officer.locator("#request-agency-name input").fill("Kent Police");
        screenshot(officer, "request");
        officer.locator("#dialog-confirm").click();
        assertThat(officer.locator("#requests")).containsText("Kent Police (Police)");
        assertThat(officer.locator("#requests")).containsText("No answer yet");

        // The police user sees the request with the case's reference only, and answers it.
        police.navigate(backofficeUrl + "/agency");
        Locator request = police.locator("#agency-requests vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(application.getReference()));
        assertThat(request).hasCount(1);
        assertThat(police.locator("main")).not().containsText("Jo Journey");
        screenshot(police, "agency-requests");
        police.locator("#agency-requests vaadin-button").filter(new Locator.FilterOptions().setHasText("Answer"))
                .first().click();
        police.locator("#agency-answer textarea").fill("Six calls since January; two visits; a community "
                + "protection warning on 3 March.");
        police.locator("#dialog-confirm").click();
        assertThat(police.locator("#agency-requests")).containsText("Answered");
        // The case page itself is not for them.
        police.navigate(backofficeUrl + "/cases/" + application.getId());
        assertThat(police.locator("#case-reference")).hasCount(0);
        assertThat(police.locator("body")).not().containsText("Jo Journey");

        // The officer records the panel: three agencies, the police's answer in hand.
        officer.navigate(review);
        assertThat(officer.locator("#requests")).containsText("Six calls since January");
        officer.locator("#record-panel").click();
        member(officer, 0, "Insp. Alex Moore", "Neighbourhood inspector", "Kent Police");
        member(officer, 1, "Sam Reid", "Tenancy manager", "Clarion Housing");
        assertThat(officer.locator("#agency-count")).containsText("2 agencies represented: at least 3 are needed");
        member(officer, 2, "Jo Patel", "Community safety manager", "Tonbridge and Malling Borough Council");
        assertThat(officer.locator("#agency-count")).hasText("3 agencies represented");
        officer.locator("#panel-victim-consulted input").check();
        assertThat(officer.locator("#panel-victim-consulted input")).isChecked();
        officer.locator("#panel-findings textarea").fill("The agencies did not share what they knew.");
        screenshot(officer, "panel");
        officer.locator("#dialog-confirm").click();
        assertThat(officer.locator("#review-status")).hasText("Review held");
        assertThat(officer.locator("#panel")).containsText(Pattern.compile("Victim consulted on the plan\\s*Yes"));

        // A recommendation to the police and an action, then the outcome.
        officer.locator("#add-recommendation").click();
        choose(officer, "#recommendation-agency", "Police");
        officer.locator("#recommendation-agency-name input").fill("Kent Police");
        officer.locator("#recommendation-text textarea").fill("Patrol the street on Friday nights for two months");
        officer.locator("#dialog-confirm").click();
        assertThat(officer.locator("#recommendations")).containsText("Patrol the street on Friday nights");
        officer.locator("#add-action").click();
        officer.locator("#action-description textarea").fill("Friday night patrols");
        officer.locator("#action-owner input").fill("Kent Police");
        officer.locator("#action-due input").fill(DATE_FIELD.format(LocalDate.now(UK).plusWeeks(8)));
        officer.locator("#action-due input").press("Enter");
        officer.locator("#dialog-confirm").click();
        assertThat(officer.locator("#action-plan")).containsText("Friday night patrols");
        officer.locator("#send-outcome").click();
        assertThat(officer.locator("#outcome-summary")).containsText("1 recommendation: to Kent Police");
        screenshot(officer, "send-outcome");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the outcome").setExact(true))
                .last().click();
        assertThat(officer.locator("#review-status")).hasText("Outcome sent");
        assertThat(officer.locator("#recommendations")).containsText("No response yet");

        // The police respond under their duty to have regard to it.
        police.navigate(backofficeUrl + "/agency");
        police.locator("#agency-recommendations vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Respond")).first().click();
        police.locator("#agency-response").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName("Will act on it").setExact(true)).check();
        police.locator("#agency-response-reasons textarea").fill("Patrols start this Friday");
        police.locator("#dialog-confirm").click();
        assertThat(police.locator("#agency-recommendations")).containsText("Patrols start this Friday");
        screenshot(police, "agency-responded");

        // The final review: the action is done, the resident is told, and the case closes.
        officer.navigate(review);
        assertThat(officer.locator("#recommendations")).containsText("Will act on it");
        officer.locator("#record-final-review").click();
        officer.locator("#final-action-status-0").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName("Complete").setExact(true)).check();
        officer.locator("#final-result textarea").fill("The patrols happened and the street is quiet");
        officer.locator("#final-close").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName("Close the case: no further action is needed").setExact(true)).check();
        screenshot(officer, "final-review");
        officer.locator("#dialog-confirm").click();
        assertThat(officer.locator("#review-status")).hasText("Closed");
        assertThat(officer.locator("#closed-banner")).containsText("The patrols happened");
        assertThat(officer.locator("#reopen-case")).isVisible();
        assertThat(officer.locator("#record-final-review")).hasCount(0);
        screenshot(officer, "closed");
    }

    private Page signIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.navigate(backofficeUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true)).click();
        assertThat(page).not().hasURL(Pattern.compile("/login"));
        return page;
    }

    /** Chooses {@code option} in a Vaadin select: its items are options in an overlay. */
    private static void choose(Page page, String select, String option) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator(select)).containsText(option);
    }

    private static void member(Page page, int row, String name, String role, String agency) {
        page.locator("#member-name-" + row + " input").fill(name);
        page.locator("#member-role-" + row + " input").fill(role);
        page.locator("#member-agency-" + row + " input").fill(agency);
        page.locator("#member-agency-" + row + " input").press("Tab");
    }

    private void screenshot(Page page, String step) {
        String name = "%s-%02d-%s.png".formatted("reviewJourney", ++screenshotNumber, step);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve(name)).setFullPage(true));
    }
}
