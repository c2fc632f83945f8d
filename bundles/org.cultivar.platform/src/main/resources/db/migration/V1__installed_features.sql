-- Which features are installed: the source of truth every node reads at start.
CREATE TABLE platform_installed_feature (
    feature_id   VARCHAR(200) NOT NULL PRIMARY KEY,
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    installed_by VARCHAR(100) NOT NULL
);
