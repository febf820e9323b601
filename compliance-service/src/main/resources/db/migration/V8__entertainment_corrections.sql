-- Entertainment is append-only like gifts: a correction is a new entertainment record that names
-- the one it corrects; the corrected record then no longer counts toward the frequency flags.
ALTER TABLE entertainment
    ADD COLUMN corrects_entertainment_id CHAR(36),
    ADD COLUMN correction_reason VARCHAR(1000),
    ADD INDEX entertainment_corrects (corrects_entertainment_id);
