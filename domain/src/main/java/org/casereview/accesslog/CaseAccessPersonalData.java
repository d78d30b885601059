package org.casereview.accesslog;

import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Who opened the case: part of a subject access export (who has seen the person's data). Kept on anonymisation: it
 * names staff only, and once the case names nobody it says nothing about anyone else.
 */
@Component
@Order(70)
class CaseAccessPersonalData implements CasePersonalData {

    private static final CaseTable OPENINGS = CaseTable.of("case_access", Set.of(),
            Set.of("id", "application_id", "staff_account_id", "screen", "opened_at"));

    private static final CaseRows COLUMNS = CaseRows.columns()
            .label("opened_at", "When")
            .label("display_name", "Who")
            .coded("screen", "Screen");

    private final JdbcTemplate jdbc;

    CaseAccessPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(OPENINGS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        return COLUMNS.section("Who has looked at this case", jdbc.queryForList("""
                SELECT o.opened_at, s.display_name, o.screen FROM case_access o
                JOIN staff_account s ON s.id = o.staff_account_id
                WHERE o.application_id = ? ORDER BY o.opened_at, o.id""", applicationId), CaseRows.unheaded());
    }

    @Override
    public void anonymise(long applicationId) {
        // Nothing to remove: see the class comment.
    }
}
