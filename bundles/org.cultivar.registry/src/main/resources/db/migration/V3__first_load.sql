-- A first load under way (ADR 0010). While this row exists, the indexes a first load sets aside
-- may be missing and the name postings are incomplete, so searches do not rely on them; the
-- registry rebuilds both and then deletes the row, also when it starts again after a process
-- stopped in the middle of a first load.
CREATE TABLE IF NOT EXISTS registry_first_load (
    id         INTEGER                  PRIMARY KEY CHECK (id = 1),
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by VARCHAR(100)             NOT NULL
);
