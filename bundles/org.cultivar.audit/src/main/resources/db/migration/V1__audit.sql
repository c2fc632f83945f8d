-- The audit chain (docs/adr/0003-audit-chain.md). Portable SQL for H2 2.3 (PostgreSQL mode)
-- and PostgreSQL 15+; IF NOT EXISTS because H2 commits DDL at once, so a failed run is retried.

-- One row per link; rows are only ever inserted. hash = SHA-256 over the canonical form of
-- every other column (see EntryHash); previous_hash is the hash of entry sequence_number - 1.
CREATE TABLE IF NOT EXISTS audit_entry (
    sequence_number BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(100)             NOT NULL,
    actor_roles     VARCHAR(200)             NOT NULL,
    actor_region    VARCHAR(6),
    action          VARCHAR(100)             NOT NULL,
    entity_type     VARCHAR(100)             NOT NULL,
    entity_id       VARCHAR(200),
    region          VARCHAR(6),
    before_state    TEXT,
    after_state     TEXT,
    previous_hash   VARCHAR(64)              NOT NULL,
    hash            VARCHAR(64)              NOT NULL
);

-- Browsing filters; the primary key serves "newest first" and verification.
CREATE INDEX IF NOT EXISTS audit_entry_actor ON audit_entry (actor_id);
CREATE INDEX IF NOT EXISTS audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX IF NOT EXISTS audit_entry_action ON audit_entry (action);
CREATE INDEX IF NOT EXISTS audit_entry_recorded_at ON audit_entry (recorded_at);
CREATE INDEX IF NOT EXISTS audit_entry_region ON audit_entry (region);

-- The end of the chain, in a single row: appenders lock it (SELECT ... FOR UPDATE), so two
-- transactions can never link to the same predecessor; verification compares it with the last
-- entry, so deleting entries at the end of the chain shows too.
CREATE TABLE IF NOT EXISTS audit_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
WHERE NOT EXISTS (SELECT 1 FROM audit_chain_head);
