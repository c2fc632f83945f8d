package org.cultivar.web.registry;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryImport;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;
import org.cultivar.web.shell.RefusalText;

/**
 * Batch lists into the registry: upload, a dry run that stores nothing, the official's choice
 * for invalid rows, then a background job. While one of the user's jobs runs the page polls
 * for progress, and stops polling when none does.
 */
@Route(value = "registry/import", layout = MainLayout.class)
@RequiresRole(Role.OFFICIAL)
public class RegistryImportView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    private static final int POLL_MILLIS = 1000;

    private final Actor actor = CurrentActor.require();
    private final transient RegistryImport registryImport;
    private final VerticalLayout previewArea = new VerticalLayout();
    private final ImportJobsGrid jobs = new ImportJobsGrid();
    private Upload upload;
    private Registration polling;

    public RegistryImportView() {
        setId("registry-import-view");
        add(new H2(RegistryLabels.text("nav.registryImport")));
        registryImport = RegistryServices.find(RegistryImport.class).orElse(null);
        if (registryImport == null) {
            add(new RegistryUnavailable());
            return;
        }
        previewArea.setPadding(false);
        add(new Paragraph(RegistryLabels.text("registry.import.intro")), upload(), previewArea,
                new H3(RegistryLabels.text("registry.import.jobs")), jobs);
    }

    private Upload upload() {
        upload = new Upload(new ImportFileHandler(MAX_FILE_BYTES, this::check));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(RegistryLabels.text("registry.import.choose")));
        upload.setDropLabel(new Span(RegistryLabels.text("registry.import.drop")));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(RegistryLabels.text("registry.import.tooBig", MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(RegistryLabels.text("registry.import.wrongType"))
                .setTooManyFiles(RegistryLabels.text("registry.import.oneFile"))));
        return upload;
    }

    /** Runs in the upload's request thread, outside the session lock: the dry run of a large list takes a while. */
    private void check(UI ui, String fileName, Path file) {
        try (InputStream content = Files.newInputStream(file)) {
            ImportPreview preview = registryImport.preview(actor, fileName, content);
            ui.access(() -> showPreview(preview));
        } catch (InvalidInputException | AccessDeniedException refused) {
            ui.access(() -> Refusals.show(RefusalText.of(refused)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private void showPreview(ImportPreview preview) {
        upload.clearFileList();
        previewArea.removeAll();
        RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>(RegistryLabels.text("registry.import.mode"));
        mode.setId("import-mode");
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> RegistryLabels.text("registry.import.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        Button start = new Button(RegistryLabels.text("registry.import.start"), e -> start(preview, mode.getValue()));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true); // a double click must not start the same import twice
        start.setEnabled(preview.validRows() > 0);
        HorizontalLayout choice = new HorizontalLayout(mode, start);
        choice.setAlignItems(Alignment.BASELINE);
        previewArea.add(new ImportPreviewPanel(preview), choice);
    }

    private void start(ImportPreview preview, ImportMode mode) {
        Refusals.obtain(() -> registryImport.start(actor, preview.id(), mode)).ifPresent(job -> {
            previewArea.removeAll();
            Refusals.success(RegistryLabels.text("registry.import.started", job.fileName()));
        });
        refreshJobs();
    }

    private void refreshJobs() {
        List<ImportJob> mine = registryImport.jobs(actor);
        jobs.setItems(mine);
        boolean running = mine.stream().anyMatch(job -> job.state() == ImportJob.State.RUNNING);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (registryImport != null) {
            polling = event.getUI().addPollListener(poll -> refreshJobs());
            refreshJobs();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the operating system's cleanup takes it
        }
    }

    @Override
    public String getPageTitle() {
        return RegistryLabels.text("nav.registryImport") + " · " + RegistryLabels.text("app.title");
    }
}
