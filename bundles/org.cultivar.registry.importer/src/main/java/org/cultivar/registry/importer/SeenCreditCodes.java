package org.cultivar.registry.importer;

/**
 * The credit codes met so far in a file and the line of each, to name the first line when a
 * code comes again. A million codes must fit without a million objects: each code is packed
 * into two longs (its first eight and last ten characters, base 31) in an open-addressing table:
 * 50 to 100 bytes per code.
 */
final class SeenCreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private long[] heads = new long[1 << 12];
    private long[] tails = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /**
     * Remembers the code at the line unless it was seen before.
     *
     * @param code a well-formed code: 18 characters of the credit-code character set
     * @return the line the code was first seen at, or 0 if this is the first time
     */
    long firstLine(String code, long line) {
        long head = pack(code, 0, 8);
        long tail = pack(code, 8, 18);
        int slot = find(head, tail);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        heads[slot] = head;
        tails[slot] = tail;
        lines[slot] = line;
        if (++size * 2 > lines.length) {
            grow();
        }
        return 0;
    }

    private int find(long head, long tail) {
        int mask = lines.length - 1;
        int slot = Long.hashCode(head * 0x9E3779B97F4A7C15L ^ tail) * 0x61C88647 & mask;
        while (lines[slot] != 0 && (heads[slot] != head || tails[slot] != tail)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHeads = heads;
        long[] oldTails = tails;
        long[] oldLines = lines;
        heads = new long[oldLines.length * 2];
        tails = new long[oldLines.length * 2];
        lines = new long[oldLines.length * 2];
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] != 0) {
                int slot = find(oldHeads[i], oldTails[i]);
                heads[slot] = oldHeads[i];
                tails[slot] = oldTails[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static long pack(String code, int from, int to) {
        long packed = 0;
        for (int i = from; i < to; i++) {
            packed = packed * 31 + CHARSET.indexOf(code.charAt(i));
        }
        return packed;
    }
}
