package org.casereview.application;

import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application itself, its group members and its incidents. Anonymising keeps the channel, dates, states, choices
 * from lists and every row (so incidents and members are still counted); names, addresses, contact details and
 * everything typed in words go. Different reporters of incidents become "Person 1", "Person 2", so the community
 * route's count of separate people still adds up.
 */
@Component
@Order(10)
class ApplicationPersonalData implements CasePersonalData {

    private static final CaseTable APPLICATION = CaseTable.of("application",
            Set.of("applicant_name", "applicant_address", "applicant_postcode", "applicant_phone", "applicant_email",
                    "applicant_date_of_birth", "applicant_role", "victim_name", "victim_address", "victim_postcode",
                    "victim_phone", "victim_email", "victim_date_of_birth", "relationship_other", "consent_details",
                    "group_name", "conduct_agency", "impact_description", "vulnerability_details", "targeted_details",
                    "safe_contact_times", "accessible_formats_other", "preferred_language", "submission_key",
                    "restricted_at", "restricted_by", "restriction_reason", "close_reason", "forwarded_by_name",
                    // The search keys are made by the database from the columns above: cleared with them.
                    "search_postcode", "search_phone", "search_surname"),
            Set.of("id", "reference", "partnership_id", "channel", "status", "received_at", "received_on",
                    "acknowledged_on", "acknowledgement_due", "decision_due", "applicant_type", "preferred_contact",
                    "consent_to_share", "consent_given_at", "version", "relationship", "victim_consented",
                    "consent_method", "problem_persists", "only_one_agency_conduct", "impact_areas",
                    "disability_or_illness", "feels_targeted", "other_households_affected", "contact_channels",
                    "letters_safe", "voicemail_safe", "accessible_formats", "interpreter_needed", "declaration_made",
                    "declaration_made_at", "assigned_officer_id", "acknowledgement_method", "decided_on", "risk_level",
                    "last_changed_at", "last_changed_by", "closed_on", "anonymised_at", "outcome_sent_on",
                    "final_review_due", "revised_decision_due", "status_before", "forwarded_by", "recorded_by",
                    "recorded_at", "next_due"));

    private static final CaseTable GROUP_MEMBERS = CaseTable.of("application_group_member",
            Set.of("name", "contact"), Set.of("id", "application_id", "position", "consented"));

    private static final CaseTable INCIDENTS = CaseTable.of("incident",
            Set.of("reported_to_other", "agency_reference", "description", "reported_to_person", "location",
                    "action_taken", "reported_by", "reporter_name"),
            Set.of("id", "application_id", "position", "occurred_on", "reported_on", "reported_to", "how_reported",
                    "behaviour", "same_as_others", "reporter_satisfied", "timeframe_given", "timeframe_ends_on",
                    "source", "added_by", "added_at"));

    private static final CaseRows APPLICATION_COLUMNS = CaseRows.columns()
            .label("council_area", "Council area")
            .label("reference", "Reference")
            .coded("channel", "How it was made")
            .coded("forwarded_by", "Forwarded by")
            .label("forwarded_by_name", "Forwarded by (person or team)")
            .label("recorded_by", "Recorded by")
            .label("recorded_at", "Recorded")
            .coded("status", "Status")
            .label("received_at", "Received")
            .skip("received_on", "partnership_id", "assigned_officer_id", "submission_key", "search_postcode",
                    "search_phone", "search_surname", "next_due")
            .label("acknowledged_on", "Acknowledged")
            .label("acknowledgement_due", "Acknowledgement due")
            .label("decision_due", "Decision due")
            .coded("applicant_type", "Applying as")
            .label("applicant_name", "Applicant's name")
            .label("applicant_address", "Applicant's address")
            .label("applicant_postcode", "Applicant's postcode")
            .label("applicant_phone", "Applicant's phone")
            .label("applicant_email", "Applicant's e-mail")
            .label("applicant_date_of_birth", "Applicant's date of birth")
            .label("applicant_role", "Applicant's role in the business or group")
            .coded("preferred_contact", "Prefers contact by")
            .label("consent_to_share", "Agreed to share details with the agencies")
            .label("consent_given_at", "Agreed")
            .label("victim_name", "Victim's name")
            .label("victim_address", "Victim's address")
            .label("victim_postcode", "Victim's postcode")
            .label("victim_phone", "Victim's phone")
            .label("victim_email", "Victim's e-mail")
            .label("victim_date_of_birth", "Victim's date of birth")
            .coded("relationship", "Relationship to the victim")
            .label("relationship_other", "Relationship, in their words")
            .label("victim_consented", "The victim agreed to the application")
            .coded("consent_method", "How agreement was given")
            .label("consent_details", "Agreement, in their words")
            .label("group_name", "Group or community")
            .coded("problem_persists", "The problem is still happening")
            .coded("only_one_agency_conduct", "Only about one organisation's conduct")
            .label("conduct_agency", "That organisation")
            .coded("impact_areas", "What it affects")
            .label("impact_description", "Impact, in their words")
            .coded("disability_or_illness", "Disability or long-term illness")
            .label("vulnerability_details", "Disability or illness, details")
            .coded("feels_targeted", "Feels targeted")
            .label("targeted_details", "Targeted, details")
            .coded("other_households_affected", "Other households affected")
            .coded("contact_channels", "Ways to contact")
            .label("safe_contact_times", "Safe times to contact")
            .coded("letters_safe", "Letters are safe")
            .coded("voicemail_safe", "Voicemail is safe")
            .coded("accessible_formats", "Formats needed")
            .label("accessible_formats_other", "Other format")
            .label("interpreter_needed", "Interpreter needed")
            .label("preferred_language", "Language")
            .label("declaration_made", "Declaration made")
            .label("declaration_made_at", "Declaration made at")
            .label("assigned_officer", "Case officer")
            .coded("acknowledgement_method", "Acknowledged by")
            .label("decided_on", "Threshold decided")
            .coded("risk_level", "Risk level")
            .label("last_changed_at", "Last changed")
            .label("last_changed_by", "Last changed by")
            .label("outcome_sent_on", "Outcome sent")
            .label("final_review_due", "Final review due")
            .label("revised_decision_due", "Outcome due after a delay notice")
            .coded("status_before", "Status before closing")
            .label("closed_on", "Closed")
            .label("close_reason", "Why it was closed")
            .label("anonymised_at", "Anonymised")
            .label("restricted_at", "Processing restricted since")
            .label("restricted_by", "Restricted by")
            .label("restriction_reason", "Reason for the restriction");

    private static final CaseRows MEMBER_COLUMNS = CaseRows.columns()
            .label("name", "Name").label("contact", "Contact details").label("consented", "Agreed to the application");

    private static final CaseRows INCIDENT_COLUMNS = CaseRows.columns()
            .label("occurred_on", "Happened")
            .label("reported_on", "Reported")
            .coded("reported_to", "Reported to")
            .label("reported_to_other", "Reported to (organisation)")
            .label("agency_reference", "Agency's reference")
            .label("description", "What happened")
            .label("reported_to_person", "Person or team reported to")
            .coded("how_reported", "How it was reported")
            .label("location", "Where")
            .coded("behaviour", "Kind of behaviour")
            .coded("same_as_others", "Same problem as the others")
            .label("action_taken", "Action taken")
            .coded("reporter_satisfied", "Reporter satisfied")
            .coded("timeframe_given", "Time-frame for action given")
            .label("timeframe_ends_on", "Time-frame ends")
            .label("reported_by", "Reported by")
            .coded("source", "Listed by")
            .label("reporter_name", "Reporter's name")
            .label("added_by", "Added by")
            .label("added_at", "Added");

    private final JdbcTemplate jdbc;

    ApplicationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(APPLICATION, GROUP_MEMBERS, INCIDENTS);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        List<HeldSection> sections = new ArrayList<>();
        jdbc.queryForList("""
                SELECT p.name AS council_area, a.*, s.display_name AS assigned_officer FROM application a
                JOIN partnership p ON p.id = a.partnership_id LEFT JOIN staff_account s ON s.id = a.assigned_officer_id
                WHERE a.id = ?""", applicationId)
                .forEach(row -> sections.add(HeldSection.of("Application", APPLICATION_COLUMNS.fields(row))));
        sections.addAll(MEMBER_COLUMNS.section("Group members", jdbc.queryForList(
                "SELECT * FROM application_group_member WHERE application_id = ? ORDER BY position", applicationId),
                CaseRows.numbered("Member")));
        sections.addAll(INCIDENT_COLUMNS.section("Incidents", jdbc.queryForList(
                "SELECT * FROM incident WHERE application_id = ? ORDER BY position", applicationId),
                CaseRows.numbered("Incident")));
        return sections;
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("""
                UPDATE application SET applicant_name = ?, applicant_address = NULL, applicant_postcode = NULL,
                    applicant_phone = NULL, applicant_email = NULL, applicant_date_of_birth = NULL, applicant_role = NULL,
                    victim_name = CASE WHEN victim_name IS NULL THEN NULL ELSE ? END, victim_address = NULL,
                    victim_postcode = NULL, victim_phone = NULL, victim_email = NULL, victim_date_of_birth = NULL,
                    relationship_other = NULL, consent_details = NULL,
                    group_name = CASE WHEN group_name IS NULL THEN NULL ELSE ? END, conduct_agency = NULL,
                    impact_description = NULL, vulnerability_details = NULL, targeted_details = NULL,
                    safe_contact_times = NULL, accessible_formats_other = NULL, preferred_language = NULL,
                    submission_key = NULL, restricted_at = NULL, restricted_by = NULL, restriction_reason = NULL,
                    close_reason = NULL, forwarded_by_name = NULL
                WHERE id = ?""", Anonymised.NAME, Anonymised.NAME, Anonymised.NAME, applicationId);
        jdbc.update("""
                UPDATE application_group_member SET name = CONCAT('Member ', position + 1), contact = NULL
                WHERE application_id = ?""", applicationId);
        Map<String, String> people = pseudonyms(applicationId);
        jdbc.update("""
                UPDATE incident SET description = ?, reported_to_other = NULL, agency_reference = NULL,
                    reported_to_person = NULL, location = NULL, action_taken = NULL
                WHERE application_id = ?""", Anonymised.TEXT, applicationId);
        for (Map.Entry<String, String> person : people.entrySet()) {
            jdbc.update("UPDATE incident SET reported_by = ? WHERE application_id = ? AND reported_by = ?",
                    person.getValue(), applicationId, person.getKey());
            jdbc.update("UPDATE incident SET reporter_name = ? WHERE application_id = ? AND reporter_name = ?",
                    person.getValue(), applicationId, person.getKey());
        }
    }

    /**
     * Each different reporter named on the case's incidents, in the order they first appear, and the words that
     * replace them. A case anonymised before keeps its "Person n" names.
     */
    private Map<String, String> pseudonyms(long applicationId) {
        Map<String, String> people = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT reported_by, reporter_name FROM incident WHERE application_id = ? ORDER BY position",
                applicationId)) {
            for (Object name : new Object[] {row.get("reported_by"), row.get("reporter_name")}) {
                if (name != null && !name.toString().matches("Person \\d+")) {
                    people.putIfAbsent(name.toString(), "Person " + (people.size() + 1));
                }
            }
        }
        return people;
    }
}
