-- The work queue lists cases by the day their next step is due. Worked out in the query for every open case, that day
-- could not use an index: on a large archive the overdue list sorted tens of thousands of rows for each first page.
-- The database keeps it as a column of its own, from the case's state and dates, so each list reads its first page
-- in order from an index and counts from it.
-- It is the day CaseClock.next gives for the state: acknowledgement (or, if earlier, the threshold decision) for a
-- case received, the decision for one acknowledged, the outcome letter (by the day a delay notice gave, if one did)
-- for a review activated or held, the final review after the outcome. A second-stage review's due day counts working
-- days from when it was asked for (the second_stage_review table), so those few cases are listed by that request.
-- Null when nothing is due: a case decided against, closed, withdrawn, or waiting for a second-stage decision.
ALTER TABLE application
    ADD COLUMN next_due DATE AS (CASE status
        WHEN 'RECEIVED' THEN LEAST(acknowledgement_due, decision_due)
        WHEN 'ACKNOWLEDGED' THEN decision_due
        WHEN 'REVIEW_ACTIVATED' THEN COALESCE(revised_decision_due, decision_due)
        WHEN 'REVIEW_HELD' THEN COALESCE(revised_decision_due, decision_due)
        WHEN 'OUTCOME_SENT' THEN final_review_due
        END) PERSISTENT,
    ADD INDEX ix_application_next_due (next_due),
    ADD INDEX ix_application_partnership_next_due (partnership_id, next_due),
    ADD INDEX ix_application_status_next_due (status, next_due);
