package org.casereview.backoffice.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real-browser journeys share: Debian's Chromium driven by Playwright ({@link Chromium}), a fresh browser context per test, staff accounts to sign in with, and a screenshot of
 * each step in {@code target/journey/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class BrowserJourney {

    static final Path OUTPUT = Path.of("target", "journey");

    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    private String screenshotPrefix;
    private int screenshotNumber;
    private final List<String> personalDetails = new ArrayList<>();

    @BeforeAll
    void launchBrowser() throws IOException {
        Files.createDirectories(OUTPUT);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo test) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        screenshotPrefix = test.getTestMethod().orElseThrow().getName();
        screenshotNumber = 0;
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Notes something the journey types about a person (a name, contact details, what happened): never to be logged. */
    String personal(String detail) {
        personalDetails.add(detail);
        return detail;
    }

    /** Logs are read by people who must not see victims' details: the journey's are searched for every one typed. */
    @AfterEach
    void nothingPersonalWasLogged(CapturedOutput output) {
        String logs = output.getAll() + otherLogs();
        List<String> logged = personalDetails.stream().filter(logs::contains).toList();
        personalDetails.clear();
        assertThat(logged).as("personal details found in the logs").isEmpty();
    }

    /** The logs of other processes the journey started, if any. */
    String otherLogs() {
        return "";
    }

    /** A staff account with a random password, created once; returns the password. */
    String staffAccount(String username, String displayName, String password, StaffRole... roles) {
        if (staffAccounts.findByUsername(username).isEmpty()) {
            EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
            set.addAll(List.of(roles));
            staffAccounts.save(new StaffAccount(username, displayName, passwordEncoder.encode(password), set, null,
                    false));
        }
        return password;
    }

    static String randomPassword() {
        return UUID.randomUUID().toString();
    }

    /** Signs in on the back office's sign-in page, which the browser is on. */
    void signIn(String username, String password) {
        // Not getByLabel("Password"): Vaadin's password field's reveal button carries that label too.
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        screenshot("backoffice-login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true)).click();
    }

    /** Chooses the radio button labelled {@code label} in the radio group {@code group}. */
    void radio(String group, String label) {
        page.locator(group).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true))
                .check();
    }

    void screenshot(String step) {
        String name = "%s-%02d-%s.png".formatted(screenshotPrefix, ++screenshotNumber, step);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve(name)).setFullPage(true));
    }
}
