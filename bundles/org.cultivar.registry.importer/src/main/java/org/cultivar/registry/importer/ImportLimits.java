package org.cultivar.registry.importer;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How much a batch list may hold. Limits keep one hostile or mistaken file from exhausting the
 * disk, memory or the patience of everyone else; messages name the limit that was hit.
 *
 * @param maxFileBytes the largest upload kept for preview
 * @param maxRows      data rows per file (a national list of every enterprise fits)
 * @param maxCellChars characters in one cell
 * @param maxRowChars  characters in one CSV row, checked while reading, before a row is buffered
 */
public record ImportLimits(long maxFileBytes, long maxRows, int maxCellChars, int maxRowChars) {

    public static final ImportLimits DEFAULT = new ImportLimits(1L << 30, 2_000_000, 64 * 1024, 256 * 1024);

    /** A count as a clerk reads it: 65,536. */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }

    String fileSize() {
        return maxFileBytes % (1L << 20) == 0 ? count(maxFileBytes >> 20) + " MiB" : count(maxFileBytes) + " bytes";
    }
}
