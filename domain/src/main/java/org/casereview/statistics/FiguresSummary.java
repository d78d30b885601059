package org.casereview.statistics;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.review.SecondStageReview;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps {@code figures_day} (the figures counted per partnership and day, decision 0012) in step with the cases.
 *
 * <p>Every change to a case stamps the application's {@code last_changed_at} (decision 0005), and a new one has its
 * {@code received_at}: before figures are read, the cases stamped since the last count are found, the days they count
 * on (received, panel, before and after a panel was moved, second-stage requests, recommendations issued) are counted
 * again from the cases, and nothing else is read. The counting rules are the SQL below and nowhere else. Changes
 * stamped a little before the last count are looked at again ({@link #MARGIN}), so a transaction that committed just
 * after a count began is never missed. Data written around the services (an import, the archive generator) calls
 * {@link #rebuild()}.
 */
@Component
public class FiguresSummary {

    /** Changes stamped this long before the last count are counted again: longer than any transaction takes. */
    static final Duration MARGIN = Duration.ofMinutes(10);

    /** Per column of figures_day, what it counts among the applications received that day. */
    private static final Map<String, String> APPLICATIONS = applicationColumns();

    private static final String APPLICATIONS_FROM = """
            FROM application a
            LEFT JOIN threshold_decision d ON d.application_id = a.id
            LEFT JOIN (SELECT DISTINCT application_id FROM second_stage_review WHERE review_activated) o
                   ON o.application_id = a.id""";

    /** The case reviews whose panel met that day, and those whose panel's recommendations were issued. */
    private static final Map<String, String> REVIEWS = Map.of(
            "reviews", "COUNT(*)",
            "reviews_with_recommendations", """
                    SUM(EXISTS (SELECT 1 FROM recommendation r WHERE r.application_id = p.application_id
                                AND r.second_stage_id IS NULL AND r.issued_on IS NOT NULL))""");

    private static final Map<String, String> APPEALS = appealColumns();
    private static final Map<String, String> RECOMMENDATIONS = recommendationColumns();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    FiguresSummary(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Every column figures_day has, in the order of the statements that fill it. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>(APPLICATIONS.keySet());
        columns.addAll(REVIEWS.keySet());
        columns.addAll(APPEALS.keySet());
        columns.addAll(RECOMMENDATIONS.keySet());
        return columns;
    }

    /** Counts again the days of the cases changed since the last count; cheap when nothing changed. */
    public void refresh() {
        Timestamp through = jdbc.queryForObject("SELECT refreshed_through FROM figures_refresh WHERE id = 1",
                Timestamp.class);
        if (through != null && !changedSince(Timestamp.from(through.toInstant().minus(MARGIN)))) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            Timestamp locked = jdbc.queryForObject(
                    "SELECT refreshed_through FROM figures_refresh WHERE id = 1 FOR UPDATE", Timestamp.class);
            Instant now = clock.instant();
            if (locked == null) {
                countEverything();
            } else {
                countChangedCases(Timestamp.from(locked.toInstant().minus(MARGIN)));
            }
            jdbc.update("UPDATE figures_refresh SET refreshed_through = ? WHERE id = 1", Timestamp.from(now));
        });
    }

    /** Counts every day again from the cases: after data was written around the services, or deleted. */
    public void rebuild() {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT id FROM figures_refresh WHERE id = 1 FOR UPDATE", Integer.class);
            Instant now = clock.instant();
            countEverything();
            jdbc.update("UPDATE figures_refresh SET refreshed_through = ? WHERE id = 1", Timestamp.from(now));
        });
    }

    private boolean changedSince(Timestamp since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM application WHERE last_changed_at >= ?)
                    OR EXISTS (SELECT 1 FROM application WHERE received_at >= ?)""", Boolean.class, since, since));
    }

    private void countEverything() {
        jdbc.update("DELETE FROM figures_day");
        count("");
        jdbc.update("DELETE FROM figures_panel_day");
        jdbc.update("INSERT INTO figures_panel_day (application_id, held_on) SELECT application_id, held_on "
                + "FROM panel_meeting");
    }

    private void countChangedCases(Timestamp since) {
        jdbc.update("DELETE FROM figures_changed");
        jdbc.update("DELETE FROM figures_dirty");
        int changed = jdbc.update("""
                INSERT IGNORE INTO figures_changed (application_id)
                SELECT id FROM application WHERE last_changed_at >= ?
                UNION SELECT id FROM application WHERE received_at >= ?""", since, since);
        if (changed == 0) {
            return;
        }
        jdbc.update("""
                INSERT IGNORE INTO figures_dirty (partnership_id, day)
                SELECT a.partnership_id, a.received_on FROM figures_changed c JOIN application a ON a.id = c.application_id
                UNION SELECT a.partnership_id, p.held_on FROM figures_changed c
                      JOIN application a ON a.id = c.application_id JOIN panel_meeting p ON p.application_id = a.id
                UNION SELECT a.partnership_id, f.held_on FROM figures_changed c
                      JOIN application a ON a.id = c.application_id JOIN figures_panel_day f ON f.application_id = a.id
                UNION SELECT a.partnership_id, s.requested_on FROM figures_changed c
                      JOIN application a ON a.id = c.application_id JOIN second_stage_review s ON s.application_id = a.id
                UNION SELECT a.partnership_id, r.issued_on FROM figures_changed c
                      JOIN application a ON a.id = c.application_id JOIN recommendation r ON r.application_id = a.id
                      WHERE r.issued_on IS NOT NULL""");
        jdbc.update("DELETE f FROM figures_day f JOIN figures_dirty k ON k.partnership_id = f.partnership_id "
                + "AND k.day = f.day");
        count(" JOIN figures_dirty k ON k.partnership_id = a.partnership_id AND k.day = ");
        jdbc.update("DELETE f FROM figures_panel_day f JOIN figures_changed c ON c.application_id = f.application_id");
        jdbc.update("""
                INSERT INTO figures_panel_day (application_id, held_on)
                SELECT p.application_id, p.held_on FROM figures_changed c JOIN panel_meeting p
                       ON p.application_id = c.application_id""");
        jdbc.update("DELETE FROM figures_changed");
        jdbc.update("DELETE FROM figures_dirty");
    }

    /**
     * Fills figures_day from the cases: every day, or (with {@code onlyDirty}, a join ending in "k.day = ") only the
     * days in figures_dirty.
     */
    private void count(String onlyDirty) {
        insert(APPLICATIONS, "a.received_on", APPLICATIONS_FROM + onlyDirty(onlyDirty, "a.received_on"));
        insert(REVIEWS, "p.held_on", "FROM panel_meeting p JOIN application a ON a.id = p.application_id"
                + onlyDirty(onlyDirty, "p.held_on"));
        insert(APPEALS, "s.requested_on", "FROM second_stage_review s JOIN application a ON a.id = s.application_id"
                + onlyDirty(onlyDirty, "s.requested_on"));
        insert(RECOMMENDATIONS, "r.issued_on", "FROM recommendation r JOIN application a ON a.id = r.application_id"
                + onlyDirty(onlyDirty, "r.issued_on") + " WHERE r.issued_on IS NOT NULL");
    }

    private static String onlyDirty(String join, String day) {
        return join.isEmpty() ? "" : "\n" + join + day;
    }

    private void insert(Map<String, String> columns, String day, String from) {
        String names = String.join(", ", columns.keySet());
        // A comparison with NULL on every row of a day sums to NULL: that is none.
        String sums = columns.values().stream().map(sum -> "COALESCE(" + sum.strip() + ", 0)")
                .collect(Collectors.joining(",\n       "));
        String updates = columns.keySet().stream().map(c -> c + " = VALUES(" + c + ")")
                .collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO figures_day (partnership_id, day, " + names + ")\nSELECT a.partnership_id, " + day
                + ",\n       " + sums + "\n" + from + "\nGROUP BY a.partnership_id, " + day
                + "\nON DUPLICATE KEY UPDATE " + updates);
    }

    private static Map<String, String> applicationColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("received", "COUNT(*)");
        for (Channel channel : Channel.values()) {
            columns.put(column("channel", channel), "SUM(a.channel = '" + channel.name() + "')");
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            columns.put(column("status", status), "SUM(a.status = '" + status.name() + "')");
        }
        columns.put("met_individual", "SUM(d.outcome = 'MET' AND (d.route IS NULL OR d.route <> 'COMMUNITY'))");
        columns.put("met_community", "SUM(d.outcome = 'MET' AND d.route = 'COMMUNITY')");
        columns.put("met_discretion", "SUM(d.outcome = 'DISCRETION')");
        // A not-met or excluded decision that a second-stage review overturned to start a case review: met.
        columns.put("met_second_stage", "SUM(d.outcome IN ('NOT_MET', 'EXCLUDED') AND o.application_id IS NOT NULL)");
        columns.put("not_met", "SUM(d.outcome = 'NOT_MET' AND o.application_id IS NULL)");
        columns.put("excluded", "SUM(d.outcome = 'EXCLUDED' AND o.application_id IS NULL)");
        columns.put("closed_undecided", "SUM(d.application_id IS NULL AND a.status IN ('WITHDRAWN', 'CLOSED'))");
        columns.put("ack_on_time", "SUM(a.acknowledged_on <= a.acknowledgement_due)");
        columns.put("ack_late", "SUM(a.acknowledged_on > a.acknowledgement_due)");
        columns.put("decided_on_time", "SUM(a.decided_on <= a.decision_due)");
        columns.put("decided_late", "SUM(a.decided_on > a.decision_due)");
        // The outcome is due when the decision letter was: a delay notice tells the applicant it will be late.
        columns.put("outcome_on_time", "SUM(a.outcome_sent_on <= a.decision_due)");
        columns.put("outcome_late", "SUM(a.outcome_sent_on > a.decision_due)");
        columns.put("outcome_to_send", "SUM(a.outcome_sent_on IS NULL AND a.status IN ('REVIEW_ACTIVATED', "
                + "'REVIEW_HELD'))");
        columns.put("delay_notices", "SUM(a.revised_decision_due IS NOT NULL)");
        return columns;
    }

    private static Map<String, String> appealColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("appeals", "COUNT(*)");
        for (SecondStageReview.About about : SecondStageReview.About.values()) {
            columns.put(column("appeals", about), "SUM(s.about = '" + about.name() + "')");
        }
        for (SecondStageReview.Decision decision : SecondStageReview.Decision.values()) {
            columns.put(column("appeals", decision), "SUM(s.decision = '" + decision.name() + "')");
        }
        columns.put("appeals_awaiting", "SUM(s.decision IS NULL)");
        columns.put("appeals_review_activated", "SUM(s.review_activated)");
        return columns;
    }

    private static Map<String, String> recommendationColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Agency agency : Agency.values()) {
            String to = "r.agency = '" + agency.name() + "'";
            columns.put(column("rec", agency) + "_issued", "SUM(" + to + ")");
            columns.put(column("rec", agency) + "_will_act", "SUM(" + to + " AND r.response = 'WILL_ACT')");
            columns.put(column("rec", agency) + "_will_not_act", "SUM(" + to + " AND r.response = 'WILL_NOT_ACT')");
            columns.put(column("rec", agency) + "_awaiting", "SUM(" + to + " AND r.response IS NULL)");
            columns.put(column("rec", agency) + "_from_appeal", "SUM(" + to + " AND r.second_stage_id IS NOT NULL)");
        }
        return columns;
    }

    /** "channel_partner_agency", "status_review_held", "appeals_not_upheld", "rec_housing_provider". */
    static String column(String prefix, Enum<?> value) {
        return prefix + "_" + value.name().toLowerCase(Locale.ROOT);
    }
}
