package org.cultivar.reports;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Filling and exporting with JasperReports, always inside this bundle's class loader and with a
 * context of our own: reports are set in the bundled CJK font (never Helvetica, which a PDF
 * would not embed), in Chinese, in the business time zone.
 */
final class JasperRendering {

    static final String FONT_FAMILY = "WenQuanYi Zen Hei";
    /** sRGB from Debian's icc-profiles-free (zlib licence, see icc/LICENSE-icc-profiles-free.txt). */
    static final String ICC_PROFILE = "icc/sRGB.icc";

    private final JasperReportsContext context;

    JasperRendering() {
        SimpleJasperReportsContext ours = new SimpleJasperReportsContext();
        ours.setProperty("net.sf.jasperreports.default.font.name", FONT_FAMILY);
        // a missing font must fail the report, not fall back to one the PDF would not embed
        ours.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        this.context = ours;
    }

    JasperReportsContext context() {
        return context;
    }

    /** The report font as AWT sees it: what decides which characters are drawable. */
    Font font() throws Exception {
        Font font = OwnClassLoader.around(() -> FontUtil.getInstance(context)
                .getAwtFontFromBundles(FONT_FAMILY, Font.PLAIN, 10f, Locale.SIMPLIFIED_CHINESE, true));
        if (font == null) {
            throw new IllegalStateException("The font extension does not provide " + FONT_FAMILY
                    + " (jasperreports_extension.properties, fonts/fonts.xml)");
        }
        return font;
    }

    /**
     * @param paginated false for spreadsheets: one continuous sheet, headers once
     */
    JasperPrint fill(JasperReport template, ReportData data, boolean paginated) throws Exception {
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(Labels.BUSINESS_ZONE));
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, !paginated);
        return OwnClassLoader.around(() -> JasperFillManager.getInstance(context)
                .fill(template, parameters, new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(data.rows()))));
    }

    /** PDF/A-2b: every font embedded (the extension says so), sRGB output intent, XMP identification. */
    void pdf(JasperPrint print, String title, OutputStream target) throws Exception {
        OwnClassLoader.around(() -> {
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            configuration.setIccProfilePath(ICC_PROFILE);
            configuration.setMetadataTitle(title);
            configuration.setMetadataCreator("Cultivar");
            configuration.setCompressed(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            target.write(PdfaCidSets.removed(pdf.toByteArray()));
            return null;
        });
    }

    void xlsx(JasperPrint print, String sheetName, OutputStream target) throws Exception {
        OwnClassLoader.around(() -> {
            JRXlsxExporter exporter = new JRXlsxExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(target));
            SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
            configuration.setOnePagePerSheet(false);
            configuration.setDetectCellType(true);
            configuration.setRemoveEmptySpaceBetweenRows(true);
            configuration.setRemoveEmptySpaceBetweenColumns(true);
            configuration.setWhitePageBackground(false);
            configuration.setSheetNames(new String[] {sheetName});
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return null;
        });
    }
}
