-- Retention deletes the ids of applied events older than the retention, oldest first, by this index.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
