package org.casereview.benchmarks;

import org.casereview.casework.CaseFilter;
import org.casereview.casework.CaseworkService;
import org.casereview.casework.WorkQueue;
import org.casereview.staff.StaffRole;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The back office on the archive, through the services its screens call, signed in as a county-wide case officer
 * (who sees every partnership: the largest lists): the work queue's first page, a search by reference, by name and by
 * postcode, and a case's page. Each run asks about another case, picked at random from the archive before timing.
 * The floor: one application read by its primary key over plain JDBC, the least a page about a case can cost.
 */
final class BackOfficeBenchmark {

    private static final int SAMPLES = 200;
    private static final int WARM_UPS = 20;
    private static final int RUNS = 100;
    private static final double GOAL_MILLIS = 100;

    private BackOfficeBenchmark() {
    }

    static List<Comparison> measure(BenchmarkDatabase db) {
        JdbcTemplate jdbc = db.jdbc();
        // Chosen before timing, spread over the archive: references, names and postcodes as staff would type them.
        List<Map<String, Object>> cases = jdbc.queryForList("""
                SELECT id, reference, applicant_name, applicant_postcode FROM application
                WHERE applicant_postcode IS NOT NULL ORDER BY RAND(7) LIMIT ?""", SAMPLES);
        db.signIn("benchmark-officer", StaffRole.CASE_OFFICER);
        try {
            CaseworkService casework = db.context().getBean(CaseworkService.class);
            Measurement floor = Measurement.of("Floor: one row by its key", "an application read by its primary "
                    + "key over plain JDBC", GOAL_MILLIS, WARM_UPS, RUNS,
                    run -> jdbc.queryForMap("SELECT * FROM application WHERE id = ?", field(cases, run, "id")));
            List<Comparison> comparisons = new ArrayList<>();
            comparisons.add(new Comparison(Measurement.of("Work queue, first page", "the overdue list's first 50 "
                            + "rows, soonest due first, with the count in each tab (as the page opens)",
                    GOAL_MILLIS, WARM_UPS, RUNS, run -> {
                        casework.queue(WorkQueue.values()[run % 3 == 0 ? 6 : run % 3], PageRequest.of(0, 50));
                        casework.queueSizes();
                    }), floor));
            comparisons.add(new Comparison(Measurement.of("Search by reference", "the case list searched for a "
                    + "full reference, first page of 50", GOAL_MILLIS, WARM_UPS, RUNS,
                    run -> casework.search(CaseFilter.search((String) field(cases, run, "reference")),
                            PageRequest.of(0, 50))), floor));
            comparisons.add(new Comparison(Measurement.of("Search by name", "the case list searched for an "
                    + "applicant's full name, first page of 50", GOAL_MILLIS, WARM_UPS, RUNS,
                    run -> casework.search(CaseFilter.search((String) field(cases, run, "applicant_name")),
                            PageRequest.of(0, 50))), floor));
            comparisons.add(new Comparison(Measurement.of("Search by postcode", "the case list searched for a "
                    + "postcode as typed, in lower case without its space, first page of 50", GOAL_MILLIS, WARM_UPS,
                    RUNS, run -> casework.search(CaseFilter.search(((String) field(cases, run, "applicant_postcode"))
                            .toLowerCase(java.util.Locale.UK).replace(" ", "")), PageRequest.of(0, 50))), floor));
            comparisons.add(new Comparison(Measurement.of("A case's page", "everything the case page shows: the "
                    + "application, incidents, threshold, risk, decisions, links and history", GOAL_MILLIS, WARM_UPS,
                    RUNS, run -> casework.open(((Number) field(cases, run, "id")).longValue())), floor));
            return comparisons;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Object field(List<Map<String, Object>> cases, int run, String column) {
        return cases.get(run % cases.size()).get(column);
    }
}
