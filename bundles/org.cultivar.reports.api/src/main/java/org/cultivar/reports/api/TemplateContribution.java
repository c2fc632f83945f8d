package org.cultivar.reports.api;

import java.io.IOException;
import java.io.InputStream;

import org.cultivar.core.api.security.RegionCode;

/**
 * A JRXML template a regional bundle registers as a service to replace a report's default
 * (its own letterhead and wording). For a document issued in a region, the most specific
 * contribution whose region covers it wins: district, then city, then province, then
 * national ({@link RegionCode#NATIONAL}), then the reports bundle's own default. The template
 * must declare the same fields and parameters as the default it replaces.
 */
public interface TemplateContribution {

    /** The report whose template this is, e.g. {@code disbursement-notice}. */
    String reportId();

    /** The region whose documents use this template, with every region it covers. */
    RegionCode region();

    /** Opens the JRXML source; it is read and compiled once, when first needed. */
    InputStream openTemplate() throws IOException;
}
