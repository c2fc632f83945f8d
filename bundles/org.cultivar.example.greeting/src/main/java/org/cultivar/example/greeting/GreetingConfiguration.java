package org.cultivar.example.greeting;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = Greeter.PID, name = "Example greeting",
        description = "The text the example view shows; edit it on the Platform page to see configuration at work.")
@interface GreetingConfiguration {

    @AttributeDefinition(name = "Greeting", description = "Shown in large type on the example page")
    String greeting() default "你好，Cultivar！";

    @AttributeDefinition(name = "Repetitions", description = "How many times to show it (1-10)", min = "1", max = "10")
    int repetitions() default 1;
}
