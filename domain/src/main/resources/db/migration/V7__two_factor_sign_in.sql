-- Two-factor sign-in with an authenticator app (TOTP). The secret is stored encrypted by the application; the last
-- accepted time step stops a code being used twice.
ALTER TABLE staff_account
    ADD COLUMN two_factor_secret    VARCHAR(200) NULL,
    ADD COLUMN two_factor_since     DATETIME(6)  NULL,
    ADD COLUMN two_factor_last_step BIGINT       NULL;

-- Roles whose members must use two-factor sign-in; an administrator chooses them.
CREATE TABLE two_factor_requirement (
    role        VARCHAR(30)  NOT NULL PRIMARY KEY,
    required_by VARCHAR(200) NOT NULL,
    required_at DATETIME(6)  NOT NULL
);
