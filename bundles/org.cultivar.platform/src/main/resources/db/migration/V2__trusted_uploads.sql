-- Uploaded jars an administrator trusted by confirming their SHA-256; every node installs them
-- at start from DATA/uploads/<sha256>.jar while that file still has this hash.
-- One record per symbolic name: two bundles of one name would clash in the framework.
CREATE TABLE platform_trusted_upload (
    sha256         VARCHAR(64)  NOT NULL PRIMARY KEY,
    symbolic_name  VARCHAR(255) NOT NULL,
    bundle_version VARCHAR(100) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    trusted_by     VARCHAR(100) NOT NULL,
    trusted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT platform_trusted_upload_name UNIQUE (symbolic_name)
);
