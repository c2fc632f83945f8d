package org.cultivar.schedule.guangzhou.investment;

/** How the investment award is computed; the configuration chooses. */
enum InvestmentMode {
    /** A percentage of the new investment (the city's rule in the MERICS report). */
    PERCENTAGE,
    /** A fixed amount by investment band, topped up by the difference on upgrade (Huangpu's rule). */
    STEPPED
}
