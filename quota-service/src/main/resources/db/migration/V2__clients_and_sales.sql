-- Read model of client-service's clients, and who owned each one from which date, so a sale is
-- credited to the client's owner on its close date without calling client-service.
CREATE TABLE client (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    legal_name           VARCHAR(300) NOT NULL,
    status               VARCHAR(32)  NOT NULL,
    primary_executive_id CHAR(36),
    source_version       BIGINT       NOT NULL
);

-- One row per client-assigned event: executive_id owns the client from effective_date (inclusive)
-- until the next row's effective_date. A second assignment on the same date replaces the first.
CREATE TABLE client_ownership (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    client_id             CHAR(36)     NOT NULL,
    executive_id          CHAR(36)     NOT NULL,
    previous_executive_id CHAR(36),
    effective_date        DATE         NOT NULL,
    reason                VARCHAR(200),
    CONSTRAINT uq_client_ownership_date UNIQUE (client_id, effective_date)
);

-- A closed sale, from the API or a won opportunity; (source_system, external_reference) is unique so
-- the same deal is never credited twice (a won opportunity's system is "opportunity").
CREATE TABLE sale (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    client_id          CHAR(36)      NOT NULL,
    amount             DECIMAL(19,4) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    product_line       VARCHAR(100)  NOT NULL,
    close_date         DATE          NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    source_system      VARCHAR(50)   NOT NULL,
    external_reference VARCHAR(200)  NOT NULL,
    opportunity_id     CHAR(36),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_sale_reference UNIQUE (source_system, external_reference)
);
CREATE INDEX ix_sale_client ON sale (client_id);

-- Who a sale is credited to, and what share of it.
CREATE TABLE sale_credit (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    sale_id         CHAR(36)      NOT NULL,
    executive_id    CHAR(36)      NOT NULL,
    credit_percent  DECIMAL(7,4)  NOT NULL,
    credited_amount DECIMAL(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    close_date      DATE          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_sale_credit_sale FOREIGN KEY (sale_id) REFERENCES sale (id)
);
CREATE INDEX ix_sale_credit_executive ON sale_credit (executive_id, close_date);
