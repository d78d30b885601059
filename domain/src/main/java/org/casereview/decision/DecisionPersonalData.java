package org.casereview.decision;

import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the agencies confirmed, the exclusions and the threshold decision. Anonymising keeps the outcome, the route,
 * dates, the risk level at the time and the copy of the policy (what statistics and a later audit need); staff's
 * notes, the reason in words and the text the applicant was sent go.
 */
@Component
@Order(20)
class DecisionPersonalData implements CasePersonalData {

    private static final CaseTable DECISION = CaseTable.of("threshold_decision",
            Set.of("reason", "assessment_summary", "resident_text"),
            Set.of("id", "application_id", "outcome", "route", "decided_by", "decided_by_name", "decided_at",
                    "decided_on", "risk_level", "policy_qualifying_complaints", "policy_window_months",
                    "policy_report_within_months", "policy_same_or_similar_required", "policy_community_route",
                    "policy_community_individuals", "policy_dissatisfaction_required", "policy_discretion_allowed",
                    "policy_online_acknowledgement_days", "policy_other_acknowledgement_days",
                    "policy_decision_working_days", "policy_decision_from", "policy_final_review_months"));
    private static final CaseTable VERIFICATIONS = CaseTable.of("incident_verification",
            Set.of("agency_action", "notes"),
            Set.of("id", "incident_id", "application_id", "outcome", "agency_occurred_on", "agency_reported_on",
                    "recorded_by", "recorded_at"));
    private static final CaseTable EXCLUSIONS = CaseTable.of("threshold_exclusion",
            Set.of("notes"),
            Set.of("id", "application_id", "kind", "agency", "timeframe_ends_on", "recorded_by", "recorded_at"));

    private static final CaseRows DECISION_COLUMNS = CaseRows.columns()
            .coded("outcome", "Decision")
            .coded("route", "Route")
            .label("reason", "Reason")
            .skip("decided_by", "decided_on")
            .label("decided_by_name", "Decided by")
            .label("decided_at", "Decided")
            .coded("risk_level", "Risk level at the time")
            .label("assessment_summary", "Assessment")
            .label("resident_text", "What the applicant was told")
            .skip(DECISION.kept().stream().filter(column -> column.startsWith("policy_")).toArray(String[]::new));
    private static final CaseRows VERIFICATION_COLUMNS = CaseRows.columns()
            .skip("incident_id", "position")
            .coded("outcome", "The agency says")
            .label("agency_occurred_on", "Happened, by the agency's record")
            .label("agency_reported_on", "Reported, by the agency's record")
            .label("agency_action", "What the agency did")
            .label("notes", "Notes")
            .label("recorded_by", "Recorded by")
            .label("recorded_at", "Recorded");
    private static final CaseRows EXCLUSION_COLUMNS = CaseRows.columns()
            .coded("kind", "Exclusion")
            .label("agency", "Agency")
            .label("timeframe_ends_on", "Agency's time-frame ends")
            .label("notes", "Notes")
            .label("recorded_by", "Recorded by")
            .label("recorded_at", "Recorded");

    private final JdbcTemplate jdbc;

    DecisionPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(DECISION, VERIFICATIONS, EXCLUSIONS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        List<HeldSection> sections = new ArrayList<>();
        sections.addAll(VERIFICATION_COLUMNS.section("What the agencies confirmed", jdbc.queryForList("""
                SELECT i.position, v.* FROM incident_verification v JOIN incident i ON i.id = v.incident_id
                WHERE v.application_id = ? ORDER BY i.position""", applicationId), CaseRows.numbered("Incident")));
        sections.addAll(EXCLUSION_COLUMNS.section("Exclusions", jdbc.queryForList(
                "SELECT * FROM threshold_exclusion WHERE application_id = ? ORDER BY recorded_at", applicationId),
                CaseRows.unheaded()));
        jdbc.queryForList("SELECT * FROM threshold_decision WHERE application_id = ?", applicationId)
                .forEach(row -> sections.add(HeldSection.of("Threshold decision", DECISION_COLUMNS.fields(row))));
        return sections;
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("""
                UPDATE threshold_decision SET reason = NULL, assessment_summary = ?, resident_text = ?
                WHERE application_id = ?""", Anonymised.TEXT, Anonymised.TEXT, applicationId);
        jdbc.update("UPDATE incident_verification SET agency_action = NULL, notes = NULL WHERE application_id = ?",
                applicationId);
        jdbc.update("UPDATE threshold_exclusion SET notes = NULL WHERE application_id = ?", applicationId);
    }
}
