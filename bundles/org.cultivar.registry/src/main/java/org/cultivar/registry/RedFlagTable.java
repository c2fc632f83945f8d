package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.registry.api.RedFlag;

/** registry_red_flag: the current flags of each enterprise, replaced whenever they are recomputed. */
final class RedFlagTable {

    private static final int DETAIL_LENGTH = 500;

    private RedFlagTable() {
    }

    /** The flags as the bit set kept on the enterprise row for the grid. */
    static int bits(List<RedFlag> flags) {
        int bits = 0;
        for (RedFlag flag : flags) {
            bits |= 1 << flag.kind().ordinal();
        }
        return bits;
    }

    static void replaceAll(Connection c, Map<Long, List<RedFlag>> flagsById) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry_red_flag WHERE enterprise_id = ?")) {
            for (long id : flagsById.keySet()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        insertAll(c, flagsById);
    }

    static void insertAll(Connection c, Map<Long, List<RedFlag>> flagsById) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO registry_red_flag (enterprise_id, kind, detail) VALUES (?, ?, ?)")) {
            boolean any = false;
            for (Map.Entry<Long, List<RedFlag>> entry : flagsById.entrySet()) {
                for (RedFlag flag : distinctKinds(entry.getValue())) {
                    insert.setLong(1, entry.getKey());
                    insert.setString(2, flag.kind().name());
                    String detail = flag.detail() == null ? "" : flag.detail();
                    insert.setString(3, detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** One flag per kind (the first), as the table keys them. */
    private static List<RedFlag> distinctKinds(List<RedFlag> flags) {
        Map<RedFlag.Kind, RedFlag> byKind = new java.util.EnumMap<>(RedFlag.Kind.class);
        flags.forEach(flag -> byKind.putIfAbsent(flag.kind(), flag));
        return List.copyOf(byKind.values());
    }

    static Map<Long, List<RedFlag>> ofEnterprises(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<RedFlag>> flags = new HashMap<>();
        if (ids.isEmpty()) {
            return flags;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT enterprise_id, kind, detail FROM registry_red_flag "
                + "WHERE enterprise_id IN (" + Jdbc.placeholders(ids.size()) + ") ORDER BY enterprise_id, kind")) {
            Jdbc.setAll(select, 1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    flags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new RedFlag(RedFlag.Kind.valueOf(rows.getString(2)), rows.getString(3)));
                }
            }
        }
        return flags;
    }
}
