package org.cultivar.registry.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts CSV rows as the characters pass and refuses a row longer than the limit before the CSV
 * parser buffers it: a 10 MB line fails after reading its first quarter megabyte, not after
 * filling memory. Also refuses bytes that are not UTF-8, naming the row: that is where a GBK
 * file first shows itself.
 *
 * <p>Rows end at a line break outside quotes; a doubled quote inside a quoted cell toggles the
 * state twice, so counting quotes is enough to tell.
 */
final class BoundedRowReader extends FilterReader {

    /** What the decoder puts where bytes are not UTF-8; decoding on, rather than failing, keeps the row count right. */
    private static final char REPLACEMENT = '\uFFFD';

    private final int maxRowChars;
    private long row = 1;
    private long rowChars;
    private boolean quoted;
    private boolean afterCarriageReturn;

    BoundedRowReader(Reader in, int maxRowChars) {
        super(in);
        this.maxRowChars = maxRowChars;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char ch) {
        if (ch == REPLACEMENT) {
            throw new UnreadableFileException(row, "file", "第 " + row + " 行不是 UTF-8 文本（可能是旧版 Excel 保存的 GBK 编码）；"
                    + "请另存为“CSV UTF-8”后重新导入。", "line " + row + " is not UTF-8 text (perhaps GBK from an older "
                    + "Excel); save the file as \"CSV UTF-8\" and import it again");
        }
        if (ch == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false; // the second half of a CRLF ends no further row
            return;
        }
        afterCarriageReturn = false;
        if (ch == '"') {
            quoted = !quoted;
        } else if (!quoted && (ch == '\n' || ch == '\r')) {
            row++;
            rowChars = 0;
            afterCarriageReturn = ch == '\r';
            return;
        }
        if (++rowChars > maxRowChars) {
            throw new UnreadableFileException(row, "row", "第 " + row + " 行超过 " + ImportLimits.count(maxRowChars)
                    + " 个字符，超出一行的上限；读取在此停止。", "line " + row + " is longer than "
                    + ImportLimits.count(maxRowChars) + " characters, the most a row may hold; reading stopped there");
        }
    }
}
