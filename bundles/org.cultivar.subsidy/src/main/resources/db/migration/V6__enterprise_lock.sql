-- One row per schedule and enterprise: the row every approval that creates an award locks
-- (SELECT ... FOR UPDATE, after its application rows and before its budget rows) before it judges
-- the schedule's limits against the enterprise's awards (once per enterprise, once per title, the
-- yearly cap). So two approvals of one enterprise under one schedule are judged one after the
-- other whichever fiscal years, and so budget rows, their awards fall in, and whether or not those
-- budget rows exist. A row is created the first time an approval needs it (INSERT ... ON CONFLICT
-- DO NOTHING) and never deleted; it carries nothing but its key. See docs/adr/0009.
CREATE TABLE IF NOT EXISTS subsidy_enterprise_lock (
    schedule_id VARCHAR(100) NOT NULL,
    credit_code VARCHAR(18)  NOT NULL,
    PRIMARY KEY (schedule_id, credit_code)
);
