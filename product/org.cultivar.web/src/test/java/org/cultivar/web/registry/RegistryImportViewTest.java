package org.cultivar.web.registry;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.web.registry.RegistryFixtures.OFFICIAL;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.junit.jupiter.api.Test;

class RegistryImportViewTest extends RegistryUiTest {

    @Test
    void previewShowsProblemsAndStartCreatesAJobThatIsPolled() {
        registry.preview = new ImportPreview("preview-1", "list.csv", "ab12", 3, 2, 1, 2, 0,
                List.of(FieldProblem.at(3, "credit_code", "统一社会信用代码校验码不符。", "Credit code fails its check character")), true);
        signIn(OFFICIAL);
        UI.getCurrent().navigate("registry/import");

        _upload(_get(Upload.class), "list.csv", "text/csv", "统一社会信用代码,名称\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(); // the preview arrives through UI.access from the upload's thread

        assertThat(registry.previewedContent).containsExactly("list.csv:统一社会信用代码,名称\n");
        assertThat(_get(Span.class, spec -> spec.withId("import-invalid")).getText()).isEqualTo("无效：1");
        assertThat(_find(Paragraph.class, spec -> spec.withId("import-problems-truncated"))).hasSize(1);
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_size(problems)).isEqualTo(1);
        assertThat(_getFormattedRow(problems, 0)).as("the column as the file's header names it, the message in Chinese")
                .containsExactly("3", "统一社会信用代码", "统一社会信用代码校验码不符。");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("import-mode"));
        _setValue(mode, ImportMode.VALID_ROWS_ONLY);
        _click(_get(Button.class, spec -> spec.withId("import-start")));

        assertThat(registry.startedModes).containsExactly(ImportMode.VALID_ROWS_ONLY);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("import-jobs")))).isEqualTo(1);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
    }

    @Test
    void aJobWithEveryLineStoredThatStillRunsSaysItIsBuildingTheSearchIndexes() {
        signIn(OFFICIAL);
        UI.getCurrent().navigate("registry/import");
        ImportJob building = new ImportJob("job-2", "national.csv", "gz.official", Instant.now(), ImportJob.State.RUNNING,
                1_000_000, 1_000_000, null, null);
        ImportJob storing = new ImportJob("job-3", "national.csv", "gz.official", Instant.now(), ImportJob.State.RUNNING,
                400_000, 1_000_000, null, null);

        assertThat(ImportJobsGrid.finishing(building)).isTrue();
        assertThat(ImportJobsGrid.outcome(building)).startsWith("正在建立检索索引");
        assertThat(ImportJobsGrid.finishing(storing)).isFalse();
        assertThat(ImportJobsGrid.outcome(storing)).isEmpty();
        ImportJob failed = new ImportJob("job-4", "national.csv", "gz.official", Instant.now(), ImportJob.State.FAILED,
                0, 1_000_000, null, "Nothing was stored: the import failed", "未保存任何内容：导入失败");
        assertThat(ImportJobsGrid.outcome(failed)).isEqualTo("未保存任何内容：导入失败");
    }
}
