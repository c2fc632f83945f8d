-- A pending change can be cancelled by an official with a reason; it stays in the history.
-- replaced_values: the values a change replaced, recorded when the engine applied it (what was in
-- force just before its day), as a JSON object of its keys; before_values stays as seen when proposed.
ALTER TABLE subsidy_schedule_change ADD COLUMN IF NOT EXISTS replaced_values TEXT;
ALTER TABLE subsidy_schedule_change ADD COLUMN IF NOT EXISTS cancelled_by VARCHAR(100);
ALTER TABLE subsidy_schedule_change ADD COLUMN IF NOT EXISTS cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE subsidy_schedule_change ADD COLUMN IF NOT EXISTS cancel_reason VARCHAR(2000);
