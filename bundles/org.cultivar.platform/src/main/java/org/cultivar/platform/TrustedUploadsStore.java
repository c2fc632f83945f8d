package org.cultivar.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.cultivar.core.api.platform.TrustedUpload;
import org.cultivar.core.api.platform.TrustedUploads;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The trusted uploaded jars, kept in table {@code platform_trusted_upload}. */
@Component(service = TrustedUploads.class)
public class TrustedUploadsStore implements TrustedUploads {

    private final Transactions transactions;

    @Activate
    public TrustedUploadsStore(@Reference Transactions transactions,
                               @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.platform)") Schema schema) {
        this.transactions = transactions;
    }

    @Override
    public List<TrustedUpload> trusted() {
        return transactions.required(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT sha256, symbolic_name, bundle_version, file_name, trusted_by, trusted_at"
                            + " FROM platform_trusted_upload ORDER BY trusted_at, sha256");
                 ResultSet rows = select.executeQuery()) {
                List<TrustedUpload> uploads = new ArrayList<>();
                while (rows.next()) {
                    uploads.add(new TrustedUpload(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
                return uploads;
            }
        });
    }

    @Override
    public void recordTrusted(TrustedUpload upload) {
        transactions.required(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                         "DELETE FROM platform_trusted_upload WHERE sha256 = ? OR symbolic_name = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO platform_trusted_upload (sha256, symbolic_name, bundle_version, file_name, trusted_by, trusted_at)"
                                 + " VALUES (?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, upload.sha256());
                delete.setString(2, upload.symbolicName());
                delete.executeUpdate();
                insert.setString(1, upload.sha256());
                insert.setString(2, upload.symbolicName());
                insert.setString(3, upload.version());
                insert.setString(4, upload.fileName());
                insert.setString(5, upload.trustedBy());
                insert.setTimestamp(6, Timestamp.from(upload.trustedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordRemoved(String sha256) {
        transactions.required(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM platform_trusted_upload WHERE sha256 = ?")) {
                delete.setString(1, sha256);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
