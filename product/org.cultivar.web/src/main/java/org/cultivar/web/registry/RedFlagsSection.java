package org.cultivar.web.registry;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.cultivar.registry.api.RedFlag;

/** The conditions auditors should look at, each with the detail that raised it. */
class RedFlagsSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    RedFlagsSection(List<RedFlag> flags) {
        setPadding(false);
        setId("red-flags-section");
        if (flags.isEmpty()) {
            add(new Paragraph(RegistryLabels.text("registry.redFlags.none")));
            return;
        }
        add(list(flags));
    }

    static UnorderedList list(List<RedFlag> flags) {
        UnorderedList list = new UnorderedList();
        list.addClassName("red-flags");
        for (RedFlag flag : flags) {
            list.add(new ListItem(RegistryLabels.redFlag(flag.kind()) + (flag.detail() == null ? "" : ": " + flag.detail())));
        }
        return list;
    }
}
