package org.cultivar.subsidy.payments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.ConfirmationReader;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a bank confirmation, pain.002 XML or CSV, told apart by content rather than by the
 * file's name (a bank portal names downloads as it likes). The whole file is read before
 * anything is returned, so a refused file yields nothing.
 */
@Component(service = ConfirmationReader.class)
public class ConfirmationFiles implements ConfirmationReader {

    /**
     * The largest confirmation accepted: a pain.002 entry takes about 600 bytes, so this holds
     * some 100,000 transfers, a year's batch, while keeping the parsed file well within memory.
     */
    static final int MAXIMUM_BYTES = 64 * 1024 * 1024;

    @Override
    public Confirmation read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "内容为空。", "is empty");
        }
        if (content.length > MAXIMUM_BYTES) {
            throw new InvalidInputException("file", "大小为 " + content.length / (1024 * 1024) + " MB；银行确认文件最大为 "
                    + MAXIMUM_BYTES / (1024 * 1024) + " MB（请银行拆分后再提供）。", "is " + content.length / (1024 * 1024)
                    + " MB; a confirmation may be at most " + MAXIMUM_BYTES / (1024 * 1024) + " MB (ask the bank to split it)");
        }
        StatusReport report = looksLikeXml(content) ? Pain002Reader.read(content) : ConfirmationCsv.read(content);
        return new Confirmation(report.originalMessageId(), sha256(content), report.statuses());
    }

    /** XML starts with '<' after an optional UTF-8 byte order mark and white space; CSV never does. */
    private static boolean looksLikeXml(byte[] content) {
        int index = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (index < content.length && Character.isWhitespace(content[index])) {
            index++;
        }
        return index < content.length && content[index] == '<';
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
