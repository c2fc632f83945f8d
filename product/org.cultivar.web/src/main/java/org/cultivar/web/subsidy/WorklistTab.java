package org.cultivar.web.subsidy;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.util.Locale;

/**
 * A worklist's tab with how many items wait in it, so that a clerk sees where work is without
 * opening every list. Counted up to {@value #COUNTED_UP_TO}: beyond that the exact number does
 * not change what the clerk does next, and counting further would cost every page view.
 */
final class WorklistTab extends Tab {
    private static final long serialVersionUID = 1L;

    static final int COUNTED_UP_TO = 99;

    final Worklist worklist;
    private final Span count = new Span();

    WorklistTab(Worklist worklist) {
        this.worklist = worklist;
        setId("worklist-" + worklist.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        count.addClassName("worklist-count");
        // inline Lumo properties: the pre-compiled frontend bundle serves no extra style module
        count.getStyle().set("background", "var(--lumo-contrast-10pct)").set("color", "var(--lumo-contrast-80pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-xs)").set("margin-left", "var(--lumo-space-xs)");
        add(new Span(worklist.label()), count);
    }

    /** {@code found} items read with a limit of {@link #COUNTED_UP_TO} + 1; none hides the count. */
    void showCount(int found) {
        count.setVisible(found > 0);
        count.setText(found > COUNTED_UP_TO ? COUNTED_UP_TO + "+" : Integer.toString(found));
    }

    String countText() {
        return count.isVisible() ? count.getText() : "";
    }
}
