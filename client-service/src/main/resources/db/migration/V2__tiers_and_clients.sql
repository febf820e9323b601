CREATE TABLE tier (
    code                      VARCHAR(32)  NOT NULL PRIMARY KEY,
    name                      VARCHAR(100) NOT NULL,
    cadence_days              INT          NOT NULL,
    max_clients_per_executive INT,
    version                   BIGINT       NOT NULL,
    created_at                TIMESTAMP(6) NOT NULL,
    updated_at                TIMESTAMP(6) NOT NULL
);

INSERT INTO tier (code, name, cadence_days, max_clients_per_executive, version, created_at, updated_at) VALUES
    ('KEY', 'Key account', 30, 10, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
    ('PRIORITY', 'Priority', 60, NULL, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
    ('STANDARD', 'Standard', 90, NULL, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));

CREATE TABLE client (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    legal_name           VARCHAR(200) NOT NULL,
    client_type          VARCHAR(16)  NOT NULL,
    industry             VARCHAR(100),
    segment              VARCHAR(100),
    region               VARCHAR(100),
    country              CHAR(2)      NOT NULL,
    tier_code            VARCHAR(32)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    primary_executive_id CHAR(36),
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_client_tier FOREIGN KEY (tier_code) REFERENCES tier (code),
    CONSTRAINT fk_client_primary_executive FOREIGN KEY (primary_executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_client_legal_name ON client (legal_name);
CREATE INDEX ix_client_executive_tier ON client (primary_executive_id, tier_code);
CREATE INDEX ix_client_status ON client (status);
CREATE INDEX ix_client_segment ON client (segment);

CREATE TABLE client_identifier (
    client_id        CHAR(36)     NOT NULL,
    scheme           VARCHAR(32)  NOT NULL,
    identifier_value VARCHAR(100) NOT NULL,
    PRIMARY KEY (client_id, scheme),
    CONSTRAINT fk_client_identifier_client FOREIGN KEY (client_id) REFERENCES client (id)
);
