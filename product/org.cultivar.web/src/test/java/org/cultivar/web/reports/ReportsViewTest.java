package org.cultivar.web.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportException;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;
import org.cultivar.web.EmbeddedFramework;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportsViewTest {

    private static final Actor AUDITOR = new Actor("auditor1", "Auditor", Set.of(Role.AUDITOR), RegionCode.NATIONAL);
    private static final ReportDescriptor BATCH_LIST = new ReportDescriptor("disbursement-batch", "拨付清单", "Disbursement batch list",
            List.of(ReportParameter.required(Kind.BATCH)));
    private static final ReportDescriptor AUDIT_EXTRACT = new ReportDescriptor("audit-extract", "审计日志摘录", "Audit trail extract",
            List.of(ReportParameter.optional(Kind.DATE_RANGE), ReportParameter.optional(Kind.ENTITY)));
    private static final RenderedReport DOCUMENT = new RenderedReport("disbursement-batch-7.pdf", OutputFormat.PDF,
            "%PDF".getBytes(StandardCharsets.US_ASCII));

    private final FakeReportService service = new FakeReportService(new java.util.ArrayList<>(List.of(AUDIT_EXTRACT, BATCH_LIST)),
            request -> DOCUMENT);

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }

    @Test
    void anAuditorSeesExactlyTheReportsTheServiceOffers() {
        open();

        assertThat(reportList().getListDataView().getItems().toList()).containsExactly(AUDIT_EXTRACT, BATCH_LIST);
    }

    @Test
    void aRequiredParameterLeftEmptyKeepsTheReportFromRunning() {
        open();
        _setValue(reportList(), BATCH_LIST);

        _click(_get(Button.class, spec -> spec.withId("generate-report")));

        assertThat(batchField().isInvalid()).isTrue();
        assertThat(service.requests).isEmpty();
    }

    @Test
    void generatingSendsTheEnteredArgumentsAndOffersTheDocument() {
        open();
        _setValue(reportList(), BATCH_LIST);
        _setValue(batchField(), "7");

        _click(_get(Button.class, spec -> spec.withId("generate-report")));
        Anchor download = await(() -> _find(Anchor.class, spec -> spec.withClasses("report-download")).stream().findFirst().orElse(null));

        assertThat(service.requests).containsExactly(
                new ReportRequest("disbursement-batch", OutputFormat.PDF, ReportArguments.NONE.forBatch("7")));
        assertThat(download.getText()).isEqualTo("disbursement-batch-7.pdf");
    }

    @Test
    void aRefusalNamingAParameterIsShownAtItsFieldInThePersonsLanguage() {
        service.answer = request -> {
            throw new InvalidReportArgumentException(Kind.BATCH, "本辖区没有编号为 7 的拨付批次。", "There is no batch 7 in your region");
        };
        open();
        _setValue(reportList(), BATCH_LIST);
        _setValue(batchField(), "7");

        _click(_get(Button.class, spec -> spec.withId("generate-report")));
        await(() -> batchField().isInvalid() ? batchField() : null);

        assertThat(batchField().getErrorMessage()).isEqualTo("本辖区没有编号为 7 的拨付批次。");
    }

    @Test
    void aNoticeIsAskedForByThePayoutNumberAlone() {
        ReportDescriptor notice = new ReportDescriptor("disbursement-notice", "拨付通知书", "Disbursement notice",
                List.of(ReportParameter.required(Kind.PAYOUT)));
        service.available.add(notice);
        open();
        _setValue(reportList(), notice);

        assertThat(_find(TextField.class, spec -> spec.withId("report-parameter-entity-type"))).as("no entity type to guess").isEmpty();
        TextField payout = _get(TextField.class, spec -> spec.withId("report-parameter-payout"));
        assertThat(payout.getLabel()).isEqualTo("拨付编号");
        _setValue(payout, "12");
        _click(_get(Button.class, spec -> spec.withId("generate-report")));
        await(() -> _find(Anchor.class, spec -> spec.withClasses("report-download")).stream().findFirst().orElse(null));

        assertThat(service.requests).containsExactly(
                new ReportRequest("disbursement-notice", OutputFormat.PDF, ReportArguments.NONE.forPayout("12")));
    }

    @Test
    void aFailedReportSaysWhyInTheSessionList() {
        service.answer = request -> {
            throw new ReportException("The template is broken", null);
        };
        open();
        _setValue(reportList(), AUDIT_EXTRACT);

        _click(_get(Button.class, spec -> spec.withId("generate-report")));
        Span failure = await(() -> _find(Span.class, spec -> spec.withClasses("report-failure")).stream().findFirst().orElse(null));

        assertThat(failure.getText()).contains("The template is broken");
    }

    private void open() {
        EmbeddedFramework.register(ReportService.class, service);
        MockCultivar.start(AUDITOR);
        UI.getCurrent().navigate("reports");
    }

    @SuppressWarnings("unchecked")
    private static ListBox<ReportDescriptor> reportList() {
        return _get(ListBox.class, spec -> spec.withId("report-list"));
    }

    private static TextField batchField() {
        return _get(TextField.class, spec -> spec.withId("report-parameter-batch"));
    }

    /**
     * The document renders on another thread and reaches the page through the session's access
     * queue, which Karibu runs on each simulated round trip.
     */
    private static <T extends Component> T await(Supplier<T> found) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            T component = found.get();
            if (component != null) {
                return component;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Nothing appeared within 5 seconds");
    }
}
