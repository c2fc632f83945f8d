package org.cultivar.registry;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The registry's settings (pid {@value RegistryConfiguration#PID}), shared by its components. */
@ObjectClassDefinition(id = RegistryConfiguration.PID, name = "Cultivar certification registry",
        description = "Title validity, the re-evaluation window and cultivation targets.")
public @interface RegistryConfiguration {

    String PID = "org.cultivar.registry";

    @AttributeDefinition(name = "Re-evaluation window (days)",
            description = "A title comes due for re-evaluation this many days before its validity ends.", min = "1", max = "1095")
    int reevaluationWindowDays() default 180;

    @AttributeDefinition(name = "Innovative SME validity (years)", min = "1", max = "10")
    int innovativeSmeValidityYears() default 3;

    @AttributeDefinition(name = "Specialized SME validity (years)", min = "1", max = "10")
    int specializedSmeValidityYears() default 3;

    @AttributeDefinition(name = "Little Giant validity (years)", min = "1", max = "10")
    int littleGiantValidityYears() default 3;

    @AttributeDefinition(name = "Manufacturing Champion validity (years)", min = "1", max = "10")
    int manufacturingChampionValidityYears() default 3;

    @AttributeDefinition(name = "Cultivation targets",
            description = "One entry per region and tier: region code, colon, tier, equals sign, count, "
                    + "e.g. 440100:SPECIALIZED_SME=1000.", required = false)
    String[] targets() default {};
}
