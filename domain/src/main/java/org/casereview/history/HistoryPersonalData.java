package org.casereview.history;

import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case's history. Entries are never deleted, and anonymising keeps each one (when, who, what kind of change);
 * it is the one change ever made to them: the words of an entry that may quote what someone typed (a note, a reason,
 * a reporter's name, an agency's answer, an action's description) are replaced by what kind of entry it was. Entries whose words are the
 * system's own (status, deadlines, assignment, messages queued) are kept as they are. A linked case's entry about the
 * link loses the link's reason too.
 */
@Component
@Order(60)
class HistoryPersonalData implements CasePersonalData {

    /** Kinds whose words never hold anything a person typed. */
    static final Set<String> KEPT_KINDS = Set.of("RECEIVED", "STATUS", "DEADLINE", "ASSIGNED", "DECISION_SENT",
            "SUBJECT_ACCESS", CaseHistory.ANONYMISED);

    /** What an entry of each kind says once its own words are removed. */
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("ACKNOWLEDGED", "Acknowledged"),
            Map.entry("DECIDED", "Threshold decision recorded"),
            Map.entry("INCIDENT_ADDED", "Incident added from an agency"),
            Map.entry("LINKED", "Linked to another case"),
            Map.entry("UNLINKED", "Link to another case removed"),
            Map.entry("RISK", "Risk and vulnerability assessed"),
            Map.entry("VERIFIED", "Agency's answer about an incident recorded"),
            Map.entry("EXCLUSION", "Exclusion recorded or removed"),
            Map.entry("INFORMATION_REQUESTED", "Information asked of an agency"),
            Map.entry("INFORMATION_RECEIVED", "An agency's information recorded"),
            Map.entry("PANEL", "Panel recorded"),
            Map.entry("RECOMMENDATION", "Recommendation recorded"),
            Map.entry("RECOMMENDATION_RESPONSE", "An agency's response to a recommendation recorded"),
            Map.entry("ACTION_PLAN", "Action plan changed"),
            Map.entry("DELAY_NOTICE", "Delay notice sent"),
            Map.entry("OUTCOME_SENT", "Outcome sent"),
            Map.entry("FINAL_REVIEW", "Final review recorded"),
            Map.entry("SECOND_STAGE_REQUESTED", "Second-stage review asked for"),
            Map.entry("SECOND_STAGE_DECIDED", "Second-stage review decided"),
            Map.entry("REOPENED", "Case reopened"),
            Map.entry("WITHDRAWN", "Withdrawn"),
            Map.entry("CLOSED", "Closed"),
            Map.entry("RESTRICTED", "Processing restricted"),
            Map.entry("RESTRICTION_LIFTED", "Restriction lifted"));
    private static final String REMOVED = " (details removed when the case was anonymised)";

    private static final CaseTable EVENTS = CaseTable.of("case_event",
            Set.of("description", "field", "old_value", "new_value"),
            Set.of("id", "application_id", "occurred_at", "actor", "kind"));

    private static final CaseRows COLUMNS = CaseRows.columns()
            .label("occurred_at", "When")
            .label("actor", "Who")
            .skip("kind", "field", "old_value", "new_value")
            .label("description", "What happened or changed");

    private final JdbcTemplate jdbc;

    HistoryPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(EVENTS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        return COLUMNS.section("History", jdbc.queryForList(
                "SELECT * FROM case_event WHERE application_id = ? ORDER BY occurred_at, id", applicationId),
                CaseRows.unheaded());
    }

    @Override
    public void anonymise(long applicationId) {
        // A risk level's change ("Risk level: Medium → High") names no one; the assessment's own entry may quote notes.
        String keep = "kind IN (" + String.join(", ", KEPT_KINDS.stream().map(kind -> "'" + kind + "'").toList())
                + ") OR (kind = 'RISK' AND COALESCE(field, '') = 'Risk level') OR description LIKE '%" + REMOVED + "'";
        for (Map.Entry<String, String> replacement : REPLACEMENTS.entrySet()) {
            jdbc.update("UPDATE case_event SET description = ?, field = NULL, old_value = NULL, new_value = NULL "
                            + "WHERE application_id = ? AND kind = ? AND NOT (" + keep + ")",
                    replacement.getValue() + REMOVED, applicationId, replacement.getKey());
        }
        jdbc.update("UPDATE case_event SET description = CONCAT('Change', ?), field = NULL, old_value = NULL, "
                + "new_value = NULL "
                + "WHERE application_id = ? AND NOT (" + keep + ")", REMOVED, applicationId);
        // A linked case's history quotes the reason for the link ("Linked to CT-2019-00012: same address as ...").
        jdbc.update("""
                UPDATE case_event e JOIN application a ON a.id = ?
                SET e.description = CONCAT('Linked to ', a.reference, ' (details removed when that case was anonymised)')
                WHERE e.kind = 'LINKED' AND e.application_id <> a.id
                  AND e.description LIKE CONCAT('Linked to ', a.reference, ':%')""", applicationId);
    }
}
