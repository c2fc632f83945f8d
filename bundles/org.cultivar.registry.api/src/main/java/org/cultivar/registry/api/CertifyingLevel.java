package org.cultivar.registry.api;

/** Who certified a title: a province's SME authority or MIIT. */
public enum CertifyingLevel {
    PROVINCIAL,
    NATIONAL;

    /** The level in Chinese, as screens, messages and printed documents name it. */
    public String chinese() {
        return switch (this) {
            case PROVINCIAL -> "省级";
            case NATIONAL -> "国家级";
        };
    }
}
