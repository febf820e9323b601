-- One row; the close that holds its lock is the only one closing a period, so a close sent at the
-- same time as another waits for it and then finds the period closed, as a later close does.
CREATE TABLE period_close_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO period_close_lock (name) VALUES ('close');
