package org.cultivar.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.RegionCatalogue;

/**
 * Turns a query into a WHERE clause over {@code registry_enterprise e}, choosing the plan by how
 * selective the text is (DESIGN: 1,000,000 enterprises, a page in well under 50 ms):
 * <ul>
 * <li>text that looks like a credit code (code characters with a digit): a range of the unique index;</li>
 * <li>Chinese text of two or more characters whose rarest bigram is held by at most
 *     {@value #CANDIDATES} names: those names are the candidates, checked with LIKE and sorted;</li>
 * <li>anything else (one character, ASCII words, very common bigrams): LIKE while walking the
 *     name index in grid order, which finds a page of common matches quickly.</li>
 * </ul>
 * English names are not in the bigram index (it would triple its size), so a rare English word
 * walks the name index; see the report in docs/performance.md. The names beginning with the text
 * are listed first ({@link Where#withNamePrefix}): a range of the name index, where a walk for a
 * city's name (the usual beginning of a Chinese firm's name) would pass most of the registry first.
 */
final class EnterpriseSearch {

    /** Up to this many candidates are fetched by id and sorted; beyond, walking the name index is cheaper. */
    static final long CANDIDATES = 5_000;

    private static final String CODE_CHARACTERS = "[0-9A-HJ-NPQRTUWXY]{2,18}";

    /**
     * The condition and its parameters, in order; {@code namePrefix} is the text when it is looked
     * for in names (not a credit code), so that the names beginning with it can be listed first.
     */
    record Where(String sql, List<Object> parameters, String namePrefix) {

        Where(String sql, List<Object> parameters) {
            this(sql, parameters, null);
        }

        /** This condition and the name's beginning with the prefix (or, {@code beginning == false}, not). */
        Where withNamePrefix(boolean beginning) {
            String range = "e.name_zh >= ? AND e.name_zh < ?";
            List<Object> all = new ArrayList<>(parameters);
            all.add(namePrefix);
            all.add(namePrefix + PAST_PREFIX);
            return new Where(sql + " AND " + (beginning ? range : "NOT (" + range + ")"), all, null);
        }
    }

    /** Sorts after every character that can follow a prefix in a name (surrogates are below it). */
    private static final char PAST_PREFIX = '\uFFFF';

    private EnterpriseSearch() {
    }

    static Where where(Connection c, EnterpriseQuery query) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        text(c, query.text(), conditions, parameters);
        if (query.region() != null && !query.region().isNational()) {
            Set<String> covered = RegionCatalogue.standard().within(query.region()).stream()
                    .map(region -> region.code().code()).collect(Collectors.toSet());
            covered.add(query.region().code());
            conditions.add("e.region_code IN (" + Jdbc.placeholders(covered.size()) + ")");
            parameters.addAll(covered);
        }
        if (query.sector() != null) {
            conditions.add("e.sector = ?");
            parameters.add(query.sector().name());
        }
        if (query.tier() != null) {
            conditions.add("e.top_tier = ?");
            parameters.add(query.tier().name());
        }
        if (query.status() != null) {
            // a status in force is the grid's own column; an ended one is looked for among all titles
            conditions.add(query.status().inForce() ? "e.top_status = ?"
                    : "EXISTS (SELECT 1 FROM registry_title t WHERE t.enterprise_id = e.id AND t.status = ?)");
            parameters.add(query.status().name());
        }
        if (query.redFlag() != null) {
            conditions.add("EXISTS (SELECT 1 FROM registry_red_flag f WHERE f.enterprise_id = e.id AND f.kind = ?)");
            parameters.add(query.redFlag().name());
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), parameters,
                namePrefix(query.text()));
    }

    /** The text as a name's beginning, unless there is none or it is taken as a credit code. */
    private static String namePrefix(String text) {
        if (text == null || text.isBlank() || looksLikeCode(text.strip().toUpperCase(Locale.ROOT))) {
            return null;
        }
        return text.strip();
    }

    private static boolean looksLikeCode(String upper) {
        return upper.matches(CODE_CHARACTERS) && upper.chars().anyMatch(Character::isDigit);
    }

    private static void text(Connection c, String text, List<String> conditions, List<Object> parameters)
            throws SQLException {
        if (text == null || text.isBlank()) {
            return;
        }
        String stripped = text.strip();
        String upper = stripped.toUpperCase(Locale.ROOT);
        if (looksLikeCode(upper)) {
            // 'Z' sorts after every code character, so this is exactly the codes with the prefix
            conditions.add("e.credit_code >= ? AND e.credit_code < ?");
            parameters.add(upper);
            parameters.add(upper + "Z");
            return;
        }
        String pattern = "%" + escapeLike(NameGrams.normalise(stripped)) + "%";
        boolean chinese = stripped.codePoints().anyMatch(cp -> cp > 0x7F);
        if (chinese && stripped.codePointCount(0, stripped.length()) >= 2) {
            Long rarest = rarestGram(c, stripped);
            // while a first load is under way the name index is incomplete: the LIKE alone decides
            // (asked only when the index would be used, so a common text costs no extra query)
            if (rarest != null && !FirstLoad.underWay(c)) {
                conditions.add(NameGramTable.holdingCondition());
                parameters.addAll(NameGramTable.holdingParameters(rarest));
            }
            conditions.add("LOWER(e.name_zh) LIKE ? ESCAPE '\\'");
            parameters.add(pattern);
            return;
        }
        conditions.add("(LOWER(e.name_zh) LIKE ? ESCAPE '\\' OR LOWER(e.name_en) LIKE ? ESCAPE '\\')");
        parameters.add(pattern);
        parameters.add(pattern);
    }

    /** The text's bigram held by the fewest names, if few enough to be worth fetching by id. */
    private static Long rarestGram(Connection c, String text) throws SQLException {
        Long rarest = null;
        long fewest = Long.MAX_VALUE;
        for (long gram : NameGrams.of(text)) {
            long frequency = NameGramTable.frequency(c, gram, CANDIDATES);
            if (frequency < fewest) {
                fewest = frequency;
                rarest = gram;
            }
            if (frequency == 0) {
                break;
            }
        }
        return fewest <= CANDIDATES ? rarest : null;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
