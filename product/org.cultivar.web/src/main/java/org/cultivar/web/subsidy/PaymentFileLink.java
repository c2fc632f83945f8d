package org.cultivar.web.subsidy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;

/**
 * Downloads a batch's payment file. The file is produced when the link is followed, not when the
 * page is drawn: producing it marks the batch as sent, and the engine gives the same bytes again.
 */
class PaymentFileLink extends Anchor {
    private static final long serialVersionUID = 1L;

    PaymentFileLink(DisbursementBatches batches, Actor actor, long batchId, PaymentFile.Format format) {
        super(DownloadHandler.fromInputStream(event -> {
            PaymentFile file = batches.paymentFile(actor, batchId, format);
            String type = format == PaymentFile.Format.CSV ? "text/csv" : "application/xml";
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), type, file.content().length);
        }), SubsidyLabels.text("subsidy.batch.file." + format.name()));
        setId("payment-file-" + batchId + "-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
