-- An executive's quota for a fiscal year, and every effective-dated version of it (never rewritten:
-- a change is a new version from its effective date).
CREATE TABLE quota (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    executive_id CHAR(36)     NOT NULL,
    fiscal_year  INT          NOT NULL,
    currency     CHAR(3)      NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_quota_executive_year UNIQUE (executive_id, fiscal_year)
);

CREATE TABLE quota_version (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    quota_id       CHAR(36)      NOT NULL,
    sequence_no    INT           NOT NULL,
    effective_from DATE          NOT NULL,
    annual_amount  DECIMAL(19,4) NOT NULL,
    q1_amount      DECIMAL(19,4) NOT NULL,
    q2_amount      DECIMAL(19,4) NOT NULL,
    q3_amount      DECIMAL(19,4) NOT NULL,
    q4_amount      DECIMAL(19,4) NOT NULL,
    split          VARCHAR(16)   NOT NULL,
    reason         VARCHAR(500),
    set_by         VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_quota_version_sequence UNIQUE (quota_id, sequence_no),
    CONSTRAINT fk_quota_version_quota FOREIGN KEY (quota_id) REFERENCES quota (id)
);
