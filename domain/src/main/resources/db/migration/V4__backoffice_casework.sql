-- Back office casework: staff sign-in protection and account administration; case assignment and acknowledgement;
-- incidents added by officers; linked cases; what each agency confirmed; exclusions; the threshold decision with a
-- copy of the policy used; the victim risk and vulnerability questionnaire; partnership wording and its change log;
-- old and new values in the case history.

-- Staff: the agency a partner agency user belongs to, failed sign-ins and the lock they lead to, and a password the
-- administrator handed out that must be changed at the next sign-in.
ALTER TABLE staff_account
    ADD COLUMN agency               VARCHAR(30)  NULL,
    ADD COLUMN failed_logins        INT          NOT NULL DEFAULT 0,
    ADD COLUMN locked_until         DATETIME(6)  NULL,
    ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN last_signed_in_at    DATETIME(6)  NULL;

-- What administrators did to each account, kept for audit.
CREATE TABLE staff_account_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_staff_change_account FOREIGN KEY (account_id) REFERENCES staff_account (id),
    INDEX ix_staff_change_account (account_id, changed_at)
);

-- Cases: who works on it, how it was acknowledged, when the threshold was decided, the victim's risk level (shown on
-- the lists), and who changed it last (for the message when a second member of staff's save is refused).
ALTER TABLE application
    ADD COLUMN assigned_officer_id    BIGINT       NULL,
    ADD COLUMN acknowledgement_method VARCHAR(20)  NULL,
    ADD COLUMN decided_on             DATE         NULL,
    ADD COLUMN risk_level             VARCHAR(10)  NULL,
    ADD COLUMN last_changed_at        DATETIME(6)  NULL,
    ADD COLUMN last_changed_by        VARCHAR(200) NULL,
    ADD CONSTRAINT fk_application_officer FOREIGN KEY (assigned_officer_id) REFERENCES staff_account (id),
    ADD INDEX ix_application_status_ack (status, acknowledgement_due),
    ADD INDEX ix_application_status_decision (status, decision_due),
    ADD INDEX ix_application_officer (assigned_officer_id, status),
    ADD INDEX ix_application_phone (applicant_phone);

-- Incidents an agency reported that the applicant did not list, added by an officer.
ALTER TABLE incident
    ADD COLUMN source        VARCHAR(20)  NOT NULL DEFAULT 'APPLICANT',
    ADD COLUMN reporter_name VARCHAR(200) NULL,
    ADD COLUMN added_by      VARCHAR(200) NULL,
    ADD COLUMN added_at      DATETIME(6)  NULL;

-- History entries say what changed, from what, to what.
ALTER TABLE case_event
    ADD COLUMN field     VARCHAR(100)  NULL,
    ADD COLUMN old_value VARCHAR(1000) NULL,
    ADD COLUMN new_value VARCHAR(1000) NULL;

-- Cases about the same place or the same people. One row links both ways.
CREATE TABLE case_link (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT       NOT NULL,
    linked_application_id BIGINT       NOT NULL,
    reason                VARCHAR(500) NOT NULL,
    linked_by             VARCHAR(200) NOT NULL,
    linked_at             DATETIME(6)  NOT NULL,
    CONSTRAINT fk_case_link_from FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_link_to FOREIGN KEY (linked_application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT uq_case_link UNIQUE (application_id, linked_application_id),
    INDEX ix_case_link_to (linked_application_id)
);

-- What the agency an incident was reported to says about it: confirmed, no record, or a different date.
CREATE TABLE incident_verification (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id        BIGINT        NOT NULL UNIQUE,
    application_id     BIGINT        NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    agency_occurred_on DATE          NULL,
    agency_reported_on DATE          NULL,
    agency_action      VARCHAR(2000) NULL,
    notes              VARCHAR(2000) NULL,
    recorded_by        VARCHAR(200)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_verification_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    CONSTRAINT fk_verification_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_verification_application (application_id)
);

-- Reasons a case cannot be a case review whatever the count: an agency's time-frame not yet expired, or a concern
-- only about one agency's conduct.
CREATE TABLE threshold_exclusion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT        NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    agency            VARCHAR(120)  NOT NULL,
    timeframe_ends_on DATE          NULL,
    notes             VARCHAR(2000) NULL,
    recorded_by       VARCHAR(200)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_exclusion_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_exclusion_application (application_id)
);

-- The threshold decision: who, when, why, what the assessment said, what the applicant was told, and a copy of the
-- policy used, so that a later change to the partnership's policy never alters a decision already made.
CREATE TABLE threshold_decision (
    id                                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id                     BIGINT        NOT NULL UNIQUE,
    outcome                            VARCHAR(20)   NOT NULL,
    route                              VARCHAR(20)   NULL,
    reason                             VARCHAR(4000) NULL,
    decided_by                         VARCHAR(100)  NOT NULL,
    decided_by_name                    VARCHAR(200)  NOT NULL,
    decided_at                         DATETIME(6)   NOT NULL,
    decided_on                         DATE          NOT NULL,
    risk_level                         VARCHAR(10)   NULL,
    assessment_summary                 TEXT          NOT NULL,
    resident_text                      TEXT          NOT NULL,
    policy_qualifying_complaints       INT           NOT NULL,
    policy_window_months               INT           NOT NULL,
    policy_report_within_months        INT           NOT NULL,
    policy_same_or_similar_required    BOOLEAN       NOT NULL,
    policy_community_route             BOOLEAN       NOT NULL,
    policy_community_individuals       INT           NOT NULL,
    policy_dissatisfaction_required    BOOLEAN       NOT NULL,
    policy_discretion_allowed          BOOLEAN       NOT NULL,
    policy_online_acknowledgement_days INT           NOT NULL,
    policy_other_acknowledgement_days  INT           NOT NULL,
    policy_decision_working_days       INT           NOT NULL,
    policy_decision_from               VARCHAR(20)   NOT NULL,
    policy_final_review_months         INT           NOT NULL,
    CONSTRAINT fk_decision_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
);

-- Partnerships: the wording their letters use, and where the risk score's levels begin.
ALTER TABLE partnership
    ADD COLUMN met_wording      VARCHAR(2000) NOT NULL DEFAULT '',
    ADD COLUMN not_met_wording  VARCHAR(2000) NOT NULL DEFAULT '',
    ADD COLUMN query_wording    VARCHAR(2000) NOT NULL DEFAULT '',
    ADD COLUMN risk_medium_from INT           NOT NULL DEFAULT 3,
    ADD COLUMN risk_high_from   INT           NOT NULL DEFAULT 7;

-- Every change an administrator makes to a partnership: who, when, which setting, old and new value.
CREATE TABLE partnership_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT        NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    changed_by     VARCHAR(200)  NOT NULL,
    field          VARCHAR(100)  NOT NULL,
    old_value      VARCHAR(2000) NULL,
    new_value      VARCHAR(2000) NULL,
    CONSTRAINT fk_partnership_change FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_partnership_change (partnership_id, changed_at)
);

-- The victim risk and vulnerability questionnaire. Rows with no partnership are the default set; a partnership that
-- has active questions of its own uses those instead. Each "yes" adds the question's weight to the score.
CREATE TABLE risk_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT       NULL,
    position       INT          NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    question       VARCHAR(400) NOT NULL,
    guidance       VARCHAR(600) NULL,
    weight         INT          NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_risk_question_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_risk_question_partnership (partnership_id, position)
);

CREATE TABLE risk_assessment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    score          INT           NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    medium_from    INT           NOT NULL,
    high_from      INT           NOT NULL,
    notes          VARCHAR(2000) NULL,
    assessed_by    VARCHAR(200)  NOT NULL,
    assessed_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_risk_assessment_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_risk_assessment_application (application_id, assessed_at)
);

-- Each answer keeps the question's words and weight as they were asked.
CREATE TABLE risk_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    question      VARCHAR(400) NOT NULL,
    weight        INT          NOT NULL,
    answer        VARCHAR(10)  NOT NULL,
    CONSTRAINT fk_risk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id) ON DELETE CASCADE
);

-- The default questionnaire: the harm-centred questions the seed documents ask officers to consider ("the harm that
-- is being caused to the victim/s and whether they may be vulnerable"). Hate motivation and fear at home weigh most:
-- either alone makes the risk Medium (3); High needs several together (7 of 13).
INSERT INTO risk_question (partnership_id, position, code, question, guidance, weight) VALUES
(NULL, 1, 'REPEAT_TARGETING', 'Has the victim been targeted repeatedly, by the same people or at the same place?',
    'Count the incidents on this application and any the agencies know of.', 2),
(NULL, 2, 'DISABILITY_OR_ILLNESS', 'Does the victim have a disability, or a physical or mental illness?',
    'Including a condition the behaviour makes worse, or that the perpetrators may be exploiting.', 2),
(NULL, 3, 'IMPACT_ON_HEALTH', 'Is the behaviour affecting the victim''s physical or mental health?',
    'For example loss of sleep, anxiety, depression, or needing to see a GP.', 2),
(NULL, 4, 'FEAR_AT_HOME', 'Does the victim feel afraid or unsafe in their own home?',
    'Including thinking of moving home, or not going out because of the behaviour.', 3),
(NULL, 5, 'CHILDREN_IN_HOUSEHOLD', 'Are there children in the household?',
    'Children who see or hear the behaviour, or are targeted by it.', 1),
(NULL, 6, 'HATE_MOTIVATION', 'Does the victim believe the behaviour is motivated by hate?',
    'Because of race, religion, disability, sexual orientation or transgender identity.', 3);

-- The local wording each partnership's letters use, from its own documents.
UPDATE partnership SET
    met_wording = 'A first stage review will now be carried out by representatives of at least three partner agencies. They will share information about your case, review the action taken and decide whether more can be done. We will write to you with the findings and recommendations.',
    not_met_wording = 'If the anti-social behaviour carries on, please keep reporting each incident when it happens. You can apply again if you report three incidents within six months.',
    query_wording = 'If you are unhappy with how your application was dealt with, you can ask for a second stage review by an independent panel. Contact the Community Safety Unit to ask for one.'
WHERE county = 'Kent';

UPDATE partnership SET
    met_wording = 'Your case will now be referred to the Local Multi-Agency Problem Solving group (LMAPS), made up of the agencies you reported to. They will review the case and agree an action plan, which we will share with you.',
    not_met_wording = 'If the anti-social behaviour carries on, please keep reporting each incident when it happens. You can apply again if the threshold is met later.',
    query_wording = 'If you are unhappy with this decision, the Office of the Nottinghamshire Police and Crime Commissioner can look at whether the threshold was applied correctly. Contact the Community Safety team and we will tell you how.'
WHERE county = 'Nottinghamshire';

UPDATE partnership SET
    met_wording = 'The agencies of the Test Valley Partnership will now share information, review what action has been taken and decide whether more can be done. We will write to you with what they decide.',
    not_met_wording = 'If you are not satisfied with the service you received from one organisation, please use its own complaints procedure. If the anti-social behaviour carries on, please keep reporting each incident when it happens.',
    query_wording = 'If you are unhappy with how your application was dealt with, please contact the Community Safety team, who will tell you how to ask for it to be looked at again.'
WHERE county = 'Hampshire';
