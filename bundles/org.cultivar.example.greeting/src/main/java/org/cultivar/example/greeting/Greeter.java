package org.cultivar.example.greeting;

import java.util.Collections;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** A configurable component: its greeting comes from Config Admin and changes without a restart. */
@Component(service = Greeter.class, configurationPid = Greeter.PID)
@Designate(ocd = GreetingConfiguration.class)
public class Greeter {

    static final String PID = "org.cultivar.example.greeting";

    private volatile GreetingConfiguration configuration;

    @Activate
    @Modified
    void configure(GreetingConfiguration configuration) {
        this.configuration = configuration;
    }

    public List<String> lines() {
        return Collections.nCopies(Math.max(1, Math.min(10, configuration.repetitions())), configuration.greeting());
    }
}
