package org.casereview.statistics;

import org.casereview.DomainConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures each partnership publishes, for anyone: by year, financial or calendar as the partnership publishes,
 * counted exactly as the back office counts them. Only counts leave here; small numbers are shown as they are (they
 * count applications, not people, and the councils publish them so).
 */
@Service
public class PublishedFigures {

    /** How many years back the page goes. */
    public static final int YEARS = 10;

    private final ReportingAreas areas;
    private final FiguresQuery query;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublishedFigures(ReportingAreas areas, FiguresQuery query, JdbcTemplate jdbc, Clock clock) {
        this.areas = areas;
        this.query = query;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every council area, by county and name. */
    @Transactional(readOnly = true)
    public List<ReportingArea> areas() {
        return areas.all();
    }

    @Transactional(readOnly = true)
    public Optional<ReportingArea> area(String code) {
        return areas.byCode(code);
    }

    /**
     * The area's figures for each of its years, newest first: from the year now under way back to the year of its
     * first application, at most {@value #YEARS} years.
     */
    public List<Figures> years(ReportingArea area) {
        LocalDate today = today();
        Date first = jdbc.queryForObject("SELECT MIN(received_on) FROM application WHERE partnership_id = ?",
                Date.class, area.id());
        ReportingPeriod year = area.basis().yearOf(today);
        LocalDate since = first == null ? today : first.toLocalDate();
        List<Figures> years = new ArrayList<>();
        do {
            years.add(query.figures(List.of(area), year, today));
            year = year.previous();
        } while (years.size() < YEARS && !year.to().isBefore(since));
        return years;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
    }
}
