package org.cultivar.example.greeting;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.ui.ViewContribution;

/** Adds the example page to the menu while this bundle runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class GreetingViewContribution implements ViewContribution {

    @Override
    public String route() {
        return "example/greeting";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return GreetingView.class;
    }

    @Override
    public String menuLabel(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "示例：问候" : "Example: greeting";
    }

    @Override
    public Role requiredRole() {
        return Role.ADMINISTRATOR;
    }
}
