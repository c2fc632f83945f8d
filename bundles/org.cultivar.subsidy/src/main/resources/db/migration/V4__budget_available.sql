-- The AVAILABLE account's balance carried on the budget row, changed in the same transaction by
-- every posting that moves money into or out of AVAILABLE (Ledger.post). An approval judges the
-- budget from this one row, which it locks anyway, instead of summing the year's ledger lines,
-- which grow by two with every approval (100,000 approvals read 10^10 lines). The ledger lines
-- stay the record; the engine's tests check after every test that the two agree.
ALTER TABLE subsidy_budget ADD COLUMN IF NOT EXISTS available NUMERIC(19, 2) DEFAULT 0 NOT NULL;
UPDATE subsidy_budget SET available = (SELECT COALESCE(SUM(l.debit) - SUM(l.credit), 0) FROM subsidy_ledger_line l
    WHERE l.schedule_id = subsidy_budget.schedule_id AND l.fiscal_year = subsidy_budget.fiscal_year AND l.account = 'AVAILABLE');
