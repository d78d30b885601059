package org.casereview.casework;

import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** Links between cases: the reason in words ("same address") goes on anonymisation; the link itself stays. */
@Component
@Order(40)
class CaseLinkPersonalData implements CasePersonalData {

    private static final CaseTable LINKS = CaseTable.of("case_link", Set.of("reason"),
            Set.of("id", "application_id", "linked_application_id", "linked_by", "linked_at"));

    private static final CaseRows COLUMNS = CaseRows.columns()
            .label("linked_reference", "Linked to")
            .label("reason", "Why")
            .label("linked_by", "Linked by")
            .label("linked_at", "Linked")
            .skip("linked_application_id");

    private final JdbcTemplate jdbc;

    CaseLinkPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(LINKS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        return COLUMNS.section("Linked cases", jdbc.queryForList("""
                SELECT o.reference AS linked_reference, l.reason, l.linked_by, l.linked_at FROM case_link l
                JOIN application o ON o.id = CASE WHEN l.application_id = ? THEN l.linked_application_id
                                                  ELSE l.application_id END
                WHERE ? IN (l.application_id, l.linked_application_id) ORDER BY l.linked_at""",
                applicationId, applicationId), CaseRows.unheaded());
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("UPDATE case_link SET reason = ? WHERE ? IN (application_id, linked_application_id)",
                Anonymised.TEXT, applicationId);
    }
}
