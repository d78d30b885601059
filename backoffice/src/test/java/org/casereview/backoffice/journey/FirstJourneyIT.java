package org.casereview.backoffice.journey;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.Assertions;
import org.awaitility.core.ConditionTimeoutException;
import org.casereview.backoffice.BackofficeApplication;
import org.casereview.database.EmbeddedMariaDb;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The first journey in real browsers and real processes: a resident applies in the portal (started from its JAR as
 * a separate process, as in production), gets the acknowledgement e-mail with the reference, and a case officer
 * signs in to the back office (started here) and finds the case. Both applications share one MariaDB.
 *
 * <p>Runs in {@code verify} (failsafe), after the portal's JAR has been built. Screenshots of each step, and the
 * portal's log, go to {@code target/journey/}.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = RANDOM_PORT, properties = {
        // Deliver the outbox promptly; the portal's own sender competes for it too, which SKIP LOCKED allows.
        "casereview.outbox.sender-enabled=true",
        "casereview.outbox.poll-interval=200ms",
        "casereview.outbox.initial-delay=0s",
        // GreenMail logs each recipient's address as it creates a mailbox for it.
        "logging.level.com.icegreen.greenmail.user.UserManager=WARN"})
class FirstJourneyIT extends BrowserJourney {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern REFERENCE = Pattern.compile("CT-\\d{4}-\\d{5}");
    private static final Duration PORTAL_START_TIMEOUT = Duration.ofSeconds(120);
    private static final String STAFF_USERNAME = "journey-officer";
    private static final String STAFF_PASSWORD = randomPassword();

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
    int backofficePort;

    @Autowired
    EmbeddedMariaDb database;

    private Process portal;
    private String portalUrl;
    private String backofficeUrl;

    @BeforeAll
    void startPortalAndStaffAccount() throws IOException {
        backofficeUrl = "http://localhost:" + backofficePort;
        portal = startPortal();
        // While the portal starts: the officer's account.
        staffAccount(STAFF_USERNAME, "Journey Test Officer", STAFF_PASSWORD, StaffRole.CASE_OFFICER);
        awaitPortal();
    }

    @AfterAll
    void stopPortal() throws InterruptedException {
        if (portal != null) {
            stop(portal);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void residentAppliesInThePortalAndOfficerFindsTheCaseInTheBackOffice() throws MessagingException {
        Applicant applicant = Applicant.unique();

        fillInApplication(applicant);
        page.locator("#submit").click();
        Locator referenceBox = page.locator("#reference");
        assertThat(referenceBox).containsText(REFERENCE);
        screenshot("confirmation");
        var found = REFERENCE.matcher(referenceBox.innerText());
        Assertions.assertThat(found.find()).isTrue();
        String reference = found.group();

        // The acknowledgement goes through the outbox to a real SMTP server.
        Assertions.assertThat(SMTP.waitForIncomingEmail(30_000, 1)).as("an e-mail arrives").isTrue();
        List<MimeMessage> toApplicant = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(applicant.email()))) {
                toApplicant.add(message);
            }
        }
        Assertions.assertThat(toApplicant).hasSize(1);
        Assertions.assertThat(toApplicant.getFirst().getSubject()).contains(reference);

        page.navigate(backofficeUrl + "/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        signIn(STAFF_USERNAME, STAFF_PASSWORD);
        // A case officer starts on the work queue; an online application with an e-mail is already acknowledged,
        // so it is found in the case list.
        assertThat(page.locator("#queues")).isVisible();
        page.navigate(backofficeUrl + "/cases");
        assertThat(page.locator("#cases")).isVisible();
        page.locator("#search input").fill(reference);
        Locator row = page.locator("#cases vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(reference));
        assertThat(row).hasCount(1);
        screenshot("backoffice-case-list");
        row.click();

        assertThat(page.locator("#case-reference")).hasText(reference);
        assertThat(page.locator("main")).containsText(applicant.name());
        assertThat(page.locator("#incidents")).containsText(applicant.incidentDescription());
        screenshot("backoffice-case");
    }

    @Test
    void backOfficeCasesNeedSignIn() {
        page.navigate(backofficeUrl + "/cases");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#cases")).hasCount(0);
    }

    /** Kept apart from the journey so that an accessibility failure is seen on its own. */
    @Test
    void portalStartAndCheckAnswersPagesHaveNoSeriousAccessibilityViolations() throws IOException {
        List<String> problems = new ArrayList<>();
        page.navigate(portalUrl + "/");
        assertThat(page.locator("#start")).isVisible();
        problems.addAll(seriousViolations("start page"));

        fillInApplication(Applicant.unique());
        problems.addAll(seriousViolations("check your answers"));

        Assertions.assertThat(problems).as("critical or serious axe violations").isEmpty();
    }

    /** From the start page to "Check your answers", with one incident, taking a screenshot of each step. */
    private void fillInApplication(Applicant applicant) {
        Locator heading = page.locator("#page-heading");
        page.navigate(portalUrl + "/");
        assertThat(heading).hasText("Apply for a Community Trigger (ASB Case Review)");
        screenshot("portal-start");
        page.locator("#start").click();

        assertThat(heading).hasText("Which council area do you live in?");
        page.getByLabel("Tonbridge and Malling (Kent)").check();
        screenshot("council-area");
        page.locator("#continue").click();

        assertThat(heading).hasText("Who is applying?");
        radio("#applicantType", "I am the victim of the anti-social behaviour");
        page.locator("#continue").click();

        assertThat(heading).hasText("Your details");
        page.locator("#name input").fill(personal(applicant.name()));
        page.locator("#email input").fill(personal(applicant.email()));
        page.locator("#postcode input").fill(personal(applicant.postcode()));
        screenshot("your-details");
        page.locator("#continue").click();

        assertThat(heading).hasText("The incidents you reported");
        LocalDate today = LocalDate.now(UK);
        page.locator("#occurredOn input").fill(DATE_FIELD.format(today.minusDays(12)));
        page.locator("#occurredOn input").press("Enter");
        page.locator("#reportedOn input").fill(DATE_FIELD.format(today.minusDays(11)));
        page.locator("#reportedOn input").press("Enter");
        // The open select's items are options; choosing by role picks the visible overlay item.
        page.locator("#reportedTo").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Police").setExact(true)).click();
        assertThat(page.locator("#reportedTo")).containsText("Police");
        page.locator("#agencyReference input").fill("KP-4471-" + applicant.suffix());
        page.locator("#description textarea").fill(personal(applicant.incidentDescription()));
        screenshot("incident");
        page.locator("#add-incident").click();
        assertThat(page.locator("#incident-list")).containsText(applicant.incidentDescription());
        screenshot("incident-added");
        page.locator("#continue").click();

        assertThat(heading).hasText("The problem now");
        radio("#problemPersists", "Yes");
        radio("#onlyOneAgencyConduct", "No");
        page.locator("#continue").click();

        assertThat(heading).hasText("How the behaviour affects you");
        radio("#disabilityOrIllness", "No");
        radio("#feelsTargeted", "Not sure");
        radio("#otherHouseholdsAffected", "Yes");
        screenshot("impact");
        page.locator("#continue").click();

        assertThat(heading).hasText("How should we contact you?");
        page.locator("#continue").click();

        assertThat(heading).hasText("Sharing your information");
        page.locator("#consentToShare").click();
        assertThat(page.locator("#consentToShare input")).isChecked();
        page.locator("#declaration").click();
        assertThat(page.locator("#declaration input")).isChecked();
        page.locator("#continue").click();

        assertThat(heading).hasText("Check your answers before sending your application");
        assertThat(page.locator("main")).containsText(applicant.name());
        screenshot("check-answers");
    }

    /**
     * Runs axe on the current page, writes all its findings to {@code target/journey/axe-<page>.txt}, and returns the
     * critical and serious ones, one line per rule and element.
     */
    private List<String> seriousViolations(String pageName) throws IOException {
        AxeResults results = new AxeBuilder(page).analyze();
        Assertions.assertThat(results.isErrored()).as("axe ran on the " + pageName + ": " + results.getErrorMessage())
                .isFalse();
        Assertions.assertThat(results.getPasses()).as("axe checked the " + pageName).isNotEmpty();
        List<String> all = new ArrayList<>();
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String line = pageName + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
                        + " at " + node.getTarget() + " " + node.getHtml();
                all.add(line);
                if (List.of("critical", "serious").contains(rule.getImpact())) {
                    serious.add(line);
                }
            }
        }
        Files.write(OUTPUT.resolve("axe-" + pageName.replace(' ', '-') + ".txt"), all);
        return serious;
    }

    // The portal process -------------------------------------------------------------------------------------------

    /** The portal as it runs in production: its own JAR in its own JVM, sharing the back office's database. */
    private Process startPortal() throws IOException {
        Path jar = Path.of(System.getProperty("casereview.portal.jar",
                "../portal-public/target/casereview-portal.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No portal JAR at " + jar + ": build it first, for example with "
                    + "./mvnw -pl portal-public -am package -DskipTests");
        }
        int port = freePort();
        portalUrl = "http://localhost:" + port;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only and one GC thread: the portal lives for a minute, and starts faster on two cores without C2.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(portalLog().toFile());
        Map<String, String> env = builder.environment();
        // Only what this test sets: a developer's own CASEREVIEW_* or SPRING_* settings must not leak in.
        env.keySet().removeIf(name -> name.startsWith("CASEREVIEW_") || name.startsWith("SPRING_"));
        env.put("CASEREVIEW_DB_URL", database.jdbcUrl());
        env.put("CASEREVIEW_DB_USER", "root");
        env.put("CASEREVIEW_DB_PASSWORD", "");
        env.put("CASEREVIEW_PORTAL_PORT", String.valueOf(port));
        env.put("CASEREVIEW_SMTP_HOST", "127.0.0.1");
        env.put("CASEREVIEW_SMTP_PORT", String.valueOf(SMTP_PORT));
        Process process = builder.start();
        // If this JVM is stopped before @AfterAll (Ctrl-C), the portal must not live on holding its port.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }));
        return process;
    }

    private void awaitPortal() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(portalUrl + "/")).timeout(Duration.ofSeconds(10)).build();
        try {
            await("the portal to answer on " + portalUrl).atMost(PORTAL_START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!portal.isAlive()) {
                            throw new IllegalStateException("The portal stopped while starting, exit code "
                                    + portal.exitValue() + ". Its log ends:\n" + portalLogTail());
                        }
                        try {
                            return http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The portal did not answer within " + PORTAL_START_TIMEOUT
                    + ". Its log ends:\n" + portalLogTail(), e);
        }
    }

    /** The portal's log too: the application was typed there. */
    @Override
    String otherLogs() {
        try {
            return Files.readString(portalLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path portalLog() {
        return OUTPUT.resolve("portal.log");
    }

    private static String portalLogTail() {
        try {
            List<String> lines = Files.readAllLines(portalLog());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A made-up applicant, different on every run so that searching finds only this run's case. */
    private record Applicant(String suffix) {

        static Applicant unique() {
            return new Applicant(UUID.randomUUID().toString().substring(0, 8));
        }

        String name() {
            return "Jo Journey " + suffix.toUpperCase();
        }

        String email() {
            return "jo.journey." + suffix + "@example.com";
        }

        String postcode() {
            return "ME19 4LZ";
        }

        String incidentDescription() {
            return "Loud music and shouting from the flat upstairs until 3am, ref " + suffix;
        }
    }
}
