package org.cultivar.subsidy;

import org.cultivar.registry.api.InvalidInputException;

/** Bounds of a requested page of a worklist, so no caller can ask for everything at once. */
final class Pages {

    private Pages() {
    }

    static void check(int offset, int limit, int maximum) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "不能为负数。", "must not be negative");
        }
        if (limit < 1 || limit > maximum) {
            throw new InvalidInputException("limit", "须为 1 至 " + maximum + "。", "must be 1 to " + maximum);
        }
    }
}
