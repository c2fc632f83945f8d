-- Bigrams held by very many names narrow no search (EnterpriseSearch walks the name index for
-- them instead), yet they were most of registry_name_gram's rows and of an import's writes.
-- A bigram held by more than 5,000 names (EnterpriseSearch.CANDIDATES) is now listed here once
-- and its postings are dropped; writers skip it. Writers promote the bigrams their own rows push
-- over the limit, the daily sweep the rest (CommonGrams).
CREATE TABLE IF NOT EXISTS registry_name_gram_common (
    gram BIGINT PRIMARY KEY
);

-- a rename now removes exactly the old name's bigrams, so no index by enterprise is needed
DROP INDEX IF EXISTS registry_name_gram_enterprise;

INSERT INTO registry_name_gram_common (gram)
    SELECT g.gram FROM registry_name_gram g GROUP BY g.gram HAVING COUNT(*) > 5000
    ON CONFLICT DO NOTHING;
DELETE FROM registry_name_gram WHERE gram IN (SELECT gram FROM registry_name_gram_common);
