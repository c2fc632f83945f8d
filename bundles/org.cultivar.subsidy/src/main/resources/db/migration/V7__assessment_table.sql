-- The assessment (the explanation JSON, kilobytes) moves into a table of its own, written when an
-- application is assessed and when a correction assesses it again. In subsidy_application it was
-- rewritten by every status change, round and step of review and approval: on H2 that was the
-- largest part of the page writing at 100,000 approvals (docs/performance.md).
-- Statements that can run again: H2 commits each DDL statement at once.
CREATE TABLE IF NOT EXISTS subsidy_assessment (
    application_id BIGINT NOT NULL PRIMARY KEY REFERENCES subsidy_application (id),
    assessment     TEXT   NOT NULL
);
INSERT INTO subsidy_assessment (application_id, assessment)
    SELECT a.id, a.assessment FROM subsidy_application a
    WHERE NOT EXISTS (SELECT 1 FROM subsidy_assessment s WHERE s.application_id = a.id);
ALTER TABLE subsidy_application DROP COLUMN IF EXISTS assessment;
