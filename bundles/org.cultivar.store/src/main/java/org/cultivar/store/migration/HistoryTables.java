package org.cultivar.store.migration;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/** Names each owning bundle's own Flyway history table. */
public final class HistoryTables {

    /**
     * PostgreSQL silently cuts identifiers beyond 63 bytes, and Flyway names the table's index
     * after it plus {@code _s_idx}: beyond 57 characters the index would collide with the table.
     */
    static final int MAXIMUM_LENGTH = 63 - "_s_idx".length();

    private static final String PREFIX = "schema_history_";

    private HistoryTables() {
    }

    /**
     * {@code schema_history_} + the symbolic name with every non-alphanumeric character
     * replaced by {@code _}, lower case; a name too long for PostgreSQL is shortened and
     * given a checksum of the full name, so two long names never share a table.
     */
    public static String forOwner(String symbolicName) {
        String name = PREFIX + symbolicName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        if (name.length() <= MAXIMUM_LENGTH) {
            return name;
        }
        CRC32 checksum = new CRC32();
        checksum.update(symbolicName.getBytes(StandardCharsets.UTF_8));
        String suffix = "_" + HexFormat.of().toHexDigits((int) checksum.getValue());
        return name.substring(0, MAXIMUM_LENGTH - suffix.length()) + suffix;
    }
}
