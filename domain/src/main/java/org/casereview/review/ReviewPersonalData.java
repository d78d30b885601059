package org.casereview.review;

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
 * The case review: information asked of agencies, the panel, recommendations and agencies' responses, the action
 * plan, delay notices, final reviews and second-stage reviews. Anonymising keeps which agencies, the dates, states,
 * responses and decisions, and every row (recommendations and actions are counted); the words about the case go.
 * Panel members and agency contacts are professionals acting in their role, not the people the case is about: kept.
 */
@Component
@Order(25)
class ReviewPersonalData implements CasePersonalData {

    private static final CaseTable REQUESTS = CaseTable.of("information_request", Set.of("request_text", "answer_text"),
            Set.of("id", "application_id", "agency", "agency_name", "contact_email", "requested_on", "due_on",
                    "requested_by", "reminded_on", "answered_on", "answered_by", "answered_via", "version"));
    private static final CaseTable PANELS = CaseTable.of("panel_meeting", Set.of("findings", "peer_review_comments"),
            Set.of("id", "application_id", "held_on", "independent_chair", "peer_review_by", "victim_consulted",
                    "victim_invited", "agencies_not_answering", "recorded_by", "recorded_at"));
    private static final CaseTable PANEL_MEMBERS = CaseTable.of("panel_meeting_member", Set.of(),
            Set.of("panel_meeting_id", "position", "name", "role", "agency"));
    private static final CaseTable RECOMMENDATIONS = CaseTable.of("recommendation",
            Set.of("recommendation_text", "response_reasons"),
            Set.of("id", "application_id", "second_stage_id", "agency", "agency_name", "contact_email", "issued_on",
                    "response", "responded_on", "responded_by", "created_by", "created_at", "version"));
    private static final CaseTable ACTIONS = CaseTable.of("planned_action", Set.of("description", "notes"),
            Set.of("id", "application_id", "owner_agency", "due_on", "status", "completed_on", "created_by",
                    "created_at"));
    private static final CaseTable DELAYS = CaseTable.of("delay_notice", Set.of("reason"),
            Set.of("id", "application_id", "sent_on", "previous_due", "new_due", "sent_by"));
    private static final CaseTable FINAL_REVIEWS = CaseTable.of("final_review", Set.of("result"),
            Set.of("id", "application_id", "reviewed_on", "closed", "next_review_due", "reviewed_by"));
    private static final CaseTable SECOND_STAGES = CaseTable.of("second_stage_review",
            Set.of("reasons", "decision_reasons"),
            Set.of("id", "application_id", "about", "requested_on", "requested_via", "recorded_by", "appealed_from",
                    "decision", "decided_on", "decided_by", "version", "review_activated"));
    private static final CaseTable SECOND_STAGE_MEMBERS = CaseTable.of("second_stage_panel_member", Set.of(),
            Set.of("second_stage_id", "position", "name", "role", "agency"));

    private static final CaseRows REQUEST_COLUMNS = CaseRows.columns()
            .skip("agency", "version").label("agency_name", "Agency").label("contact_email", "Agency's contact")
            .label("request_text", "What was asked").label("requested_on", "Asked").label("due_on", "Due")
            .label("requested_by", "Asked by").label("reminded_on", "Reminded").label("answer_text", "Answer")
            .label("answered_on", "Answered").label("answered_by", "Answered by").coded("answered_via", "Answered by way of");
    private static final CaseRows PANEL_COLUMNS = CaseRows.columns()
            .label("held_on", "Met").label("members", "Panel").label("independent_chair", "Independent chair")
            .label("peer_review_by", "Peer review by").label("peer_review_comments", "Peer review comments")
            .label("victim_consulted", "Victim consulted").label("victim_invited", "Victim invited")
            .label("findings", "Findings").label("agencies_not_answering", "Agencies that gave no information")
            .label("recorded_by", "Recorded by").label("recorded_at", "Recorded");
    private static final CaseRows RECOMMENDATION_COLUMNS = CaseRows.columns()
            .skip("agency", "version", "second_stage_id").label("agency_name", "To")
            .label("contact_email", "Agency's contact").label("recommendation_text", "Recommendation")
            .label("issued_on", "Issued").coded("response", "Agency's response")
            .label("response_reasons", "Reasons").label("responded_on", "Responded")
            .label("responded_by", "Responded by").label("created_by", "Recorded by").label("created_at", "Recorded");
    private static final CaseRows ACTION_COLUMNS = CaseRows.columns()
            .label("description", "Action").label("owner_agency", "By").label("due_on", "Due")
            .coded("status", "Status").label("completed_on", "Completed").label("notes", "Notes")
            .label("created_by", "Recorded by").label("created_at", "Recorded");
    private static final CaseRows DELAY_COLUMNS = CaseRows.columns()
            .label("sent_on", "Sent").label("reason", "Why").label("previous_due", "Was due")
            .label("new_due", "Now due").label("sent_by", "Sent by");
    private static final CaseRows FINAL_REVIEW_COLUMNS = CaseRows.columns()
            .label("reviewed_on", "Reviewed").label("result", "Result").label("closed", "Case closed")
            .label("next_review_due", "Next review due").label("reviewed_by", "Reviewed by");
    private static final CaseRows SECOND_STAGE_COLUMNS = CaseRows.columns()
            .coded("about", "About").label("reasons", "The applicant's reasons").label("requested_on", "Asked for")
            .coded("requested_via", "Asked by way of").label("recorded_by", "Recorded by")
            .coded("appealed_from", "Status appealed from").label("members", "Panel").coded("decision", "Decision")
            .label("decision_reasons", "Reasons").label("decided_on", "Decided").label("decided_by", "Decided by");

    private final JdbcTemplate jdbc;

    ReviewPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(REQUESTS, PANELS, PANEL_MEMBERS, RECOMMENDATIONS, ACTIONS, DELAYS, FINAL_REVIEWS,
                SECOND_STAGES, SECOND_STAGE_MEMBERS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        List<HeldSection> sections = new ArrayList<>();
        sections.addAll(of(REQUEST_COLUMNS, "Information asked of agencies", "*", "information_request",
                "requested_on", applicationId));
        sections.addAll(of(PANEL_COLUMNS, "Review panel", "t.*, " + members("panel_meeting_member", "panel_meeting_id"),
                "panel_meeting", "held_on", applicationId));
        sections.addAll(of(RECOMMENDATION_COLUMNS, "Recommendations", "*", "recommendation", "created_at",
                applicationId));
        sections.addAll(of(ACTION_COLUMNS, "Action plan", "*", "planned_action", "due_on", applicationId));
        sections.addAll(of(DELAY_COLUMNS, "Delay notices", "*", "delay_notice", "sent_on", applicationId));
        sections.addAll(of(FINAL_REVIEW_COLUMNS, "Final reviews", "*", "final_review", "reviewed_on", applicationId));
        sections.addAll(of(SECOND_STAGE_COLUMNS, "Second-stage reviews",
                "t.*, " + members("second_stage_panel_member", "second_stage_id"), "second_stage_review",
                "requested_on", applicationId));
        return sections;
    }

    /** One section: the case's rows of {@code table}, oldest first. */
    private List<HeldSection> of(CaseRows columns, String title, String select, String table, String order,
                                 long applicationId) {
        return columns.section(title, jdbc.queryForList("SELECT " + select + " FROM " + table
                + " t WHERE t.application_id = ? ORDER BY t." + order + ", t.id", applicationId), CaseRows.unheaded());
    }

    /** A panel's members in one column: "Alex Inspector (Neighbourhood inspector, Kent Police); ...". */
    private static String members(String table, String key) {
        return "(SELECT GROUP_CONCAT(CONCAT(m.name, ' (', m.role, ', ', m.agency, ')') ORDER BY m.position SEPARATOR "
                + "'; ') FROM " + table + " m WHERE m." + key + " = t.id) AS members";
    }

    @Override
    public void anonymise(long applicationId) {
        String text = Anonymised.TEXT;
        jdbc.update("""
                UPDATE information_request SET request_text = ?,
                    answer_text = CASE WHEN answer_text IS NULL THEN NULL ELSE ? END
                WHERE application_id = ?""", text, text, applicationId);
        jdbc.update("UPDATE panel_meeting SET findings = ?, peer_review_comments = NULL WHERE application_id = ?",
                text, applicationId);
        jdbc.update("UPDATE recommendation SET recommendation_text = ?, response_reasons = NULL WHERE application_id = ?",
                text, applicationId);
        jdbc.update("UPDATE planned_action SET description = ?, notes = NULL WHERE application_id = ?", text,
                applicationId);
        jdbc.update("UPDATE delay_notice SET reason = ? WHERE application_id = ?", text, applicationId);
        jdbc.update("UPDATE final_review SET result = ? WHERE application_id = ?", text, applicationId);
        jdbc.update("UPDATE second_stage_review SET reasons = ?, decision_reasons = NULL WHERE application_id = ?",
                text, applicationId);
    }
}
