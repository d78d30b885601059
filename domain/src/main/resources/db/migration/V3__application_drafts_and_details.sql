-- The complete public application (issue 4): who is applying and for whom, the victim's details, a group's members,
-- more about each incident, the problem as a whole, impact and vulnerability, contact preferences, the declaration;
-- drafts saved to come back to later; outbox messages whose body is removed once sent.

ALTER TABLE application
    ADD COLUMN applicant_date_of_birth    DATE          NULL AFTER applicant_email,
    ADD COLUMN applicant_role             VARCHAR(120)  NULL AFTER applicant_date_of_birth,
    ADD COLUMN victim_name                VARCHAR(200)  NULL,
    ADD COLUMN victim_address             VARCHAR(400)  NULL,
    ADD COLUMN victim_postcode            VARCHAR(10)   NULL,
    ADD COLUMN victim_phone               VARCHAR(30)   NULL,
    ADD COLUMN victim_email               VARCHAR(254)  NULL,
    ADD COLUMN victim_date_of_birth       DATE          NULL,
    ADD COLUMN relationship               VARCHAR(20)   NULL,
    ADD COLUMN relationship_other         VARCHAR(120)  NULL,
    ADD COLUMN victim_consented           BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN consent_method             VARCHAR(20)   NULL,
    ADD COLUMN consent_details            VARCHAR(200)  NULL,
    ADD COLUMN group_name                 VARCHAR(200)  NULL,
    ADD COLUMN problem_persists           VARCHAR(20)   NULL,
    ADD COLUMN only_one_agency_conduct    VARCHAR(20)   NULL,
    ADD COLUMN conduct_agency             VARCHAR(120)  NULL,
    ADD COLUMN impact_areas               VARCHAR(200)  NULL,
    ADD COLUMN impact_description         VARCHAR(4000) NULL,
    ADD COLUMN disability_or_illness      VARCHAR(20)   NULL,
    ADD COLUMN vulnerability_details      VARCHAR(2000) NULL,
    ADD COLUMN feels_targeted             VARCHAR(20)   NULL,
    ADD COLUMN targeted_details           VARCHAR(2000) NULL,
    ADD COLUMN other_households_affected  VARCHAR(20)   NULL,
    ADD COLUMN contact_channels           VARCHAR(60)   NULL,
    ADD COLUMN safe_contact_times         VARCHAR(200)  NULL,
    ADD COLUMN letters_safe               VARCHAR(20)   NULL,
    ADD COLUMN voicemail_safe             VARCHAR(20)   NULL,
    ADD COLUMN accessible_formats         VARCHAR(200)  NULL,
    ADD COLUMN accessible_formats_other   VARCHAR(120)  NULL,
    ADD COLUMN interpreter_needed         BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN preferred_language         VARCHAR(120)  NULL,
    ADD COLUMN declaration_made           BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN declaration_made_at        DATETIME(6)   NULL,
    ADD INDEX ix_application_victim_name (victim_name),
    ADD INDEX ix_application_victim_postcode (victim_postcode);

-- Applications stored before this migration were made with the declaration on the first release's form.
UPDATE application SET declaration_made = TRUE, declaration_made_at = received_at,
                       contact_channels = preferred_contact;

-- One person applying for a group or community: each member, and whether they agreed.
CREATE TABLE application_group_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR(200) NOT NULL,
    contact        VARCHAR(400) NULL,
    consented      BOOLEAN      NOT NULL,
    CONSTRAINT fk_group_member_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    INDEX ix_group_member_application (application_id, position)
);

ALTER TABLE incident
    ADD COLUMN reported_to_person  VARCHAR(120)  NULL,
    ADD COLUMN how_reported        VARCHAR(20)   NULL,
    ADD COLUMN location            VARCHAR(200)  NULL,
    ADD COLUMN behaviour           VARCHAR(30)   NULL,
    ADD COLUMN same_as_others      VARCHAR(20)   NULL,
    ADD COLUMN action_taken        VARCHAR(2000) NULL,
    ADD COLUMN reporter_satisfied  VARCHAR(20)   NULL,
    ADD COLUMN timeframe_given     VARCHAR(20)   NULL,
    ADD COLUMN timeframe_ends_on   DATE          NULL,
    ADD COLUMN reported_by         VARCHAR(200)  NULL;

-- Answers saved to come back to later. The resume link's token is kept only as its SHA-256 hash; a draft is deleted
-- 30 days after it was last saved (expires_at), and when the application is sent.
CREATE TABLE application_draft (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    email         VARCHAR(254) NOT NULL,
    answers       MEDIUMTEXT   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_application_draft_expires (expires_at)
);

-- A message that carries a secret (a resume link) has its body removed once it is sent or given up on.
ALTER TABLE outbox_message
    ADD COLUMN redact_after_sending BOOLEAN NOT NULL DEFAULT FALSE;
