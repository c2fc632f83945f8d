package org.cultivar.subsidy.payments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an uploaded XML file with the OWASP XXE settings: a DOCTYPE is refused outright (ISO
 * 20022 messages never need one), so no entity can be declared, expanded or fetched; no external
 * DTD or schema is ever loaded; XInclude is off; the JDK's secure-processing limits apply.
 */
final class SecureXml {

    private static final int LONGEST_ECHOED_MESSAGE = 160;

    private SecureXml() {
    }

    static Document parse(byte[] content) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(RETHROW);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            BilingualText explained = explain(e);
            throw new InvalidInputException(List.of(FieldProblem.at(Math.max(e.getLineNumber(), 0), "file", explained.zh(), explained.en())));
        } catch (SAXException | IOException e) {
            throw new InvalidInputException("file", "不是格式正确的 XML。", "is not well-formed XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses the XXE protections", e);
        }
    }

    /** The JDK's own parser, whatever a bundle or the host puts on the context class path. */
    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static BilingualText explain(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return BilingualText.of("声明了 DOCTYPE；银行确认文件无需 DOCTYPE，为防止展开或获取任何实体，予以拒绝。",
                    "declares a DOCTYPE; confirmation files never need one, and it is refused so that no entity can be expanded or fetched");
        }
        // the parser's own words, as the JDK gives them
        String shown = message.length() > LONGEST_ECHOED_MESSAGE ? message.substring(0, LONGEST_ECHOED_MESSAGE) + "…" : message;
        return BilingualText.of("不是格式正确的 XML（" + shown + "）。", "is not well-formed XML (" + shown + ")");
    }

    /** The default handler prints to standard error before throwing; a refusal is reported once, by the exception. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make the file unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
