package org.cultivar.web.registry;

import com.vaadin.flow.component.html.Span;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseRow;

/** An enterprise's Chinese name as plain text (never markup), with the demo badge on demo rows. */
class EnterpriseName extends Span {
    private static final long serialVersionUID = 1L;

    EnterpriseName(EnterpriseRow row) {
        this(row.nameZh(), row.demo());
    }

    EnterpriseName(Enterprise enterprise) {
        this(enterprise.nameZh(), enterprise.demo());
    }

    private EnterpriseName(String name, boolean demo) {
        add(new Span(name));
        if (demo) {
            add(new DemoBadge());
        }
    }
}
