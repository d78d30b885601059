package org.casereview.backoffice.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the real-browser journeys share: Debian's Chromium driven by Playwright (its own browser download does not
 * work here, and is not wanted), a fresh browser context per test, staff accounts to sign in with, and a screenshot of
 * each step in {@code target/journey/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    @BeforeAll
    void launchBrowser() throws IOException {
        Files.createDirectories(OUTPUT);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        // Vaadin answers after a server round trip; on a busy two-core machine that can take a few seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
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
