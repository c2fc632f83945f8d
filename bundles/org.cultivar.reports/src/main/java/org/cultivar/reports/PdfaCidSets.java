package org.cultivar.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Drops the CIDSet of every embedded CID font. OpenPDF writes one for PDF/A (Jasper asks it
 * for PDF/A-1 conformance underneath PDF/A-2b) that lists the glyphs used but not the composite
 * glyphs' components the subset also carries, which breaks PDF/A-2 rule 6.2.11.4.2 ("shall
 * identify all CIDs present in the font program"). PDF/A-2 makes the CIDSet optional, so
 * removing it is the conformant fix; veraPDF checks the result in the tests.
 */
final class PdfaCidSets {

    private PdfaCidSets() {
    }

    static byte[] removed(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                COSBase base = object.getObject();
                if (base instanceof COSDictionary descriptor && descriptor.containsKey(COSName.CID_SET)) {
                    descriptor.removeItem(COSName.CID_SET);
                    changed = true;
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            // no object streams: the file stays what OpenPDF wrote, less the CIDSets
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
