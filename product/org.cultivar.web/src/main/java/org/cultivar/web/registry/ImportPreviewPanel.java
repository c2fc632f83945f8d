package org.cultivar.web.registry;

import org.cultivar.web.shell.ProblemText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportPreview;

/** What a checked file would change, and every problem found, by line and field, before anything is stored. */
class ImportPreviewPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    ImportPreviewPanel(ImportPreview preview) {
        setPadding(false);
        setId("import-preview");
        HorizontalLayout counts = new HorizontalLayout(
                count("import-total", "registry.import.total", preview.totalRows()),
                count("import-valid", "registry.import.valid", preview.validRows()),
                count("import-invalid", "registry.import.invalid", preview.invalidRows()),
                count("import-new", "registry.import.new", preview.newRows()),
                count("import-unchanged", "registry.import.unchanged", preview.unchanged()));
        counts.setWrap(true);
        add(new Paragraph(RegistryLabels.text("registry.import.file", preview.fileName(), preview.sha256())), counts);
        if (preview.problems().isEmpty()) {
            return;
        }
        if (preview.problemsTruncated()) {
            Paragraph truncated = new Paragraph(RegistryLabels.text("registry.import.truncated", preview.problems().size()));
            truncated.setId("import-problems-truncated");
            add(truncated);
        }
        Grid<FieldProblem> problems = new Grid<>();
        problems.setId("import-problems");
        problems.addColumn(FieldProblem::line).setHeader(RegistryLabels.text("registry.import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> ProblemText.field(problem.field())).setHeader(RegistryLabels.text("registry.import.field"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ProblemText::message).setHeader(RegistryLabels.text("registry.import.message")).setFlexGrow(1);
        problems.setItems(preview.problems());
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a problem is a sentence: read whole, not cut off
        problems.setHeight("20em");
        add(problems);
    }

    private static Span count(String id, String key, long value) {
        Span count = new Span(RegistryLabels.text(key, String.format("%,d", value)));
        count.setId(id);
        return count;
    }
}
