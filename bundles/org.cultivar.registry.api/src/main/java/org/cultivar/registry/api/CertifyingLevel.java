package org.cultivar.registry.api;

/** Who certified a title: a province's SME authority or MIIT. */
public enum CertifyingLevel {
    PROVINCIAL,
    NATIONAL
}
