/**
 * The reports bundle: JasperReports embedded with a Chinese font extension, rendering the
 * reports that {@link org.cultivar.reports.ReportDefinition} components describe to PDF/A-2b,
 * XLSX and CSV: audit extracts, oversight, certification summaries, and the disbursement
 * documents read from the payout engine's process services (notices, batch lists, budget
 * execution). Nothing here is exported; the host and other bundles use the
 * {@code ReportService} of the reports API, and regional bundles register
 * {@code TemplateContribution}s.
 */
package org.cultivar.reports;
