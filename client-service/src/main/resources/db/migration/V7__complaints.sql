CREATE TABLE complaint (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    client_id         CHAR(36)      NOT NULL,
    executive_id      CHAR(36)      NOT NULL,
    severity          VARCHAR(16)   NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    received_on       DATE          NOT NULL,
    due_date          DATE          NOT NULL,
    acknowledged_at   TIMESTAMP(6),
    resolved_at       TIMESTAMP(6),
    resolution        VARCHAR(2000),
    overdue_published BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_complaint_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_complaint_executive FOREIGN KEY (executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_complaint_client ON complaint (client_id);
CREATE INDEX ix_complaint_open_due ON complaint (status, due_date);
