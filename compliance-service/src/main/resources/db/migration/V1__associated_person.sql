-- Read model of client-service's executive directory: the firm's associated persons who give
-- gifts, and the supervisor who reviews them.
CREATE TABLE associated_person (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    supervisor_id  CHAR(36),
    status         VARCHAR(16)  NOT NULL,
    source_version BIGINT       NOT NULL
);
