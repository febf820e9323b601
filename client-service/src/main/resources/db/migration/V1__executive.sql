CREATE TABLE executive (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    region     VARCHAR(100),
    hire_date  DATE         NOT NULL,
    manager_id CHAR(36),
    status     VARCHAR(16)  NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_executive_email UNIQUE (email),
    CONSTRAINT fk_executive_manager FOREIGN KEY (manager_id) REFERENCES executive (id)
);
CREATE INDEX ix_executive_manager ON executive (manager_id);
CREATE INDEX ix_executive_status ON executive (status);
