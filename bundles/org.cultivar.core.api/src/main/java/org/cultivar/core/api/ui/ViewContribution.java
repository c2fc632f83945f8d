package org.cultivar.core.api.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.cultivar.core.api.security.Role;

/**
 * The UI extension point: a bundle registers this service to add a view (route and menu
 * entry) to the web shell. The route appears when the service is registered and disappears
 * when it goes away; open tabs showing it are sent to a safe page.
 *
 * <p>Contributed views may use only {@code vaadin-core} components, which the pre-compiled
 * production frontend bundle already contains.
 */
public interface ViewContribution {

    /** Route path without leading slash, e.g. {@code example/greeting}. */
    String route();

    /** The view class, instantiated by Vaadin with its public no-argument constructor. */
    Class<? extends Component> viewClass();

    /** Menu label in the given locale (zh-CN or English). */
    String menuLabel(Locale locale);

    /** The role a user needs to see the menu entry and open the view. */
    Role requiredRole();

    /** Position in the menu, lower first. */
    default int order() {
        return 100;
    }
}
