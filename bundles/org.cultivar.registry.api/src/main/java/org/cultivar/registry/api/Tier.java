package org.cultivar.registry.api;

/** The titles of the cultivation pyramid, lowest first: {@link #ordinal()} is the rank. */
public enum Tier {
    INNOVATIVE_SME("创新型中小企业", "Innovative SME"),
    SPECIALIZED_SME("专精特新中小企业", "Specialized SME"),
    LITTLE_GIANT("专精特新“小巨人”企业", "Little Giant"),
    MANUFACTURING_CHAMPION("制造业单项冠军", "Manufacturing Champion");

    private final String chinese;
    private final String english;

    Tier(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Whether this tier is {@code other} or above it. */
    public boolean atLeast(Tier other) {
        return ordinal() >= other.ordinal();
    }

    /** The level that certifies this tier by default (DOMAIN.md). */
    public CertifyingLevel defaultLevel() {
        return atLeast(LITTLE_GIANT) ? CertifyingLevel.NATIONAL : CertifyingLevel.PROVINCIAL;
    }
}
