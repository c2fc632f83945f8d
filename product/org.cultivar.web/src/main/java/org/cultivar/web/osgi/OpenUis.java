package org.cultivar.web.osgi;

import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The UIs (browser tabs) attached now, so framework events can reach them through push. */
public final class OpenUis {

    private final Set<UI> uis = ConcurrentHashMap.newKeySet();

    public void add(UI ui) {
        uis.add(ui);
        ui.addDetachListener(event -> uis.remove(ui));
    }

    public void forEach(Consumer<UI> action) {
        uis.forEach(ui -> {
            if (ui.isAttached()) {
                action.accept(ui);
            }
        });
    }

    public int size() {
        return uis.size();
    }
}
