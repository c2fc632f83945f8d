package org.cultivar.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cultivar.core.api.platform.InstalledFeatures;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The installed features, kept in table {@code platform_installed_feature}. */
@Component(service = InstalledFeatures.class)
public class InstalledFeaturesStore implements InstalledFeatures {

    private final Transactions transactions;

    @Activate
    public InstalledFeaturesStore(@Reference Transactions transactions,
                                  @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.platform)") Schema schema) {
        this.transactions = transactions;
    }

    @Override
    public List<String> installed() {
        return transactions.required(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT feature_id FROM platform_installed_feature ORDER BY installed_at, feature_id");
                 ResultSet rows = select.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        });
    }

    @Override
    public void recordInstalled(String featureId, String installedBy) {
        transactions.required(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM platform_installed_feature WHERE feature_id = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO platform_installed_feature (feature_id, installed_at, installed_by) VALUES (?, ?, ?)")) {
                delete.setString(1, featureId);
                delete.executeUpdate();
                insert.setString(1, featureId);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setString(3, installedBy);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordUninstalled(String featureId) {
        transactions.required(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM platform_installed_feature WHERE feature_id = ?")) {
                delete.setString(1, featureId);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
