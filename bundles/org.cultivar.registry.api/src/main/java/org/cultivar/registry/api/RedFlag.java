package org.cultivar.registry.api;

/** A condition auditors should look at, with the detail that raised it ("revenue CNY 1.2 bn, 1,450 staff"). */
public record RedFlag(Kind kind, String detail) {

    public enum Kind {
        /** Both 1,000+ employees and CNY 400 M+ revenue: not an SME (an OR test for SME status). */
        ABOVE_SME_SIZE,
        /** Belongs to a group, so support may flow to a large parent. */
        GROUP_SUBSIDIARY,
        /** Average revenue growth over the last two years below the threshold. */
        WEAK_GROWTH,
        /** Liabilities above 70% of assets. */
        HIGH_LEVERAGE,
        /** Renewed at re-evaluation although criteria failed (a recorded exception). */
        RENEWED_DESPITE_FAILING
    }
}
