package org.cultivar.example.greeting;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The contributed view; it reaches its bundle's services through the bundle's own context. */
public class GreetingView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public GreetingView() {
        setId("greeting-view");
        BundleContext context = FrameworkUtil.getBundle(GreetingView.class).getBundleContext();
        ServiceReference<Greeter> reference = context.getServiceReference(Greeter.class);
        Greeter greeter = reference == null ? null : context.getService(reference);
        if (greeter == null) {
            add(new Paragraph("—"));
            return;
        }
        try {
            greeter.lines().forEach(line -> add(new H2(line)));
        } finally {
            context.ungetService(reference);
        }
    }
}
