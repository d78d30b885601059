-- Applications recorded by staff (by phone, letter, e-mail, or forwarded by a partner agency), and the risk
-- questionnaire kept by administrators.

-- Who recorded an application that was not made online, and when; and the agency that forwarded it, if one did.
-- received_on is the day it reached the unit, which may be before the day it was recorded.
ALTER TABLE application
    ADD COLUMN forwarded_by      VARCHAR(30)  NULL,
    ADD COLUMN forwarded_by_name VARCHAR(120) NULL,
    ADD COLUMN recorded_by       VARCHAR(200) NULL,
    ADD COLUMN recorded_at       DATETIME(6)  NULL;

-- Two administrators changing the same question: the second is refused, not silently applied.
ALTER TABLE risk_question
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Every change to a questionnaire: added, reworded, weight, order, retired. No partnership: the shared set.
CREATE TABLE risk_question_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT        NULL,
    question_code  VARCHAR(40)   NULL,
    changed_at     DATETIME(6)   NOT NULL,
    changed_by     VARCHAR(200)  NOT NULL,
    what           VARCHAR(60)   NOT NULL,
    old_value      VARCHAR(1000) NULL,
    new_value      VARCHAR(1000) NULL,
    CONSTRAINT fk_risk_question_change_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_risk_question_change (partnership_id, changed_at)
);
