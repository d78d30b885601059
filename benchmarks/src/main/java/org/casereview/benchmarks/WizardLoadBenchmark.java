package org.casereview.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public application form under load: many applicants at once, each walking the whole form with think time,
 * against the real portal (its JAR, in a process of its own).
 *
 * <p>How the load is made: one walk through the form is made in a real (headless) browser, and every request its
 * Vaadin client sends is recorded: the page, Vaadin's init request, then each UIDL request (the clicks, the values
 * typed, the navigation). Each simulated applicant then sends the same requests over HTTP as that browser did, in a
 * session of its own (its own cookie and its own CSRF token, its message counters kept in step with the server's
 * answers), waiting a think time before each. The server cannot tell them from the browser: it builds each one's
 * form, validates its answers and stores its application. Static files (scripts, styles) are not fetched again: a
 * browser has them cached after the first page. The walk's end is checked: every applicant's application must be in
 * the database, and no answer may be an error or ask the client to resynchronise.
 *
 * <p>Server time is Tomcat's own (the access log's %D, microseconds from the request read to the response written).
 * The floor: a UIDL request carrying nothing (no event, no value), in the same sessions during the same run, which
 * costs Vaadin's request handling, the session lock and an empty answer.
 */
final class WizardLoadBenchmark {

    static final double GOAL_P95_MILLIS = 50;
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern TOKEN_IN_BODY = Pattern.compile("\"csrfToken\":\"[^\"]*\"");
    private static final Pattern COUNTERS = Pattern.compile("\"syncId\":-?\\d+,\"clientId\":\\d+");
    /** An access log line: method, path and query, status, microseconds, bytes sent ("-" for none). */
    private static final Pattern LOG_LINE = Pattern.compile("^(\\S+) (\\S+) (\\d+) (\\d+) (\\S+)$");
    private static final DateTimeFormatter DATE_FIELD = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The requests one browser sent walking the form: the init request's address and each UIDL request. */
    record Recording(String initPath, List<Step> steps) {
    }

    /** One UIDL request of the walk: the page it was sent from, and its body. */
    record Step(String page, String body) {

        /** What the request carried: a click, a navigation, or values typed or chosen. */
        String action() {
            if (body.contains("\"ui-navigate\"")) {
                return "navigation";
            }
            if (body.contains("\"event\":\"click\"")) {
                return body.contains("mSync") ? "values and a click" : "click";
            }
            return body.contains("mSync") ? "values" : "events";
        }
    }

    /** Server times of one request of the walk, over every applicant. */
    record StepTimes(String number, String page, String action, Measurement times) {
    }

    /**
     * @param step     server time of each of the form's requests (init and UIDL), in the measured run
     * @param floor    server time of each request that does nothing, in the same run
     * @param client   the same requests' round trips as the simulated browsers saw them (the client's own time on
     *                 this machine included)
     */
    record Result(int applicants, int completed, int warmUpWalks, int requestsPerWalk, double thinkMinSeconds,
                  double thinkMaxSeconds, double seconds, Measurement step, Measurement floor, Measurement client,
                  long storedApplications, List<StepTimes> slowest, PortalBenchmark.SessionMemory memory,
                  int partWaySteps, String partWayPage) {

        Comparison comparison() {
            return new Comparison(step, floor);
        }
    }

    private static final double THINK_MIN = 1.0;
    private static final double THINK_MAX = 3.0;
    private static final int WARM_UP_WALKS = 8;

    private final String base;
    private final Recording recording;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private WizardLoadBenchmark(String base, Recording recording) {
        this.base = base;
        this.recording = recording;
    }

    static Result measure(BenchmarkDatabase db, Path portalJar, Path work, int applicants) throws Exception {
        String url = db.serverUrl() + "/casereview_wizard?createDatabaseIfNotExist=true";
        db.jdbc().execute("DROP DATABASE IF EXISTS casereview_wizard");
        Path logs = work.resolve("wizard-access");
        if (Files.exists(logs)) {
            try (var files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(logs);
        Path accessLog = logs.resolve("access.log");
        try (PortalBenchmark.Application portal = PortalBenchmark.Application.start(portalJar, url, work, "wizard",
                List.of("--server.tomcat.accesslog.enabled=true",
                        "--server.tomcat.accesslog.directory=" + logs.toAbsolutePath(),
                        "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                        "--server.tomcat.accesslog.rotate=false",
                        "--server.tomcat.accesslog.buffered=false",
                        "--server.tomcat.accesslog.pattern=%m %U%q %s %D %b",
                        // One address sends every applicant's form here; the portal's limit is per address.
                        "--casereview.portal.rate-limit.submit=1000000/1h",
                        "--casereview.portal.rate-limit.save-draft=1000000/1h",
                        "--casereview.outbox.sender-enabled=false"))) {
            portal.awaitReady();
            Recording recording = record(portal.base());
            WizardLoadBenchmark load = new WizardLoadBenchmark(portal.base(), recording);
            // Warm-up: the JIT and the pools, a few walks without think time; not measured.
            load.run("warmup", WARM_UP_WALKS, 0, 0, Collections.synchronizedList(new ArrayList<>()));
            // Memory: sessions left part-way through the form (half its requests: the incidents being added), on
            // top of the baseline of the same process; they stay open through the load that follows, as abandoned
            // forms do until their session times out.
            int partWay = recording.steps().size() / 2;
            long baselineKb = portal.heapUsedKbAfterGc();
            try (ExecutorService opening = Executors.newFixedThreadPool(4)) {
                List<Future<?>> opened = new ArrayList<>();
                for (int i = 0; i < applicants; i++) {
                    Random random = new Random(-i);
                    opened.add(opening.submit(() -> {
                        load.new Walk("memory", random, 0, 0, Collections.synchronizedList(new ArrayList<>()))
                                .walk(partWay);
                        return null;
                    }));
                }
                for (Future<?> walk : opened) {
                    walk.get();
                }
            }
            long withSessionsKb = portal.heapUsedKbAfterGc();
            PortalBenchmark.SessionMemory memory = new PortalBenchmark.SessionMemory(applicants, baselineKb,
                    withSessionsKb);
            String partWayPage = recording.steps().get(partWay - 1).page();
            long started = System.nanoTime();
            List<Double> clientMillis = Collections.synchronizedList(new ArrayList<>());
            int completed = load.run("load", applicants, THINK_MIN, THINK_MAX, clientMillis);
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(500);
            List<Double> step = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            Map<String, List<Double>> byStep = new java.util.LinkedHashMap<>();
            for (String line : Files.readAllLines(accessLog)) {
                Matcher m = LOG_LINE.matcher(line.strip());
                if (!m.matches()) {
                    continue;
                }
                String path = m.group(2);
                double millis = Long.parseLong(m.group(4)) / 1000.0;
                if (path.contains("benchmark=load-floor")) {
                    floor.add(millis);
                } else if (path.contains("benchmark=load-step")) {
                    step.add(millis);
                    byStep.computeIfAbsent(path.substring(path.indexOf("&step=") + 6), k -> new ArrayList<>())
                            .add(millis);
                }
            }
            List<StepTimes> slowest = new ArrayList<>();
            byStep.forEach((number, millis) -> {
                boolean init = number.equals("init");
                Step of = init ? null : recording.steps().get(Integer.parseInt(number));
                slowest.add(new StepTimes(init ? "init" : String.valueOf(Integer.parseInt(number) + 1),
                        init ? "Start page" : of.page(), init ? "Vaadin's init: the page's UI built" : of.action(),
                        new Measurement(number, "", GOAL_P95_MILLIS, List.copyOf(millis))));
            });
            slowest.sort(java.util.Comparator.comparingDouble((StepTimes t) -> t.times().median()).reversed());
            long stored = db.jdbc().queryForObject("SELECT COUNT(*) FROM casereview_wizard.application", Long.class);
            String who = applicants + " applicants at once";
            return new Result(applicants, completed, WARM_UP_WALKS, recording.steps().size() + 1, THINK_MIN,
                    THINK_MAX, seconds,
                    new Measurement("The form's round trips, server time", who + ", each walking the whole form "
                            + "(" + (recording.steps().size() + 1) + " requests: init and each UIDL) with "
                            + "think time; Tomcat's time per request", GOAL_P95_MILLIS, List.copyOf(step)),
                    new Measurement("Floor: a UIDL request carrying nothing", "in the same sessions, during the "
                            + "same run", GOAL_P95_MILLIS, List.copyOf(floor)),
                    new Measurement("The form's round trips, as the client saw them", who + "; the time from "
                            + "sending to the whole answer read, on the same machine", GOAL_P95_MILLIS,
                            List.copyOf(clientMillis)),
                    stored, List.copyOf(slowest.subList(0, Math.min(10, slowest.size()))), memory, partWay,
                    partWayPage);
        } finally {
            db.jdbc().execute("DROP DATABASE IF EXISTS casereview_wizard");
        }
    }

    /** {@code walks} applicants at once (their starts spread over the first think times); how many reached the end. */
    private int run(String phase, int walks, double thinkMin, double thinkMax, List<Double> clientMillis)
            throws Exception {
        AtomicInteger completed = new AtomicInteger();
        try (ExecutorService applicants = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < walks; i++) {
                Random random = new Random(i);
                long startDelay = (long) (random.nextDouble() * thinkMax * 1000 * 5);
                running.add(applicants.submit(() -> {
                    Thread.sleep(startDelay);
                    new Walk(phase, random, thinkMin, thinkMax, clientMillis).walk();
                    completed.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> walk : running) {
                walk.get();
            }
        }
        return completed.get();
    }

    /** One simulated applicant: a session of its own, walking the recorded form. */
    private final class Walk {

        private final String phase;
        private final Random random;
        private final double thinkMin;
        private final double thinkMax;
        private final List<Double> clientMillis;
        private String cookie = "";
        private String csrf = "";
        private int syncId;
        private int clientId;

        Walk(String phase, Random random, double thinkMin, double thinkMax, List<Double> clientMillis) {
            this.phase = phase;
            this.random = random;
            this.thinkMin = thinkMin;
            this.thinkMax = thinkMax;
            this.clientMillis = clientMillis;
        }

        void walk() throws Exception {
            walk(recording.steps().size());
        }

        /** The page, the init request and the first {@code steps} UIDL requests of the walk. */
        void walk(int steps) throws Exception {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")).GET(), "page", false);
            page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            if (cookie.isEmpty()) {
                throw new IllegalStateException("The portal gave no session cookie");
            }
            HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + recording.initPath()
                    + "&benchmark=" + phase + "-step&step=init")).GET(), "init", true);
            Matcher token = CSRF.matcher(init.body());
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token in the init answer");
            }
            csrf = token.group(1);
            syncFrom(init.body());
            for (int i = 0; i < steps; i++) {
                String body = recording.steps().get(i).body();
                double think = thinkMin + random.nextDouble() * (thinkMax - thinkMin);
                if (thinkMax > 0 && random.nextBoolean()) {
                    // The floor, in the same session: half way through every other think time.
                    pause(think / 2);
                    uidl("[]", "floor");
                    pause(think / 2);
                } else {
                    pause(think);
                }
                uidl(body, "step&step=" + i);
            }
        }

        private void uidl(String recorded, String kind) throws Exception {
            String body = recorded.equals("[]")
                    ? "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId
                    + "}"
                    : COUNTERS.matcher(TOKEN_IN_BODY.matcher(recorded).replaceFirst(
                    Matcher.quoteReplacement("\"csrfToken\":\"" + csrf + "\""))).replaceFirst(
                    "\"syncId\":" + syncId + ",\"clientId\":" + clientId);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"
                            + "&benchmark=" + phase + "-" + kind))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), kind, kind.startsWith("step"));
            String text = answer.body();
            if (!text.startsWith("for(;;);") || text.contains("\"appError\"") || text.contains("\"resynchronize\"")
                    || text.contains("sessionExpired") || text.contains("\"redirect\"")) {
                throw new IllegalStateException("The portal answered a " + kind + " request with: "
                        + text.substring(0, Math.min(300, text.length())));
            }
            clientId++;
            syncFrom(text);
        }

        private void syncFrom(String answer) {
            Matcher sync = SYNC_ID.matcher(answer);
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String what, boolean timed)
                throws IOException, InterruptedException {
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (timed && phase.equals("load")) {
                clientMillis.add((System.nanoTime() - started) / 1_000_000.0);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The portal answered " + what + " with " + response.statusCode());
            }
            return response;
        }

        private static void pause(double seconds) throws InterruptedException {
            Thread.sleep((long) (seconds * 1000));
        }
    }

    /**
     * One walk through the whole form in headless Chromium, as a resident would: council area, who is applying (the
     * victim), their details, four incidents, the problem now, its impact, contact preferences, consent, the check
     * page and Send; every request Vaadin's client sent is kept.
     */
    static Recording record(String base) {
        List<Step> steps = Collections.synchronizedList(new ArrayList<>());
        String[] init = new String[1];
        String[] at = {"Start page"};
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-background-networking")))) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            page.onRequest(request -> {
                String address = request.url();
                if (address.contains("v-r=init")) {
                    init[0] = address.substring(address.indexOf('/', "http://".length()));
                } else if (address.contains("v-r=uidl")) {
                    steps.add(new Step(at[0], request.postData()));
                }
            });
            page.navigate(base + "/");
            settle(page);
            press(page, "#start");
            at[0] = "Council area";
            page.locator("#partnership").getByRole(AriaRole.RADIO).first().check();
            press(page, "#continue");
            at[0] = "Who is applying";
            radio(page, "#applicantType", "I am the victim of the anti-social behaviour");
            press(page, "#continue");
            at[0] = "Your details";
            fill(page, "name", "Benchmark Applicant");
            fill(page, "email", "applicant@example.org");
            fill(page, "postcode", "ME19 4LZ");
            fill(page, "phone", "01632 960 001");
            press(page, "#continue");
            LocalDate today = LocalDate.now(org.casereview.DomainConfiguration.UK);
            at[0] = "Incidents";
            for (int k = 0; k < 4; k++) {
                date(page, "occurredOn", today.minusDays(100 - 20L * k));
                date(page, "reportedOn", today.minusDays(99 - 20L * k));
                page.locator("#reportedTo vaadin-select-value-button").click();
                page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Police")).first()
                        .click();
                settle(page);
                fill(page, "description", "Music through the wall until 3am, night " + k);
                if (k > 0) {
                    radio(page, "#sameAsOthers", "Yes");
                }
                press(page, "#add-incident");
                page.getByText("You have added " + (k + 1) + " incident").waitFor();
            }
            press(page, "#continue");
            at[0] = "The problem now";
            radio(page, "#problemPersists", "Yes");
            radio(page, "#onlyOneAgencyConduct", "No");
            press(page, "#continue");
            at[0] = "Impact";
            page.locator("#impactAreas").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                    .setName("Sleep")).check();
            radio(page, "#disabilityOrIllness", "No");
            radio(page, "#feelsTargeted", "No");
            radio(page, "#otherHouseholdsAffected", "Not sure");
            press(page, "#continue");
            at[0] = "Contact";
            radio(page, "#voicemailSafe", "No");
            press(page, "#continue");
            at[0] = "Consent";
            page.locator("#consentToShare input").check();
            page.locator("#declaration input").check();
            settle(page);
            press(page, "#continue");
            at[0] = "Check your answers";
            press(page, "#submit");
            page.locator("#reference").waitFor();
            settle(page);
        }
        if (init[0] == null || steps.isEmpty()) {
            throw new IllegalStateException("The browser's walk through the form sent no Vaadin requests");
        }
        return new Recording(init[0], List.copyOf(steps));
    }

    private static void press(Page page, String selector) {
        page.locator(selector).click();
        settle(page);
    }

    private static void fill(Page page, String id, String text) {
        page.locator("#" + id).locator("input, textarea").first().fill(text);
        settle(page);
    }

    private static void radio(Page page, String group, String label) {
        page.locator(group).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true))
                .check();
        settle(page);
    }

    private static void date(Page page, String id, LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(DATE_FIELD.format(date));
        input.press("Enter");
        if (page.locator("#" + id + "[opened]").count() > 0) {
            page.keyboard().press("Escape");
        }
        settle(page);
    }

    /** Waits until Vaadin's client has no request in flight. */
    private static void settle(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
                + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
