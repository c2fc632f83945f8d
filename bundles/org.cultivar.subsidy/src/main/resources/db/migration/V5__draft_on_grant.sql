-- No-application awards (免申即享). A draft the engine records for a granted title names the
-- title; the unique key keeps it to one draft per schedule and title, also when two nodes sweep
-- at once. NULL (never equal to another NULL) for applications clerks record.
ALTER TABLE subsidy_application ADD COLUMN IF NOT EXISTS granted_title_id BIGINT;
CREATE UNIQUE INDEX IF NOT EXISTS subsidy_application_granted_title ON subsidy_application (schedule_id, granted_title_id);

-- The first day the engine saw each schedule draft on grant: a schedule without a window
-- opening drafts only for titles granted since then, not for every title granted in the past.
CREATE TABLE IF NOT EXISTS subsidy_draft_on_grant (
    schedule_id VARCHAR(100) PRIMARY KEY,
    drafts_from DATE         NOT NULL
);
