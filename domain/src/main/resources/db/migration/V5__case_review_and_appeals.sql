-- After the threshold is met: information from agencies, the review panel, recommendations and the action plan, the
-- outcome and delay notices, the final review, the second-stage review (appeal), and closing and reopening a case.

ALTER TABLE application
    ADD COLUMN outcome_sent_on      DATE          NULL,
    ADD COLUMN final_review_due     DATE          NULL,
    ADD COLUMN revised_decision_due DATE          NULL,
    ADD COLUMN status_before        VARCHAR(30)   NULL,
    ADD COLUMN closed_on            DATE          NULL,
    ADD COLUMN close_reason         VARCHAR(1000) NULL,
    ADD INDEX ix_application_status_final_review (status, final_review_due);

-- What the officer asked each agency for, and its answer (given in the back office, or received by e-mail and
-- recorded by the officer).
CREATE TABLE information_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    agency         VARCHAR(30)   NOT NULL,
    agency_name    VARCHAR(120)  NOT NULL,
    contact_email  VARCHAR(254)  NULL,
    request_text   VARCHAR(4000) NOT NULL,
    requested_on   DATE          NOT NULL,
    due_on         DATE          NOT NULL,
    requested_by   VARCHAR(200)  NOT NULL,
    reminded_on    DATE          NULL,
    answer_text    TEXT          NULL,
    answered_on    DATE          NULL,
    answered_by    VARCHAR(200)  NULL,
    answered_via   VARCHAR(20)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_info_request_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_info_request_application (application_id),
    INDEX ix_info_request_agency (agency, answered_on, due_on)
);

-- The review panel's meeting: one per case (amended until the outcome is sent).
CREATE TABLE panel_meeting (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id         BIGINT        NOT NULL UNIQUE,
    held_on                DATE          NOT NULL,
    independent_chair      VARCHAR(200)  NULL,
    peer_review_by         VARCHAR(200)  NULL,
    peer_review_comments   TEXT          NULL,
    victim_consulted       BOOLEAN       NOT NULL,
    victim_invited         BOOLEAN       NOT NULL,
    findings               TEXT          NOT NULL,
    agencies_not_answering VARCHAR(2000) NULL,
    recorded_by            VARCHAR(200)  NOT NULL,
    recorded_at            DATETIME(6)   NOT NULL,
    CONSTRAINT fk_panel_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_panel_held_on (held_on)
);

CREATE TABLE panel_meeting_member (
    panel_meeting_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    role             VARCHAR(200) NOT NULL,
    agency           VARCHAR(120) NOT NULL,
    PRIMARY KEY (panel_meeting_id, position),
    CONSTRAINT fk_panel_member_meeting FOREIGN KEY (panel_meeting_id) REFERENCES panel_meeting (id) ON DELETE CASCADE
);

-- Recommendations, each to one agency, from the review panel or a second-stage panel; the agency's response is its
-- duty to have regard.
CREATE TABLE recommendation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id       BIGINT        NOT NULL,
    second_stage_id      BIGINT        NULL,
    agency               VARCHAR(30)   NOT NULL,
    agency_name          VARCHAR(120)  NOT NULL,
    contact_email        VARCHAR(254)  NULL,
    recommendation_text  VARCHAR(4000) NOT NULL,
    issued_on            DATE          NULL,
    response             VARCHAR(20)   NULL,
    response_reasons     VARCHAR(4000) NULL,
    responded_on         DATE          NULL,
    responded_by         VARCHAR(200)  NULL,
    created_by           VARCHAR(200)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_recommendation_application FOREIGN KEY (application_id) REFERENCES application (id)
        ON DELETE CASCADE,
    INDEX ix_recommendation_application (application_id),
    INDEX ix_recommendation_agency (agency, issued_on)
);

-- The action plan: what each agency will do, by when, and whether it was done (checked at the final review).
CREATE TABLE planned_action (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    owner_agency   VARCHAR(120)  NOT NULL,
    due_on         DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    completed_on   DATE          NULL,
    notes          VARCHAR(2000) NULL,
    created_by     VARCHAR(200)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_action_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_action_application (application_id)
);

-- A notice that the outcome will be late: why, and the new day.
CREATE TABLE delay_notice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    sent_on        DATE          NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    previous_due   DATE          NOT NULL,
    new_due        DATE          NOT NULL,
    sent_by        VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_delay_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_delay_application (application_id)
);

-- The review of the action plan six months after the outcome (again later when the case is kept open).
CREATE TABLE final_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    reviewed_on      DATE          NOT NULL,
    result           VARCHAR(4000) NOT NULL,
    closed           BOOLEAN       NOT NULL,
    next_review_due  DATE          NULL,
    reviewed_by      VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_final_review_application FOREIGN KEY (application_id) REFERENCES application (id)
        ON DELETE CASCADE,
    INDEX ix_final_review_application (application_id)
);

-- The second-stage review (appeal): what it is about, the applicant's reasons, the independent panel and its decision.
CREATE TABLE second_stage_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    about            VARCHAR(20)   NOT NULL,
    reasons          TEXT          NOT NULL,
    requested_on     DATE          NOT NULL,
    requested_via    VARCHAR(20)   NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    appealed_from    VARCHAR(30)   NOT NULL,
    decision         VARCHAR(20)   NULL,
    decision_reasons TEXT          NULL,
    decided_on       DATE          NULL,
    decided_by       VARCHAR(200)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_stage_application FOREIGN KEY (application_id) REFERENCES application (id)
        ON DELETE CASCADE,
    INDEX ix_second_stage_application (application_id),
    INDEX ix_second_stage_requested (requested_on)
);

CREATE TABLE second_stage_panel_member (
    second_stage_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(200) NOT NULL,
    agency          VARCHAR(120) NOT NULL,
    PRIMARY KEY (second_stage_id, position),
    CONSTRAINT fk_second_stage_member FOREIGN KEY (second_stage_id) REFERENCES second_stage_review (id)
        ON DELETE CASCADE
);

ALTER TABLE recommendation
    ADD CONSTRAINT fk_recommendation_second_stage FOREIGN KEY (second_stage_id) REFERENCES second_stage_review (id)
        ON DELETE CASCADE;
