package org.casereview.statistics;

import org.casereview.archive.ArchiveCase;
import org.casereview.archive.ArchiveWriter;
import org.casereview.partnership.PartnershipRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes exact cases for the counting tests and removes them again, so each test counts only its own. */
@Component
public class ArchiveFixtures {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PartnershipRepository partnerships;
    private final FiguresSummary summary;
    private final List<Long> written = new ArrayList<>();

    ArchiveFixtures(DataSource dataSource, JdbcTemplate jdbc, PartnershipRepository partnerships,
                    FiguresSummary summary) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.summary = summary;
    }

    public long partnership(String code) {
        return Objects.requireNonNull(partnerships.findByCode(code).orElseThrow().getId());
    }

    public void write(ArchiveCase... cases) {
        write(List.of(cases));
    }

    public void write(List<ArchiveCase> cases) {
        try (Connection connection = dataSource.getConnection();
             ArchiveWriter writer = new ArchiveWriter(connection, false)) {
            for (ArchiveCase c : cases) {
                written.add(writer.write(c));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the applications written since the last call (their rows go with them). */
    public void removeAll() {
        for (int from = 0; from < written.size(); from += 500) {
            List<Long> some = written.subList(from, Math.min(written.size(), from + 500));
            jdbc.update("DELETE FROM application WHERE id IN (" + String.join(",",
                    some.stream().map(String::valueOf).toList()) + ")");
        }
        written.clear();
        // Deleted around the services: the figures are counted again.
        summary.rebuild();
    }
}
