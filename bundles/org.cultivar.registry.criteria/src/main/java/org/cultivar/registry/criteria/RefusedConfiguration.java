package org.cultivar.registry.criteria;

import java.util.List;

/** A configuration that makes no sense, with every problem found in it. */
final class RefusedConfiguration extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    RefusedConfiguration(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
