package org.cultivar.web.platform;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.platform.UploadedBundle;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;

/**
 * Uploads a bundle jar (administrators): the service inspects it, the administrator checks its
 * manifest and SHA-256 in {@link TrustUploadDialog} and trusts it, or not.
 */
class BundleUpload extends Composite<Upload> {
    private static final long serialVersionUID = 1L;

    private final FrameworkServices services;
    private final Actor actor;
    private final Runnable installed;

    BundleUpload(FrameworkServices services, Actor actor, Runnable installed) {
        this.services = services;
        this.actor = actor;
        this.installed = installed;
    }

    @Override
    protected Upload initContent() {
        int limit = (int) UploadedBundle.MAX_SIZE_BYTES;
        Upload upload = new Upload(new JarUploadHandler(limit, this::inspect));
        upload.setId("bundle-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(limit);
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setUploadButton(new Button(getTranslation("platform.upload.button")));
        upload.setDropLabel(new Span(getTranslation("platform.upload.drop")));
        // only the browser-side refusals; everything else the upload shows is Vaadin's default
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("platform.upload.tooBig", limit / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("platform.upload.notJar"))
                .setTooManyFiles(getTranslation("platform.upload.oneFile"))));
        upload.addFileRejectedListener(e -> {
            Notification notice = new Notification(getTranslation("platform.upload.rejected", e.getFileName(), e.getErrorMessage()),
                    10000, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.open();
        });
        return upload;
    }

    private void inspect(String fileName, byte[] content) {
        getContent().clearFileList(); // the next jar can be chosen whatever becomes of this one
        PlatformAdmin admin = services.require(PlatformAdmin.class);
        Notices.obtain(() -> admin.inspectUpload(actor, fileName, content))
                .ifPresent(inspected -> new TrustUploadDialog(inspected, () -> {
                    boolean done = Notices.attempt(() -> admin.installUpload(actor, fileName, content, inspected.sha256()),
                            getTranslation("platform.upload.installed", inspected.symbolicName(), inspected.version()));
                    if (done) {
                        installed.run();
                    }
                }).open());
    }
}
