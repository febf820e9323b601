-- Every stage an opportunity moved to, for the client's timeline; recorded from this migration on.
CREATE TABLE opportunity_stage_change (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    opportunity_id CHAR(36)     NOT NULL,
    client_id      CHAR(36)     NOT NULL,
    from_stage     VARCHAR(16)  NOT NULL,
    to_stage       VARCHAR(16)  NOT NULL,
    changed_on     DATE         NOT NULL,
    changed_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_stage_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
CREATE INDEX ix_stage_change_client ON opportunity_stage_change (client_id, changed_on, changed_at);
