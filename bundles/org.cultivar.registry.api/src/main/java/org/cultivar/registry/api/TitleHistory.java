package org.cultivar.registry.api;

import java.util.List;

/** A title with every transition it went through, oldest first. */
public record TitleHistory(Title title, List<TitleTransition> transitions) {

    public TitleHistory {
        transitions = List.copyOf(transitions);
    }
}
