-- Why a payout is held or failed, in Chinese, beside hold_reason (English): the engine words the
-- reasons it gives itself (title no longer in force, no verified payee account, the bank's
-- failure) in both languages, and a clerk reads them in the UI's language. NULL where the reason
-- is someone's own words (a cancellation's why, the bank's text), which are shown as written.
ALTER TABLE subsidy_payout ADD COLUMN hold_reason_zh VARCHAR(1000);
