-- Read model of client-service's executive directory: whom quotas and sales are credited to,
-- their manager (team views) and hire date (quota proration).
CREATE TABLE executive (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    region         VARCHAR(100),
    hire_date      DATE         NOT NULL,
    manager_id     CHAR(36),
    status         VARCHAR(16)  NOT NULL,
    source_version BIGINT       NOT NULL
);
CREATE INDEX ix_executive_manager ON executive (manager_id);
