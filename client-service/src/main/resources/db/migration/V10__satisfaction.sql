-- Per tier, the trailing average below which a client's satisfaction counts as dropped (NULL: no floor).
ALTER TABLE tier ADD COLUMN csat_floor INT;
ALTER TABLE tier ADD COLUMN nps_floor INT;
UPDATE tier SET csat_floor = 4, nps_floor = 8 WHERE code = 'KEY';
UPDATE tier SET csat_floor = 4, nps_floor = 7 WHERE code = 'PRIORITY';
UPDATE tier SET csat_floor = 3, nps_floor = 6 WHERE code = 'STANDARD';

-- Survey answers of a client's people: append-only, the newest answered one is the latest.
CREATE TABLE survey_answer (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    client_id   CHAR(36)      NOT NULL,
    contact_id  CHAR(36)      NOT NULL,
    survey      VARCHAR(100)  NOT NULL,
    scale       VARCHAR(8)    NOT NULL,
    score       INT           NOT NULL,
    answered_on DATE          NOT NULL,
    comment     VARCHAR(2000),
    recorded_by VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_survey_answer_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_survey_answer_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_survey_answer_client ON survey_answer (client_id, scale, answered_on);
