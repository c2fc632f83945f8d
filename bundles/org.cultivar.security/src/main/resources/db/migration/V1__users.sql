-- Users, their roles and the one-time setup token. Portable SQL: H2 2.3 (PostgreSQL mode) and
-- PostgreSQL 15+.

-- User names are stored in lower case (the service lower-cases what people type), so the
-- primary key makes them unique regardless of case; the CHECK guards against other writers.
CREATE TABLE security_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- at most 100 characters; H2 counts UTF-16 units, so room for 100 supplementary characters
    display_name    VARCHAR(200) NOT NULL,
    -- Argon2id in PHC string format, parameters included
    password_hash   VARCHAR(200) NOT NULL,
    -- GB/T 2260 code of the region the user acts in; 100000 = national
    region_scope    VARCHAR(6)   NOT NULL,
    active          BOOLEAN      NOT NULL,
    -- consecutive failed sign-ins since the last success or lock
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_sign_in    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT security_user_name_lower_case CHECK (username = LOWER(username)),
    CONSTRAINT security_user_name_length CHECK (CHAR_LENGTH(username) BETWEEN 3 AND 64),
    CONSTRAINT security_user_scope_length CHECK (CHAR_LENGTH(region_scope) = 6),
    CONSTRAINT security_user_failed_attempts CHECK (failed_attempts >= 0)
);

CREATE TABLE security_user_role (
    username  VARCHAR(64) NOT NULL REFERENCES security_user (username),
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role_name),
    CONSTRAINT security_user_role_known CHECK (role_name IN ('ADMINISTRATOR', 'OFFICIAL', 'CLERK', 'AUDITOR'))
);

-- While no administrator exists: the SHA-256 of the one-time setup token, never the token.
-- At most one row.
CREATE TABLE security_setup_token (
    id         INTEGER     NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT security_setup_token_single_row CHECK (id = 1)
);
