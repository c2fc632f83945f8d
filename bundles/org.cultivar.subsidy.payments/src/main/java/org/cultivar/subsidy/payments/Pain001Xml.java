package org.cultivar.subsidy.payments;

import java.nio.charset.StandardCharsets;

import com.prowidesoftware.swift.model.mx.MinimumEscapeHandler;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/**
 * Writes the pain.001.001.09 document with Prowide's writer: UTF-8, the ISO namespace as the
 * default namespace, two-space indentation, no business application header (a customer-to-bank
 * file carries the Document alone).
 */
final class Pain001Xml {

    /** Built once: a JAXB context costs far more than writing a file with it, and is thread-safe. */
    private final JAXBContext context;

    Pain001Xml() {
        this.context = BundleClassLoader.around(() -> {
            try {
                return JAXBContext.newInstance(MxPain00100109._classes);
            } catch (JAXBException e) {
                throw new IllegalStateException("The embedded JAXB runtime cannot bind the pain.001.001.09 model", e);
            }
        });
    }

    byte[] write(MxPain00100109 document) {
        MxWriteParams params = new MxWriteParams();
        params.context = context;
        params.includeXMLDeclaration = true;
        params.indent = "  ";
        // Prowide's default handler writes every non-ASCII character as a numeric reference;
        // Chinese names stay readable in the file, and UTF-8 carries them.
        params.escapeHandler = new MinimumEscapeHandler();
        String xml = BundleClassLoader.around(() -> document.document(params));
        if (xml == null) {
            throw new IllegalStateException("Prowide wrote no pain.001 document (see its log for the JAXB error)");
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
