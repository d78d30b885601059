package org.casereview.statistics;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.review.SecondStageReview;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the figures: the sums of {@code figures_day} over the partnerships and days asked for (brought up to date
 * first by {@link FiguresSummary}), and what is overdue among the open cases on the day asked for. Each query returns
 * a few dozen rows at most, whatever the number of applications. Unscoped: the services in front of it decide who may
 * see which partnerships.
 */
@Component
class FiguresQuery {

    /** The sums of every column over the period, month by month (for the chart of applications over time). */
    private static final String SUMS = "SELECT EXTRACT(YEAR_MONTH FROM f.day) AS month, "
            + FiguresSummary.columns().stream().map(c -> "SUM(f." + c + ") AS " + c)
                    .collect(java.util.stream.Collectors.joining(", "))
            + " FROM figures_day f WHERE f.partnership_id IN (:partnerships) AND f.day BETWEEN :from AND :to"
            + " GROUP BY month";

    /** Open cases past a due day on the day of the figures: it changes from day to day, so it is never stored. */
    private static final String OVERDUE = """
            SELECT COALESCE(SUM(a.status = 'RECEIVED' AND a.acknowledgement_due < :asOf), 0) AS ack_overdue,
                   COALESCE(SUM(a.status IN ('RECEIVED', 'ACKNOWLEDGED') AND a.decision_due < :asOf), 0)
                       AS decision_overdue,
                   COALESCE(SUM(a.status IN ('REVIEW_ACTIVATED', 'REVIEW_HELD')
                       AND COALESCE(a.revised_decision_due, a.decision_due) < :asOf), 0) AS outcome_overdue
            FROM application a
            WHERE a.status IN ('RECEIVED', 'ACKNOWLEDGED', 'REVIEW_ACTIVATED', 'REVIEW_HELD')
              AND a.partnership_id IN (:partnerships) AND a.received_on BETWEEN :from AND :to""";

    private final NamedParameterJdbcTemplate jdbc;
    private final FiguresSummary summary;
    private final TransactionTemplate readOnly;

    FiguresQuery(NamedParameterJdbcTemplate jdbc, FiguresSummary summary, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Not in a transaction of the caller's: the summary's own transaction must commit before the figures are read. */
    Figures figures(List<ReportingArea> areas, ReportingPeriod period, LocalDate asOf) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("No partnership to count");
        }
        summary.refresh();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("partnerships", areas.stream().map(ReportingArea::id).toList())
                .addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to()))
                .addValue("asOf", Date.valueOf(asOf));
        return Objects.requireNonNull(readOnly.execute(status -> {
            Sums sums = new Sums();
            TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
            jdbc.query(SUMS, parameters, row -> {
                int month = row.getInt("month");
                long received = row.getLong("received");
                if (received > 0) {
                    byMonth.put(YearMonth.of(month / 100, month % 100), received);
                }
                sums.add(row);
            });
            jdbc.query(OVERDUE, parameters, sums::add);
            return new Figures(areas, period, asOf, applications(sums, byMonth), reviews(sums), secondStage(sums),
                    recommendations(sums));
        }));
    }

    private static Figures.Applications applications(Sums sums, TreeMap<YearMonth, Long> byMonth) {
        Map<Channel, Long> byChannel = byValue(sums, "channel", Channel.class);
        Map<ApplicationStatus, Long> byStatus = byValue(sums, "status", ApplicationStatus.class);
        Map<MetBy, Long> metBy = new EnumMap<>(MetBy.class);
        for (MetBy route : MetBy.values()) {
            metBy.put(route, sums.get(FiguresSummary.column("met", route)));
        }
        long received = sums.get("received");
        long met = metBy.values().stream().mapToLong(Long::longValue).sum();
        long excluded = sums.get("excluded");
        long onTime = sums.get("ack_on_time");
        long late = sums.get("ack_late");
        Timeliness acknowledgements = new Timeliness(onTime, late, received - onTime - late,
                sums.get("ack_overdue"));
        long decidedOnTime = sums.get("decided_on_time");
        long decidedLate = sums.get("decided_late");
        Timeliness decisions = new Timeliness(decidedOnTime, decidedLate, received - decidedOnTime - decidedLate,
                sums.get("decision_overdue"));
        Timeliness outcomes = new Timeliness(sums.get("outcome_on_time"), sums.get("outcome_late"),
                sums.get("outcome_to_send"), sums.get("outcome_overdue"));
        return new Figures.Applications(received, byChannel, byStatus, met, metBy,
                sums.get("not_met") + excluded, excluded, sums.get("closed_undecided"),
                byStatus.get(ApplicationStatus.RECEIVED) + byStatus.get(ApplicationStatus.ACKNOWLEDGED),
                byStatus.get(ApplicationStatus.REVIEW_ACTIVATED), byStatus.get(ApplicationStatus.SECOND_STAGE_REVIEW),
                acknowledgements, decisions, outcomes, sums.get("delay_notices"), byMonth);
    }

    private static Figures.Reviews reviews(Sums sums) {
        return new Figures.Reviews(sums.get("reviews"), sums.get("reviews_with_recommendations"));
    }

    private static Figures.SecondStage secondStage(Sums sums) {
        return new Figures.SecondStage(sums.get("appeals"), byValue(sums, "appeals", SecondStageReview.About.class),
                byValue(sums, "appeals", SecondStageReview.Decision.class), sums.get("appeals_awaiting"),
                sums.get("appeals_review_activated"));
    }

    /** The agencies that were issued any, in the agencies' order. */
    private static List<AgencyRecommendations> recommendations(Sums sums) {
        List<AgencyRecommendations> list = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            String to = FiguresSummary.column("rec", agency);
            long issued = sums.get(to + "_issued");
            if (issued > 0) {
                list.add(new AgencyRecommendations(agency, issued, sums.get(to + "_will_act"),
                        sums.get(to + "_will_not_act"), sums.get(to + "_awaiting"), sums.get(to + "_from_appeal")));
            }
        }
        return list;
    }

    private static <E extends Enum<E>> Map<E, Long> byValue(Sums sums, String prefix, Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, sums.get(FiguresSummary.column(prefix, value)));
        }
        return map;
    }

    /** Adds up the columns over the rows. */
    private static final class Sums {

        private final Map<String, Long> totals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        void add(ResultSet row) throws SQLException {
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                String name = row.getMetaData().getColumnLabel(column);
                if (!name.equals("month")) {
                    totals.merge(name, row.getLong(column), Long::sum);
                }
            }
        }

        long get(String column) {
            return totals.getOrDefault(column, 0L);
        }
    }
}
