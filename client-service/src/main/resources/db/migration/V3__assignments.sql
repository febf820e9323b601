-- One row per holding of a client by a primary executive: [effective_from, effective_to), the open
-- row (effective_to NULL) is the current holder.
CREATE TABLE client_assignment (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    client_id             CHAR(36)     NOT NULL,
    executive_id          CHAR(36)     NOT NULL,
    previous_executive_id CHAR(36),
    effective_from        DATE         NOT NULL,
    effective_to          DATE,
    reason                VARCHAR(500) NOT NULL,
    assigned_by           VARCHAR(100) NOT NULL,
    created_at            TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_assignment_executive FOREIGN KEY (executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_assignment_client_from ON client_assignment (client_id, effective_from);
CREATE INDEX ix_assignment_executive ON client_assignment (executive_id);

CREATE TABLE account_team_member (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    client_id    CHAR(36)     NOT NULL,
    executive_id CHAR(36)     NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_team_member UNIQUE (client_id, executive_id),
    CONSTRAINT fk_team_member_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_team_member_executive FOREIGN KEY (executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_team_member_executive ON account_team_member (executive_id);
