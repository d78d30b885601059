-- Data protection (issue 10): how long each partnership keeps closed cases, the day a case closed, anonymisation and
-- restriction of a case, the retention runs that anonymise cases past their period, who opened which case, and the
-- record of subject access requests.

-- How many years after closure a partnership keeps a closed case before it is anonymised (6 unless it says otherwise).
ALTER TABLE partnership
    ADD COLUMN retention_years INT NOT NULL DEFAULT 6;

-- The day a case reached a final state (threshold not met, excluded, closed, withdrawn); cleared if it is reopened.
-- A case anonymised keeps its dates and counts, not its personal data. A restricted case (a data subject's request
-- under Article 18) can be read, not changed, and is not anonymised while the restriction lasts.
ALTER TABLE application
    ADD COLUMN IF NOT EXISTS closed_on DATE NULL,
    ADD COLUMN anonymised_at       DATETIME(6)   NULL,
    ADD COLUMN restricted_at       DATETIME(6)   NULL,
    ADD COLUMN restricted_by       VARCHAR(200)  NULL,
    ADD COLUMN restriction_reason  VARCHAR(1000) NULL,
    ADD INDEX ix_application_retention (partnership_id, status, closed_on);

-- Cases already in a final state closed on the day they were decided, or else on the day of their last change.
UPDATE application a SET a.closed_on = COALESCE(
        CASE WHEN a.status IN ('THRESHOLD_NOT_MET', 'EXCLUDED') THEN a.decided_on END,
        (SELECT MAX(DATE(e.occurred_at)) FROM case_event e WHERE e.application_id = a.id),
        DATE(a.last_changed_at),
        a.received_on)
WHERE a.status IN ('THRESHOLD_NOT_MET', 'EXCLUDED', 'CLOSED', 'WITHDRAWN') AND a.closed_on IS NULL;

-- One row per background job: a lease so that only one server runs it at a time, and when it last ran.
CREATE TABLE scheduled_job (
    name             VARCHAR(40)  PRIMARY KEY,
    locked_until     DATETIME(6)  NULL,
    locked_by        VARCHAR(200) NULL,
    last_started_at  DATETIME(6)  NULL,
    last_finished_at DATETIME(6)  NULL
);
INSERT INTO scheduled_job (name) VALUES ('retention'), ('draft-cleanup');

-- What each retention run did: when, who started it (the schedule or an administrator), how many cases it anonymised
-- and which; a draft clean-up that deleted drafts is recorded here too.
CREATE TABLE retention_run (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    started_by          VARCHAR(200)  NOT NULL,
    node                VARCHAR(200)  NOT NULL,
    cases_anonymised    INT           NOT NULL DEFAULT 0,
    restricted_kept     INT           NOT NULL DEFAULT 0,
    drafts_deleted      INT           NOT NULL DEFAULT 0,
    error               VARCHAR(1000) NULL,
    INDEX ix_retention_run_started (started_at)
);

CREATE TABLE retention_run_case (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id         BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    reference      VARCHAR(20) NOT NULL,
    partnership_id BIGINT      NOT NULL,
    closed_on      DATE        NULL,
    CONSTRAINT fk_retention_run_case_run FOREIGN KEY (run_id) REFERENCES retention_run (id),
    CONSTRAINT fk_retention_run_case_application FOREIGN KEY (application_id) REFERENCES application (id),
    -- A case is anonymised once, whichever server or run gets to it.
    CONSTRAINT uq_retention_run_case_application UNIQUE (application_id),
    INDEX ix_retention_run_case_run (run_id, partnership_id)
);

-- Who opened which case, on which screen, and when: one narrow row per opening.
CREATE TABLE case_access (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT      NOT NULL,
    staff_account_id BIGINT      NOT NULL,
    screen           VARCHAR(30) NOT NULL,
    opened_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_case_access_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_case_access_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    INDEX ix_case_access_application (application_id, opened_at)
);

-- Subject access work: searches for a person, exports, erasures and restrictions, with who, when and why.
CREATE TABLE subject_access_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)   NOT NULL,
    staff_account_id BIGINT       NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    search_id       BIGINT        NULL,
    name            VARCHAR(200)  NULL,
    email           VARCHAR(254)  NULL,
    phone           VARCHAR(40)   NULL,
    postcode        VARCHAR(10)   NULL,
    scope_partnership_id BIGINT   NULL,
    case_references TEXT          NULL,
    reason          VARCHAR(1000) NULL,
    CONSTRAINT fk_subject_access_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    INDEX ix_subject_access_log_when (occurred_at)
);
