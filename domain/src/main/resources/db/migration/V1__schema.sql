-- Case Review schema: partnerships, applications and their incidents, case history, the outbox, staff.

CREATE TABLE partnership (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                        VARCHAR(40)  NOT NULL UNIQUE,
    name                        VARCHAR(120) NOT NULL,
    county                      VARCHAR(80)  NOT NULL,
    csu_phone                   VARCHAR(40)  NOT NULL,
    csu_email                   VARCHAR(254) NOT NULL,
    csu_address                 VARCHAR(400) NOT NULL,
    hate_crime_line             VARCHAR(300) NOT NULL,
    asb_reporting               VARCHAR(600) NOT NULL,
    qualifying_complaints       INT          NOT NULL,
    window_months               INT          NOT NULL,
    report_within_months        INT          NOT NULL,
    same_or_similar_required    BOOLEAN      NOT NULL,
    community_route             BOOLEAN      NOT NULL,
    community_individuals       INT          NOT NULL,
    dissatisfaction_required    BOOLEAN      NOT NULL,
    discretion_allowed          BOOLEAN      NOT NULL,
    online_acknowledgement_days INT          NOT NULL,
    other_acknowledgement_days  INT          NOT NULL,
    decision_working_days       INT          NOT NULL,
    decision_from               VARCHAR(20)  NOT NULL,
    final_review_months         INT          NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0
);

-- Counts applications per calendar year, for references such as CT-2026-00042.
CREATE TABLE reference_counter (
    year       INT PRIMARY KEY,
    last_value INT NOT NULL
);

CREATE TABLE application (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(20)  NOT NULL UNIQUE,
    partnership_id       BIGINT       NOT NULL,
    channel              VARCHAR(20)  NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    received_at          DATETIME(6)  NOT NULL,
    received_on          DATE         NOT NULL,
    acknowledged_on      DATE         NULL,
    acknowledgement_due  DATE         NOT NULL,
    decision_due         DATE         NOT NULL,
    applicant_type       VARCHAR(30)  NOT NULL,
    applicant_name       VARCHAR(200) NOT NULL,
    applicant_address    VARCHAR(400) NULL,
    applicant_postcode   VARCHAR(10)  NULL,
    applicant_phone      VARCHAR(30)  NULL,
    applicant_email      VARCHAR(254) NULL,
    preferred_contact    VARCHAR(20)  NOT NULL,
    consent_to_share     BOOLEAN      NOT NULL,
    consent_given_at     DATETIME(6)  NOT NULL,
    submission_key       VARCHAR(64)  NULL UNIQUE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_application_received (received_at),
    INDEX ix_application_partnership_received (partnership_id, received_at),
    INDEX ix_application_postcode (applicant_postcode),
    INDEX ix_application_email (applicant_email),
    INDEX ix_application_name (applicant_name)
);

CREATE TABLE incident (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id     BIGINT        NOT NULL,
    position           INT           NOT NULL,
    occurred_on        DATE          NOT NULL,
    reported_on        DATE          NOT NULL,
    reported_to        VARCHAR(30)   NOT NULL,
    reported_to_other  VARCHAR(120)  NULL,
    agency_reference   VARCHAR(60)   NULL,
    description        VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_incident_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_incident_agency_reference (agency_reference)
);

-- Every change to a case, in order: the case's history.
CREATE TABLE case_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(120)  NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_case_event_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_case_event_application (application_id, occurred_at)
);

-- Messages written in the same transaction as the change that causes them, delivered by a background sender.
CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NULL,
    template        VARCHAR(60)   NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT fk_outbox_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_outbox_due (status, next_attempt_at)
);

CREATE TABLE staff_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    partnership_id  BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_staff_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);
