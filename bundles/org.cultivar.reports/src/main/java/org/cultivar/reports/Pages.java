package org.cultivar.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a paged service to the end, up to a cap: a report of a million rows is no document,
 * so past the cap the report says it was cut and asks for narrower criteria.
 */
final class Pages {

    static final int PAGE = 500;

    @FunctionalInterface
    interface Page<T> {
        List<T> read(int offset, int limit);
    }

    record Result<T>(List<T> items, boolean truncated) {
    }

    private Pages() {
    }

    static <T> Result<T> readAll(Page<T> page, int cap) {
        List<T> items = new ArrayList<>();
        while (true) {
            int limit = Math.min(PAGE, cap + 1 - items.size());
            List<T> next = page.read(items.size(), limit);
            items.addAll(next);
            if (items.size() > cap) {
                return new Result<>(List.copyOf(items.subList(0, cap)), true);
            }
            if (next.size() < limit) {
                return new Result<>(items, false);
            }
        }
    }
}
