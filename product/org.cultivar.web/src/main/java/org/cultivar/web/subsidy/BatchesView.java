package org.cultivar.web.subsidy;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * Disbursement: clerks put ready payouts into a batch, watch it fill, download its payment file
 * and bring back the bank's confirmation through a preview. While a batch is being prepared the
 * page polls, and stops polling when none is.
 */
@Route(value = "subsidies/batches", layout = MainLayout.class)
@RequiresRole({Role.CLERK, Role.OFFICIAL})
public class BatchesView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /** The newest batches shown; older ones stay in the engine and the audit trail. */
    static final int SHOWN_BATCHES = 200;
    /** Bank confirmations are a few lines per payout; anything larger is not one. */
    static final int MAX_CONFIRMATION_BYTES = 20 * 1024 * 1024;
    private static final int POLL_MILLIS = 1000;

    private final Actor actor = CurrentActor.require();
    private final transient DisbursementBatches batches;
    private final transient Payouts payouts;
    private BatchesGrid grid;
    private final VerticalLayout previewArea = new VerticalLayout();
    private Registration polling;

    public BatchesView() {
        setId("batches-view");
        add(new H2(SubsidyLabels.text("nav.subsidyBatches")));
        batches = SubsidyServices.find(DisbursementBatches.class).orElse(null);
        payouts = SubsidyServices.find(Payouts.class).orElse(null);
        if (batches == null || payouts == null) {
            add(new SubsidyUnavailable());
            return;
        }
        if (SubsidyPermissions.mayDisburse(actor)) {
            Button create = new Button(SubsidyLabels.text("subsidy.batch.create"),
                    e -> new CreateBatchDialog(batches, payouts, actor, batch -> refresh()).open());
            create.setId("open-create-batch");
            add(create);
        }
        grid = new BatchesGrid(batches, actor);
        add(grid);
        if (SubsidyPermissions.mayDisburse(actor)) {
            previewArea.setPadding(false);
            add(new H3(SubsidyLabels.text("subsidy.confirmation")), confirmationUpload(), previewArea);
        }
    }

    private Upload confirmationUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
            ConfirmationPreview preview = Refusals.obtain(() -> batches.previewConfirmation(actor, metadata.fileName(),
                    new ByteArrayInputStream(content))).orElse(null);
            previewArea.removeAll();
            if (preview != null) {
                previewArea.add(new ConfirmationPreviewPanel(preview, () -> apply(preview)));
            }
        }));
        upload.setId("confirmation-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_CONFIRMATION_BYTES);
        upload.setAcceptedFileTypes(".xml", ".csv", "text/csv", "application/xml", "text/xml");
        upload.setUploadButton(new Button(SubsidyLabels.text("subsidy.confirmation.choose")));
        upload.setDropLabel(new Span(SubsidyLabels.text("subsidy.confirmation.drop")));
        // the browser-side refusals in the person's language, not Vaadin's English defaults
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(SubsidyLabels.text("subsidy.confirmation.tooBig", MAX_CONFIRMATION_BYTES / (1024 * 1024)))
                .setIncorrectFileType(SubsidyLabels.text("subsidy.confirmation.wrongType"))
                .setTooManyFiles(SubsidyLabels.text("subsidy.confirmation.oneFile"))));
        return upload;
    }

    private void apply(ConfirmationPreview preview) {
        Refusals.obtain(() -> batches.applyConfirmation(actor, preview.previewId())).ifPresent(applied -> {
            previewArea.removeAll();
            long changed = applied.lines().stream().filter(line -> !line.alreadyApplied()).count();
            Refusals.success(SubsidyLabels.text("subsidy.confirmation.applied.done", changed));
            refresh();
        });
    }

    private void refresh() {
        List<DisbursementBatch> shown = batches.batches(actor, 0, SHOWN_BATCHES);
        grid.setItems(shown);
        boolean preparing = shown.stream().anyMatch(batch -> batch.status() == DisbursementBatch.Status.PREPARING);
        getUI().ifPresent(ui -> ui.setPollInterval(preparing ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (batches != null) {
            polling = event.getUI().addPollListener(poll -> refresh());
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return SubsidyLabels.text("nav.subsidyBatches") + " · " + SubsidyLabels.text("app.title");
    }
}
