CREATE TABLE opportunity (
    id                  CHAR(36)       NOT NULL PRIMARY KEY,
    client_id           CHAR(36)       NOT NULL,
    executive_id        CHAR(36)       NOT NULL,
    product_line        VARCHAR(100)   NOT NULL,
    amount              DECIMAL(19, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    expected_close_date DATE           NOT NULL,
    probability         INT            NOT NULL,
    stage               VARCHAR(16)    NOT NULL,
    lost_reason         VARCHAR(500),
    closed_on           DATE,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP(6)   NOT NULL,
    updated_at          TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_opportunity_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_opportunity_executive FOREIGN KEY (executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_opportunity_client ON opportunity (client_id);
CREATE INDEX ix_opportunity_executive_stage ON opportunity (executive_id, stage);
