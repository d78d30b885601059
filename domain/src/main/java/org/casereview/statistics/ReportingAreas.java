package org.casereview.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The partnerships as the figures need them, with the years each publishes by. */
@Component
class ReportingAreas {

    private static final String SELECT = "SELECT id, code, name, county, figures_year FROM partnership ";
    private static final RowMapper<ReportingArea> AREA = (row, n) -> new ReportingArea(row.getLong("id"),
            row.getString("code"), row.getString("name"), row.getString("county"),
            YearBasis.valueOf(row.getString("figures_year")));

    private final JdbcTemplate jdbc;

    ReportingAreas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every partnership, by county and name. */
    List<ReportingArea> all() {
        return jdbc.query(SELECT + "ORDER BY county, name", AREA);
    }

    Optional<ReportingArea> byId(long id) {
        return jdbc.query(SELECT + "WHERE id = ?", AREA, id).stream().findFirst();
    }

    Optional<ReportingArea> byCode(String code) {
        return jdbc.query(SELECT + "WHERE code = ?", AREA, code).stream().findFirst();
    }
}
