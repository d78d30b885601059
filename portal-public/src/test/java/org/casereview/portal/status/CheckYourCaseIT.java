package org.casereview.portal.status;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.casereview.portal.Chromium;
import org.casereview.application.Application;
import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.casereview.portal.PortalApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Check your case" in a real browser (Debian's Chromium, driven by Playwright) against the portal on a free port,
 * with a real SMTP server (GreenMail) receiving the security code through the outbox. Every page is checked with
 * axe against WCAG 2.2 AA at a phone's width and a desktop's; screenshots and axe's findings go to
 * {@code target/check-your-case/}.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "casereview.outbox.sender-enabled=true",
                "casereview.outbox.poll-interval=200ms",
                "casereview.outbox.initial-delay=0s",
                "logging.level.com.icegreen.greenmail.user.UserManager=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class CheckYourCaseIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path OUTPUT = Path.of("target", "check-your-case");
    private static final Pattern CODE = Pattern.compile("Your security code is: (\\d{6})");
    private static final String TITLE = " – Check your ASB Case Review";
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    CaseJourney journey;

    private String baseUrl;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> violations = new ArrayList<>();
    /** The applicants' details the pages showed or were typed into them: none may reach the log. */
    private final List<String> personalDetails = new ArrayList<>();
    private String prefix = "";
    private int shot;

    @BeforeAll
    void startBrowser() throws IOException {
        Files.createDirectories(OUTPUT);
        baseUrl = "http://localhost:" + port;
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

    @BeforeEach
    void noViolationsYet() {
        violations.clear();
    }

    @AfterEach
    void nothingPersonalWasLogged(CapturedOutput output) {
        String logs = output.getAll();
        List<String> logged = personalDetails.stream().filter(logs::contains).toList();
        personalDetails.clear();
        org.assertj.core.api.Assertions.assertThat(logged).as("personal details found in the log").isEmpty();
    }

    private Application personal(Application application) {
        java.util.stream.Stream.of(application.getApplicantName(), application.getApplicantEmail(),
                application.getApplicantPhone()).filter(java.util.Objects::nonNull).forEach(personalDetails::add);
        return application;
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (context != null) {
            context.close();
            context = null;
            Files.write(OUTPUT.resolve(prefix + "-axe.txt"), violations);
        }
    }

    private void newBrowser(String name, int width) {
        if (context != null) {
            context.close();
        }
        prefix = name + "-" + width + "px";
        shot = 0;
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @Test
    void the_applicant_asks_for_a_code_reads_it_from_the_e_mail_and_opens_their_case() throws Exception {
        newBrowser("code", 1280);
        Application application = personal(journey.apply(Channel.ONLINE, true));

        page.navigate(baseUrl + "/");
        page.locator("#header-check").click();
        expectPage("Check your ASB Case Review application");
        scan("start");
        page.locator("#reference input").fill(application.getReference());
        page.locator("#contact input").fill(application.getApplicantEmail());
        page.locator("#send-code").click();
        expectPage("Enter your security code");
        scan("enter-code");

        String code = codeEmailedTo(application.getApplicantEmail());
        String sessionBefore = sessionCookie();
        page.locator("#code input").fill(code);
        page.locator("#check-code").click();

        expectPage("Your ASB Case Review application");
        // Proving who they are gives the session a new id: one seen before is worth nothing.
        assertThat(sessionCookie()).isNotEqualTo(sessionBefore);
        assertThat(page.locator("#caption")).hasText("Reference " + application.getReference());
        assertThat(page.locator("#timeline")).containsText("We received your application online.");
        assertThat(page.locator("#messages")).containsText("We have received your ASB Case Review application");
        scan("case");

        // The code is used: the back button and the same code do not open it again.
        page.locator("#sign-out").click();
        expectPage("Check your ASB Case Review application");
        assertThat(page.locator("#notice")).containsText("You have signed out");
        page.navigate(baseUrl + "/check/case");
        expectPage("Check your ASB Case Review application");
        assertNoViolations();
    }

    @Test
    void the_pages_carry_the_portal_s_security_headers() throws Exception {
        for (String path : List.of("/check", "/check/code", "/check/case")) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'", "default-src 'self'");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void a_stranger_with_only_a_reference_gets_the_same_answer_and_no_way_in() {
        newBrowser("stranger", 1280);
        Application application = personal(journey.apply(Channel.ONLINE, true));
        long codesBefore = journey.securityCodesSent();

        page.navigate(baseUrl + "/check");
        page.locator("#reference input").fill(application.getReference());
        page.locator("#contact input").fill("stranger@example.org");
        page.locator("#send-code").click();
        expectPage("Enter your security code");
        String strangerSees = page.locator("main").innerText();
        page.locator("#code input").fill("123456");
        page.locator("#check-code").click();
        assertThat(page.locator("#error-summary")).containsText("The security code is not right.");
        assertThat(page).hasTitle("Error: Enter your security code" + TITLE);
        scan("wrong-code");

        newBrowser("stranger-unknown", 1280);
        page.navigate(baseUrl + "/check");
        page.locator("#reference input").fill("CT-2099-99999");
        page.locator("#contact input").fill(application.getApplicantEmail());
        page.locator("#send-code").click();
        expectPage("Enter your security code");
        assertThat(page.locator("main").innerText()).isEqualTo(strangerSees);
        page.navigate(baseUrl + "/check/case");
        expectPage("Check your ASB Case Review application");
        assertThat(page.locator("#notice")).hasText("Enter your details to see your case.");
        assertThat(journey.securityCodesSent()).as("no code was sent to anyone").isEqualTo(codesBefore);
        assertNoViolations();
    }

    @Test
    void every_page_of_a_case_has_no_accessibility_violations_at_phone_and_desktop_width() {
        for (int width : new int[] {375, 1280}) {
            newBrowser("pages", width);
            Application application = journey.decided(personal(journey.apply(Channel.LETTER, true)),
                    DecisionOutcome.NOT_MET, "The police could confirm only one of the reports");
            String accessCode = journey.accessCode(application);

            page.navigate(baseUrl + "/check");
            page.locator("#send-code").click();
            assertThat(page.locator("#error-summary")).containsText("Enter your reference");
            scan("start-with-errors");
            page.locator("#use-access-code").click();
            expectPage("Enter your access code");
            scan("access-code");
            page.locator("#reference input").fill(application.getReference());
            page.locator("#accessCode input").fill(accessCode);
            page.locator("#open-case").click();

            expectPage("Your ASB Case Review application");
            assertThat(page.locator("#timeline")).containsText("does not meet the threshold");
            scan("case-not-met");

            page.locator("#messages a").first().click();
            assertThat(page.locator("#message-text")).containsText(application.getReference());
            assertThat(page.locator("#download-pdf")).isVisible();
            scan("message");
            page.locator("#back").click();

            page.locator("#change-contact").click();
            expectPage("Change your contact details and preferences");
            scan("contact");
            page.locator("#back").click();

            page.locator("#ask-second-stage").click();
            expectPage("Ask for a second-stage review");
            page.locator("#continue").click();
            assertThat(page.locator("#error-summary")).containsText("Select what you are unhappy with");
            scan("second-stage-errors");
            page.locator("#about").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName("The decision or the outcome").setExact(true)).check();
            page.locator("#reasons textarea").fill("The police have two more reports of the same noise.");
            page.locator("#continue").click();
            expectPage("Check your request before sending it");
            scan("second-stage-check");
            page.locator("#send-request").click();
            expectPage("Request sent");
            scan("second-stage-sent");
            page.locator("#back-to-case").click();
            assertThat(page.locator("#second-stage-waiting")).containsText("You asked for a second-stage review");
            scan("case-second-stage");

            // Open cases (and one waiting for a second-stage review) can be withdrawn; a decided one cannot.
            page.locator("#withdraw").click();
            expectPage("Withdraw your application");
            scan("withdraw");
            page.locator("#continue").click();
            expectPage("Are you sure you want to withdraw your application?");
            scan("withdraw-confirm");
            page.locator("#cancel-withdraw").click();
            expectPage("Your ASB Case Review application");
        }
        assertNoViolations();
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private void expectPage(String heading) {
        assertThat(page.locator("#page-heading")).hasText(heading);
        assertThat(page).hasTitle(heading + TITLE);
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElse("");
    }

    /** The newest security code the SMTP server received for this address, read from the e-mail itself. */
    private String codeEmailedTo(String email) throws MessagingException {
        for (int wait = 0; wait < 60; wait++) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(email))
                        && message.getSubject().contains("security code")) {
                    Matcher code = CODE.matcher(GreenMailUtil.getBody(message));
                    assertThat(code.find()).as("the e-mail carries the code").isTrue();
                    return code.group(1);
                }
            }
            SMTP.waitForIncomingEmail(1000, SMTP.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No security code e-mail arrived for " + email);
    }

    /** Screenshot, then axe on the page as it is now; violations fail the test at its end. */
    private void scan(String name) {
        // Let Vaadin finish drawing (no request in flight) before looking.
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
                + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(OUTPUT.resolve("%s-%02d-%s.png".formatted(prefix, ++shot, name))));
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.isErrored()).as("axe ran on " + name).isFalse();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(prefix + " " + name + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getHelp() + " at " + node.getTarget() + " " + node.getHtml());
            }
        }
        Chromium.reflow(page).ifPresent(problem -> violations.add(prefix + " " + name + ": " + problem));
    }

    private void assertNoViolations() {
        assertThat(violations).as("axe violations of WCAG 2.2 AA").isEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
