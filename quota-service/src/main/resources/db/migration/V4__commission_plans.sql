-- Commission plans: effective-dated versions of their arithmetic (tiers and bonuses as JSON arrays),
-- and which executive is on which plan from when to when.
CREATE TABLE commission_plan (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    currency   CHAR(3)      NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_commission_plan_name UNIQUE (name)
);

CREATE TABLE commission_plan_version (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    plan_id           CHAR(36)      NOT NULL,
    sequence_no       INT           NOT NULL,
    effective_from    DATE          NOT NULL,
    tier_mode         VARCHAR(32)   NOT NULL,
    boundary_rule     VARCHAR(32)   NOT NULL,
    tier_basis        VARCHAR(32)   NOT NULL,
    commission_period VARCHAR(16)   NOT NULL,
    tiers             TEXT          NOT NULL,
    bonuses           TEXT          NOT NULL,
    cap_amount        DECIMAL(19,4),
    draw_amount       DECIMAL(19,4),
    draw_recoverable  BOOLEAN       NOT NULL,
    base_salary       DECIMAL(19,4) NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_plan_version_sequence UNIQUE (plan_id, sequence_no),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES commission_plan (id)
);

CREATE TABLE plan_assignment (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    plan_id      CHAR(36)     NOT NULL,
    executive_id CHAR(36)     NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_plan_assignment_plan FOREIGN KEY (plan_id) REFERENCES commission_plan (id)
);
CREATE INDEX ix_plan_assignment_executive ON plan_assignment (executive_id, valid_from);
