/**
 * Reports: which ones an actor may run, with which parameters, rendered to PDF/A, XLSX or CSV;
 * Chinese capital numerals for amounts; templates contributed by regional bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cultivar.reports.api;
