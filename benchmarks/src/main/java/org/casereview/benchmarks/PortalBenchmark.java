package org.casereview.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two applications as they run: start-up against a warm database (the benchmark's own server, schema already
 * migrated), and the portal's memory per open application form, with sessions opened by real headless browser pages
 * (Debian's Chromium) the way a resident's browser opens them.
 */
final class PortalBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * A heap (or generation) line of jcmd GC.heap_info: "garbage-first heap total reserved 524288K, committed
     * 389120K, used 18912K …", or the serial collector's "def new generation total 9792K, used 1017K …".
     */
    private static final Pattern HEAP_USED = Pattern.compile(", used (\\d+)K");
    private static final int START_RUNS = 3;

    /** Memory of N form sessions open part-way through, over the baseline of the same process. */
    record SessionMemory(int sessions, long baselineKb, long withSessionsKb) {

        double perSessionKb() {
            return (withSessionsKb - baselineKb) / (double) sessions;
        }
    }

    private PortalBenchmark() {
    }

    /** Each application started {@link #START_RUNS} times after one start that migrates; the floor: a bare JVM. */
    static List<Comparison> startUp(BenchmarkDatabase db, Path portalJar, Path backofficeJar, Path work)
            throws Exception {
        String url = db.serverUrl() + "/casereview_startup?createDatabaseIfNotExist=true";
        db.jdbc().execute("DROP DATABASE IF EXISTS casereview_startup");
        try {
            Measurement floor = Measurement.of("Floor: a JVM starts and stops", "java -version, the least any Java "
                    + "application takes to start", 10_000, 1, START_RUNS, run -> {
                        try {
                            Process java = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true)
                                    .redirectOutput(work.resolve("java-version.log").toFile()).start();
                            java.waitFor();
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            List<Comparison> comparisons = new ArrayList<>();
            for (Path jar : List.of(backofficeJar, portalJar)) {
                String name = jar.getFileName().toString().contains("portal") ? "The portal" : "The back office";
                // The first start migrates the schema and, on a fresh unpacking, makes the class cache that the
                // timed starts use, as the first ./start does.
                deleteRecursively(jar.toAbsolutePath().getParent().resolve("run"));
                startUntilReady(jar, url, work, "startup-migrating");
                List<Double> millis = new ArrayList<>();
                for (int run = 0; run < START_RUNS; run++) {
                    millis.add(startUntilReady(jar, url, work, "startup-" + run));
                }
                comparisons.add(new Comparison(new Measurement(name + " starts", "from the command ./start runs "
                        + "(scripts/run-application) to the first page answered, against the warm database ("
                        + START_RUNS + " starts after one that migrated the schema and made the class cache)",
                        10_000, List.copyOf(millis)), floor));
            }
            return comparisons;
        } finally {
            db.jdbc().execute("DROP DATABASE IF EXISTS casereview_startup");
        }
    }

    /**
     * Opens {@code sessions} application forms in separate browser contexts (separate sessions), each taken to the
     * third page (council area chosen, "who is applying" showing) and left open; heap in use after a full garbage
     * collection, before and after.
     */
    static SessionMemory sessionMemory(BenchmarkDatabase db, Path portalJar, Path work, int sessions)
            throws Exception {
        String url = db.serverUrl() + "/casereview_startup?createDatabaseIfNotExist=true";
        try (Application portal = Application.start(portalJar, url, work, "sessions");
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-background-networking")))) {
            portal.awaitReady();
            List<BrowserContext> open = new ArrayList<>();
            // Warm-up: the classes and caches a first form loads are not a session's cost.
            for (int i = 0; i < 3; i++) {
                open.add(openForm(browser, portal.base()));
            }
            long baseline = portal.heapUsedKbAfterGc();
            for (int i = 0; i < sessions; i++) {
                open.add(openForm(browser, portal.base()));
            }
            long withSessions = portal.heapUsedKbAfterGc();
            open.forEach(BrowserContext::close);
            return new SessionMemory(sessions, baseline, withSessions);
        } finally {
            db.jdbc().execute("DROP DATABASE IF EXISTS casereview_startup");
        }
    }

    /** Milliseconds from the command to the first page answered; stopping it afterwards is not timed. */
    private static double startUntilReady(Path jar, String url, Path work, String name) {
        long started = System.nanoTime();
        try (Application app = Application.start(jar, url, work, name)) {
            app.awaitReady();
            return (System.nanoTime() - started) / 1_000_000.0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static BrowserContext openForm(Browser browser, String base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate(base + "/");
        page.locator("#start").click();
        page.locator("#partnership").getByRole(AriaRole.RADIO).first().check();
        page.locator("#continue").click();
        page.locator("#applicantType").waitFor();
        return context;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One application's JAR running in its own process on a free port, its output in a log file. */
    static final class Application implements AutoCloseable {

        private final Process process;
        private final int port;
        private final Path log;

        private Application(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Application start(Path jar, String databaseUrl, Path work, String name) throws IOException {
            return start(jar, databaseUrl, work, name, List.of());
        }

        /** With {@code settings} ("--name=value") added to its command line. */
        static Application start(Path jar, String databaseUrl, Path work, String name, List<String> settings)
                throws IOException {
            int port = freePort();
            Path directory = Files.createDirectories(work.resolve(name));
            Path log = directory.resolve("application.log");
            // Started as ./start starts it (scripts/run-application, beside the modules): unpacked, and from the cache
            // of classes its first start made; the script ends in exec, so the process is the JVM itself.
            Path launcher = jar.toAbsolutePath().getParent().getParent().getParent()
                    .resolve("scripts/run-application");
            List<String> command = new ArrayList<>(List.of("bash", launcher.toString(),
                    jar.toAbsolutePath().toString(), "-Xmx512m", "--", "--server.port=" + port,
                    "--logging.level.root=WARN"));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("CASEREVIEW_DB_URL", databaseUrl);
            builder.environment().put("CASEREVIEW_DB_USER", "root");
            builder.environment().put("CASEREVIEW_DB_PASSWORD", "");
            return new Application(builder.start(), port, log);
        }

        String base() {
            return "http://localhost:" + port;
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped while starting; see " + log);
                }
                try {
                    HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() < 500) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("The application did not answer within 3 minutes; see " + log);
        }

        /** Heap in use after a full collection, from the JDK's own jcmd. */
        long heapUsedKbAfterGc() throws Exception {
            jcmd("GC.run");
            Thread.sleep(500);
            jcmd("GC.run");
            long usedKb = 0;
            boolean found = false;
            // G1 gives one heap line; the serial collector one per generation. Metaspace is not the heap.
            for (String line : jcmd("GC.heap_info").lines().filter(l -> !l.contains("Metaspace")
                    && !l.contains("class space")).toList()) {
                Matcher used = HEAP_USED.matcher(line);
                if (used.find()) {
                    usedKb += Long.parseLong(used.group(1));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException("jcmd GC.heap_info gave no heap size");
            }
            return usedKb;
        }

        private String jcmd(String command) throws Exception {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            return output;
        }

        @Override
        public void close() throws InterruptedException {
            // A first start writes its class cache as it stops: that takes a while, and is what later starts use.
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
