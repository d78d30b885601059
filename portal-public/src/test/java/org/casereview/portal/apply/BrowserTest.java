package org.casereview.portal.apply;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.casereview.portal.Chromium;
import org.casereview.DomainConfiguration;
import org.casereview.portal.PortalApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal started once on a free port, and Debian's Chromium driven by Playwright, one fresh browser context per
 * test. Pages are checked by Deque's axe against WCAG 2.2 AA; what was scanned and found goes to
 * {@code target/wizard/}, with a screenshot of where each test stopped. {@code -Dcasereview.browser.screenshots=true}
 * adds one of every page scanned; {@code -Dcasereview.browser.width=375} runs the tests at a phone's width.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the portal promises. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path OUTPUT = Path.of("target", "wizard");
    private static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TITLE_SUFFIX = " – Apply for a Community Trigger (ASB Case Review)";

    @LocalServerPort
    int port;

    String baseUrl;
    Page page;

    private Playwright playwright;
    private Browser browser;
    private @Nullable BrowserContext context;
    private final int width = Integer.getInteger("casereview.browser.width", 1280);
    /** Screenshots of every page scanned, to look at; otherwise only of where each test stopped. */
    private static final boolean SCREENSHOTS = Boolean.getBoolean("casereview.browser.screenshots");
    private final List<String> violations = new ArrayList<>();
    private final List<String> scanned = new ArrayList<>();
    private String testName = "";
    private boolean loadedAfresh;
    private int screenshotNumber;

    @BeforeAll
    void startBrowser() throws IOException {
        Files.createDirectories(OUTPUT);
        try (var old = Files.list(OUTPUT)) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith(getClass().getSimpleName()))
                    .toList()) {
                Files.delete(file);
            }
        }
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
    void openBrowser(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
        screenshotNumber = 0;
        violations.clear();
        scanned.clear();
        newBrowser();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (context != null) {
            // The page as the test left it: where it stopped, if it failed.
            screenshot("last");
            context.close();
            context = null;
        }
        List<String> report = new ArrayList<>(scanned);
        report.addAll(violations);
        Files.write(OUTPUT.resolve(getClass().getSimpleName() + "-" + testName + "-axe.txt"), report);
    }

    /** A browser that shares nothing with the one before: another device, or another day. */
    void newBrowser() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    // Checks ------------------------------------------------------------------------------------------------------

    /** A question page of the form: its heading (also the window's title), "Step n of m", and a back link. */
    void expectStep(String heading, int number, int of) {
        expectPage(heading);
        assertThat(page.locator("#step-caption")).hasText("Step " + number + " of " + of);
        assertThat(page.locator("#back")).isVisible();
    }

    /**
     * Any page of the form: its heading and the window's title that starts with it. Moving from page to page, the
     * heading has the focus so that a screen reader reads it; a page loaded afresh starts at the top, as any does.
     */
    void expectPage(String heading) {
        assertThat(page.locator("#page-heading")).hasText(heading);
        assertThat(page).hasTitle(heading + TITLE_SUFFIX);
        if (!loadedAfresh) {
            assertThat(page.locator("#page-heading")).isFocused();
        }
        loadedAfresh = false;
    }

    /** Opens a page of the portal by its address, as a link in an e-mail would. */
    void open(String path) {
        page.navigate(baseUrl + path);
        loadedAfresh = true;
    }

    void reload() {
        page.reload();
        loadedAfresh = true;
    }

    /** The element with the keyboard focus is this one or inside it (a radio group's button, a field's input). */
    void expectFocusIn(String selector) {
        page.waitForFunction("s => { const e = document.querySelector(s); const a = document.activeElement; "
                + "return e !== null && a !== null && (e === a || e.contains(a)); }", selector);
    }

    /** The error summary lists exactly these, in order, each a link; the title starts "Error:". */
    void expectErrors(String... messages) {
        Locator links = page.locator("#error-summary a");
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).containsText("There is a problem");
        assertThat(links).hasText(messages);
        assertThat(page).hasTitle(Pattern.compile("^Error: .*" + regex(TITLE_SUFFIX) + "$"));
        assertThat(page.locator("#error-summary")).isFocused();
    }

    void expectOnPage(String... texts) {
        for (String text : texts) {
            assertThat(page.locator("main")).containsText(text);
        }
    }

    /** Scans the page as it is now with axe; violations are collected and fail the test at its end. */
    void scan(String pageName) {
        settle();
        if (SCREENSHOTS) {
            screenshot(pageName);
        }
        long started = System.nanoTime();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<Rule> found = results.getViolations();
        // The record says that each page was checked, and against how many rules.
        scanned.add("%s: %d rules passed, %d violated (%d ms)".formatted(pageName, results.getPasses().size(),
                found.size(), (System.nanoTime() - started) / 1_000_000));
        for (Rule rule : found) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(pageName + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
                        + " at " + node.getTarget() + " " + node.getHtml());
            }
        }
        Chromium.reflow(page).ifPresent(problem -> violations.add(pageName + ": " + problem));
    }

    void assertNoAccessibilityViolations() {
        assertThat(violations).as("axe violations of WCAG 2.2 AA").isEmpty();
    }

    void screenshot(String name) {
        String file = "%s-%s-%dpx-%02d-%s.png".formatted(getClass().getSimpleName(), testName, width,
                ++screenshotNumber,
                name.replaceAll("[^A-Za-z0-9]+", "-"));
        page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve(file)).setFullPage(true));
        // Chromium leaves a full-page screenshot's page scrolled oddly: the next click's mouse-down scrolls it, and
        // its mouse-up then lands on another element. Back to the top, as a resident would find the page.
        page.evaluate("window.scrollTo(0, 0)");
    }

    /** Clicks, then waits for the server's answer, so that what the test does next is done on the page it drew. */
    void press(String selector) {
        press(page.locator(selector));
    }

    void press(Locator button) {
        button.click();
        settle();
    }

    /** Waits until Vaadin has no request in flight. */
    void settle() {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
                + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    // Answering ---------------------------------------------------------------------------------------------------

    /** Types into the text field, text area or e-mail field with this id, replacing what was there. */
    void fill(String id, String text) {
        page.locator("#" + id).locator("input, textarea").first().fill(text);
    }

    void date(String id, LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(DATE_FIELD.format(date));
        input.press("Enter");
        // On a phone's screen the calendar covers the page and Enter leaves it open; Escape closes it, date kept.
        if (page.locator("#" + id + "[opened]").count() > 0) {
            page.keyboard().press("Escape");
        }
        assertThat(page.locator("#" + id + "[opened]")).hasCount(0);
        assertThat(input).hasValue(DATE_FIELD.format(date));
    }

    /** Chooses the radio button labelled {@code label} in the radio group {@code group}. */
    void radio(String group, String label) {
        page.locator(group).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true))
                .check();
    }

    void tick(String id) {
        page.locator("#" + id + " input").check();
    }

    /** Picks {@code option} from the drop-down {@code select}. */
    void choose(String select, String option) {
        // The field itself, not the middle of the whole component: with a hint above it, that is the hint.
        page.locator(select + " vaadin-select-value-button").click();
        // The open drop-down's items are options; choosing by role picks the visible overlay's item.
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator(select)).containsText(option);
    }

    /** A literal for a regular expression that Playwright runs in the browser (JavaScript knows no \\Q…\\E). */
    static String regex(String literal) {
        return literal.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    // Test data ---------------------------------------------------------------------------------------------------

    static LocalDate daysAgo(int days) {
        return LocalDate.now(DomainConfiguration.UK).minusDays(days);
    }

    /** A name no other test uses, so that the database can be asked about this test's application alone. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
