package org.cultivar.registry.api;

/**
 * One validated row of a batch list: an enterprise, optionally that enterprise's figures for a
 * year and optionally a title it was granted.
 *
 * @param line    the row's line in the file (for messages)
 * @param figures {@code null} if the row carries none
 * @param title   {@code null} if the row carries none; its credit code is the enterprise's
 */
public record ImportRow(long line, EnterpriseInput enterprise, YearlyFigures figures, TitleGrant title) {
}
