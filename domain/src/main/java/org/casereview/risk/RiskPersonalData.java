package org.casereview.risk;

import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk and vulnerability assessments. Anonymising keeps the scores, levels and yes/no answers (once the case
 * names nobody they describe nobody, and the levels are counted); the officer's notes go.
 */
@Component
@Order(30)
class RiskPersonalData implements CasePersonalData {

    private static final CaseTable ASSESSMENTS = CaseTable.of("risk_assessment", Set.of("notes"),
            Set.of("id", "application_id", "score", "level", "medium_from", "high_from", "assessed_by", "assessed_at"));
    private static final CaseTable ANSWERS = CaseTable.of("risk_answer", Set.of(),
            Set.of("id", "assessment_id", "position", "code", "question", "weight", "answer"));

    private static final CaseRows COLUMNS = CaseRows.columns()
            .label("score", "Score")
            .coded("level", "Level")
            .skip("medium_from", "high_from")
            .label("notes", "Notes")
            .label("assessed_by", "Assessed by")
            .label("assessed_at", "Assessed");

    private final JdbcTemplate jdbc;

    RiskPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(ASSESSMENTS, ANSWERS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        List<HeldSection.HeldRecord> records = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT * FROM risk_assessment WHERE application_id = ? ORDER BY assessed_at, id", applicationId)) {
            List<HeldSection.HeldField> fields = new ArrayList<>(COLUMNS.fields(row));
            jdbc.queryForList("SELECT question, answer FROM risk_answer WHERE assessment_id = ? ORDER BY position",
                    row.get("id")).forEach(answer -> fields.add(new HeldSection.HeldField(
                    answer.get("question").toString(), CaseRows.words(answer.get("answer").toString()))));
            records.add(new HeldSection.HeldRecord("Assessment " + (records.size() + 1), fields));
        }
        return records.isEmpty() ? List.of() : List.of(new HeldSection("Risk and vulnerability", records));
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("UPDATE risk_assessment SET notes = NULL WHERE application_id = ?", applicationId);
    }
}
