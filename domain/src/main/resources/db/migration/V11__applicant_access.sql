-- Applicants check their own case on the portal (issue 8): a one-time security code e-mailed to the address on the
-- application, or a long-lived access code the unit gives to people who applied by post or phone. Only hashes of
-- codes are stored; attempts are kept for a day to limit requests per reference and per client address.

-- One request for a security code. A request that matched no case is stored too (with no application), so that the
-- portal does the same work and gives the same answer whether or not the reference and address were right.
CREATE TABLE security_code_challenge (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    handle         VARCHAR(64)  NOT NULL UNIQUE,
    application_id BIGINT       NULL,
    code_hash      VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    attempts       INT          NOT NULL DEFAULT 0,
    used_at        DATETIME(6)  NULL,
    CONSTRAINT fk_security_code_application FOREIGN KEY (application_id) REFERENCES application (id)
        ON DELETE CASCADE,
    INDEX ix_security_code_created (created_at)
);

-- The long-lived access code of one case: giving a new one replaces the old.
CREATE TABLE applicant_access_code (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL UNIQUE,
    code_hash      VARCHAR(64)  NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    issued_by      VARCHAR(200) NOT NULL,
    last_used_at   DATETIME(6)  NULL,
    CONSTRAINT fk_access_code_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
);

-- Requests and wrong tries, counted per reference (as typed, normalised) and per client address (a keyed hash, never
-- the address itself); deleted after a day.
CREATE TABLE applicant_access_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    reference    VARCHAR(60)  NOT NULL,
    client_hash  VARCHAR(64)  NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    INDEX ix_access_attempt_reference (kind, reference, attempted_at),
    INDEX ix_access_attempt_client (kind, client_hash, attempted_at),
    INDEX ix_access_attempt_time (attempted_at)
);
