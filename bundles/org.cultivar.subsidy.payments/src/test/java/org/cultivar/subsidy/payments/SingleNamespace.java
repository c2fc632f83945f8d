package org.cultivar.subsidy.payments;

import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;

/** Binds one prefix for XPath in the tests. */
record SingleNamespace(String prefix, String uri) implements NamespaceContext {

    @Override
    public String getNamespaceURI(String requested) {
        return prefix.equals(requested) ? uri : XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getPrefix(String namespaceUri) {
        return uri.equals(namespaceUri) ? prefix : null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
        return uri.equals(namespaceUri) ? List.of(prefix).iterator() : List.<String>of().iterator();
    }
}
