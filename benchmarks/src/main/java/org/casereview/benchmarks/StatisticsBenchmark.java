package org.casereview.benchmarks;

import org.casereview.staff.StaffRole;
import org.casereview.statistics.Figures;
import org.casereview.statistics.PublishedFigures;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.ReportingPeriod;
import org.casereview.statistics.StatisticsService;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistics issue's goals on a generated archive of a million applications: the figures for one partnership and
 * one year under 200 ms, a county over ten years under a second. Measured through {@link StatisticsService} as the
 * back office calls it, signed in as a county-wide manager, and the public page's ten years through
 * {@link PublishedFigures}.
 */
final class StatisticsBenchmark {

    static final int WARM_UPS = 10;
    static final int RUNS = 50;

    private StatisticsBenchmark() {
    }

    /** The figures' measures, signed in as a county-wide manager; and the county's ten years, for scale. */
    static Result measure(BenchmarkDatabase db) {
        db.signIn("benchmark-manager", StaffRole.MANAGER);
        try {
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
            return new Result(measurements, statistics.figures(kent.stream().map(ReportingArea::id).toList(),
                    tenYears));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The measures, and the county's figures over ten years, for scale. */
    record Result(List<Measurement> measurements, Figures countyTenYears) {

        String scale() {
            return "For scale, the county over ten years counts "
                    + String.format(Locale.UK, "%,d", countyTenYears.received()) + " applications, "
                    + String.format(Locale.UK, "%,d", countyTenYears.reviewsCarriedOut()) + " case reviews and "
                    + String.format(Locale.UK, "%,d", countyTenYears.recommendationTotals().issued())
                    + " recommendations.";
        }
    }
}
