-- Retention (platform) deletes the answers older than the retention, oldest first, by this index.
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
