-- The bigram index, reshaped for write speed at national scale (ADR 0007):
-- 1. A posting is one BIGINT: the bigram (two 16-bit characters) times 2^31 plus the enterprise
--    id, so the table is one B-tree keyed by itself; the former (gram, enterprise_id) key cost
--    H2 a hidden row id, a unique secondary index and its uniqueness check per posting.
--    Characters above U+FFFF share 16 bits with one in the BMP: a rare false candidate, which
--    the LIKE condition that always follows removes.
-- 2. Bigrams held by more than 5,000 names (EnterpriseSearch.CANDIDATES) narrow no search
--    (EnterpriseSearch walks the name index for them instead), yet they were most of the
--    postings: they are listed once as common and not indexed. Writers list those their own
--    rows take over the limit, the daily sweep the rest (CommonGrams).
-- 3. A rename removes exactly the old name's postings, so no index by enterprise is needed.
CREATE TABLE IF NOT EXISTS registry_name_posting (
    posting BIGINT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS registry_name_gram_common (
    gram BIGINT PRIMARY KEY
);

DELETE FROM registry_name_posting;
INSERT INTO registry_name_posting (posting)
    SELECT DISTINCT (MOD(gram / 2097152, 65536) * 65536 + MOD(MOD(gram, 2097152), 65536)) * 2147483648 + enterprise_id
    FROM registry_name_gram;
INSERT INTO registry_name_gram_common (gram)
    SELECT posting / 2147483648 FROM registry_name_posting GROUP BY posting / 2147483648 HAVING COUNT(*) > 5000
    ON CONFLICT DO NOTHING;
DELETE FROM registry_name_posting WHERE posting / 2147483648 IN (SELECT gram FROM registry_name_gram_common);
DROP TABLE registry_name_gram;
