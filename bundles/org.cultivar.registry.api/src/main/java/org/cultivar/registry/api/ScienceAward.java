package org.cultivar.registry.api;

/** The highest science-and-technology award won in the last three years with the firm among the top awardees. */
public enum ScienceAward {
    NONE, PROVINCIAL, NATIONAL
}
