-- The statutory figures and the reports built on them (decision 0012).

-- Whether a second-stage panel's decision started a case review (a not-met or excluded decision overturned). The
-- threshold decision itself is never changed, so the figures need this to count the application as met after all.
ALTER TABLE second_stage_review
    ADD COLUMN review_activated BOOLEAN NOT NULL DEFAULT FALSE;

-- Decided appeals against a threshold decision whose case went on to a review before this column existed.
UPDATE second_stage_review s JOIN application a ON a.id = s.application_id
SET s.review_activated = TRUE
WHERE s.appealed_from IN ('THRESHOLD_NOT_MET', 'EXCLUDED')
  AND s.decision IN ('UPHELD', 'PARTLY_UPHELD')
  AND (a.status IN ('REVIEW_ACTIVATED', 'REVIEW_HELD', 'OUTCOME_SENT')
       OR a.status_before IN ('REVIEW_ACTIVATED', 'REVIEW_HELD', 'OUTCOME_SENT')
       OR EXISTS (SELECT 1 FROM panel_meeting p WHERE p.application_id = a.id));

-- The years a partnership publishes its figures by: financial years (April to March), or calendar years.
ALTER TABLE partnership
    ADD COLUMN figures_year VARCHAR(20) NOT NULL DEFAULT 'FINANCIAL';

-- Folkestone and Hythe publishes "Community Triggers raised during 2020" by calendar year.
UPDATE partnership SET figures_year = 'CALENDAR' WHERE code = 'folkestone-hythe';

-- The figures, counted once per partnership and day (decision 0012): a county over ten years adds up some eleven
-- thousand rows instead of reading half a million applications. Applications count on the day they were received,
-- reviews on the day the panel met, second-stage reviews on the day they were asked for, recommendations on the day
-- they were issued. Rows are recounted from the cases whenever a case changes (statistics.FiguresSummary); what is
-- overdue depends on the day the figures are made, so it is counted from the open cases each time instead.
CREATE TABLE figures_day (
    partnership_id                           BIGINT NOT NULL,
    day                                      DATE   NOT NULL,
    received                                 INT NOT NULL DEFAULT 0,
    channel_online                           INT NOT NULL DEFAULT 0,
    channel_phone                            INT NOT NULL DEFAULT 0,
    channel_letter                           INT NOT NULL DEFAULT 0,
    channel_email                            INT NOT NULL DEFAULT 0,
    channel_partner_agency                   INT NOT NULL DEFAULT 0,
    status_received                          INT NOT NULL DEFAULT 0,
    status_acknowledged                      INT NOT NULL DEFAULT 0,
    status_threshold_not_met                 INT NOT NULL DEFAULT 0,
    status_excluded                          INT NOT NULL DEFAULT 0,
    status_review_activated                  INT NOT NULL DEFAULT 0,
    status_review_held                       INT NOT NULL DEFAULT 0,
    status_outcome_sent                      INT NOT NULL DEFAULT 0,
    status_second_stage_review               INT NOT NULL DEFAULT 0,
    status_closed                            INT NOT NULL DEFAULT 0,
    status_withdrawn                         INT NOT NULL DEFAULT 0,
    met_individual                           INT NOT NULL DEFAULT 0,
    met_community                            INT NOT NULL DEFAULT 0,
    met_discretion                           INT NOT NULL DEFAULT 0,
    met_second_stage                         INT NOT NULL DEFAULT 0,
    not_met                                  INT NOT NULL DEFAULT 0,
    excluded                                 INT NOT NULL DEFAULT 0,
    closed_undecided                         INT NOT NULL DEFAULT 0,
    ack_on_time                              INT NOT NULL DEFAULT 0,
    ack_late                                 INT NOT NULL DEFAULT 0,
    decided_on_time                          INT NOT NULL DEFAULT 0,
    decided_late                             INT NOT NULL DEFAULT 0,
    outcome_on_time                          INT NOT NULL DEFAULT 0,
    outcome_late                             INT NOT NULL DEFAULT 0,
    outcome_to_send                          INT NOT NULL DEFAULT 0,
    delay_notices                            INT NOT NULL DEFAULT 0,
    reviews                                  INT NOT NULL DEFAULT 0,
    reviews_with_recommendations             INT NOT NULL DEFAULT 0,
    appeals                                  INT NOT NULL DEFAULT 0,
    appeals_handling                         INT NOT NULL DEFAULT 0,
    appeals_outcome                          INT NOT NULL DEFAULT 0,
    appeals_upheld                           INT NOT NULL DEFAULT 0,
    appeals_partly_upheld                    INT NOT NULL DEFAULT 0,
    appeals_not_upheld                       INT NOT NULL DEFAULT 0,
    appeals_awaiting                         INT NOT NULL DEFAULT 0,
    appeals_review_activated                 INT NOT NULL DEFAULT 0,
    rec_police_issued                        INT NOT NULL DEFAULT 0,
    rec_police_will_act                      INT NOT NULL DEFAULT 0,
    rec_police_will_not_act                  INT NOT NULL DEFAULT 0,
    rec_police_awaiting                      INT NOT NULL DEFAULT 0,
    rec_police_from_appeal                   INT NOT NULL DEFAULT 0,
    rec_council_issued                       INT NOT NULL DEFAULT 0,
    rec_council_will_act                     INT NOT NULL DEFAULT 0,
    rec_council_will_not_act                 INT NOT NULL DEFAULT 0,
    rec_council_awaiting                     INT NOT NULL DEFAULT 0,
    rec_council_from_appeal                  INT NOT NULL DEFAULT 0,
    rec_housing_provider_issued              INT NOT NULL DEFAULT 0,
    rec_housing_provider_will_act            INT NOT NULL DEFAULT 0,
    rec_housing_provider_will_not_act        INT NOT NULL DEFAULT 0,
    rec_housing_provider_awaiting            INT NOT NULL DEFAULT 0,
    rec_housing_provider_from_appeal         INT NOT NULL DEFAULT 0,
    rec_health_issued                        INT NOT NULL DEFAULT 0,
    rec_health_will_act                      INT NOT NULL DEFAULT 0,
    rec_health_will_not_act                  INT NOT NULL DEFAULT 0,
    rec_health_awaiting                      INT NOT NULL DEFAULT 0,
    rec_health_from_appeal                   INT NOT NULL DEFAULT 0,
    rec_other_issued                         INT NOT NULL DEFAULT 0,
    rec_other_will_act                       INT NOT NULL DEFAULT 0,
    rec_other_will_not_act                   INT NOT NULL DEFAULT 0,
    rec_other_awaiting                       INT NOT NULL DEFAULT 0,
    rec_other_from_appeal                    INT NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, day),
    CONSTRAINT fk_figures_day_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);

-- The day each case's panel met as last counted, so that a panel record moved to another day is taken off the old one.
CREATE TABLE figures_panel_day (
    application_id BIGINT NOT NULL PRIMARY KEY,
    held_on        DATE   NOT NULL
);

-- Up to when the changes to cases have been counted. Empty until the first count, which counts everything.
CREATE TABLE figures_refresh (
    id                 INT         NOT NULL PRIMARY KEY,
    refreshed_through  DATETIME(6) NULL
);
INSERT INTO figures_refresh (id, refreshed_through) VALUES (1, NULL);

-- Finding the cases changed since the last count, and a partnership's applications day by day.
CREATE INDEX ix_application_last_changed ON application (last_changed_at);
CREATE INDEX ix_application_partnership_received_on ON application (partnership_id, received_on);
CREATE INDEX ix_recommendation_issued ON recommendation (issued_on);
-- What is overdue on the day of the figures, read from the index alone: the open cases of the partnerships and period.
CREATE INDEX ix_application_open_steps ON application (status, partnership_id, received_on, acknowledgement_due,
    decision_due, revised_decision_due);

-- Work tables of a recount (used inside its transaction only, which one lock on figures_refresh serialises).
CREATE TABLE figures_changed (
    application_id BIGINT NOT NULL PRIMARY KEY
);
CREATE TABLE figures_dirty (
    partnership_id BIGINT NOT NULL,
    day            DATE   NOT NULL,
    PRIMARY KEY (partnership_id, day)
);
