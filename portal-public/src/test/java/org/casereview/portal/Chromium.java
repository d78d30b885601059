package org.casereview.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The browser the real-browser tests drive: Debian's Chromium, headless. */
public final class Chromium {

    private Chromium() {
    }

    /** Playwright's own browser download does not work here (and is not wanted): Debian's Chromium instead. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        // Vaadin answers after a server round trip; on a busy two-core machine that can take a few seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return browser;
    }

    /** WCAG 1.4.10: nothing makes the page scroll sideways (axe does not check this). */
    public static java.util.Optional<String> reflow(com.microsoft.playwright.Page page) {
        int wider = ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        return wider <= 0 ? java.util.Optional.empty() : java.util.Optional.of("reflow: the page is " + wider
                + " px wider than the window, so it scrolls sideways (WCAG 1.4.10)");
    }
}
