package org.cultivar.web.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Application shell. Push lets framework events (a bundle stopping) reach open tabs at once;
 * long polling needs nothing from the servlet container beyond async support.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
@PWA(name = "Cultivar", shortName = "Cultivar", offline = false)
public class CultivarAppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;
}
