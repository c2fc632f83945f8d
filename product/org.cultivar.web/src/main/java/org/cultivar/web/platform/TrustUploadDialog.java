package org.cultivar.web.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import org.cultivar.core.api.platform.UploadedBundle;

/**
 * Shows what an uploaded jar is; "Trust and install" is the administrator's act of trusting
 * exactly this SHA-256. A jar with problems lists them and offers no way to install.
 */
class TrustUploadDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    TrustUploadDialog(UploadedBundle inspected, Runnable trust) {
        setId("upload-dialog");
        setHeaderTitle(getTranslation("platform.upload.title"));
        setWidth("min(90vw, 48rem)");
        Paragraph warning = new Paragraph(getTranslation("platform.upload.warning"));
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.add(shown("upload-file", "platform.upload.file", inspected.fileName()),
                shown("upload-symbolic-name", "platform.upload.symbolicName", inspected.symbolicName()),
                shown("upload-version", "platform.upload.version", inspected.version()),
                shown("upload-size", "platform.upload.size", String.format(getLocale(), "%,d", inspected.size())),
                shown("upload-sha256", "platform.upload.sha256", inspected.sha256()));
        add(warning, facts);
        if (!inspected.installable()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("upload-problems");
            problems.getStyle().set("color", "var(--lumo-error-text-color)");
            inspected.problems().forEach(p -> problems.add(new ListItem(p)));
            add(new Paragraph(getTranslation("platform.upload.problems")), problems);
        }
        if (!inspected.manifest().isEmpty()) {
            Pre headers = new Pre(inspected.manifest().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("\n")));
            headers.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
            add(new Details(getTranslation("platform.upload.manifest"), headers));
        }
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel);
        if (inspected.installable()) {
            Button install = new Button(getTranslation("platform.upload.trust"), e -> {
                close();
                trust.run();
            });
            install.setId("upload-trust");
            install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            install.setDisableOnClick(true);
            getFooter().add(install);
        }
    }

    private TextField shown(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setReadOnly(true); // read-only, not a label: the hash can be selected and compared
        field.setValue(value == null ? "—" : value);
        field.setWidthFull();
        return field;
    }
}
