package org.cultivar.core.api.platform;

import java.util.List;
import java.util.Map;

/**
 * Configuration Admin and Metatype as the host sees them: the host cannot load the OSGi
 * compendium API classes of the framework, so it works through this plain-Java facade.
 */
public interface Configurations {

    /** Components that declare a Metatype description, with their current values. */
    List<ConfigurableComponent> components();

    /**
     * Validates every value against its Metatype definition and then updates the
     * configuration; on any error nothing is changed. Keys the form does not show are kept.
     *
     * @throws ConfigurationOwnedException if a {@link ConfigurationOwner} of another bundle than the
     *                                     caller's owns the configuration
     */
    void update(String pid, Map<String, String> values);

    /**
     * Checks values as {@link #update} would and changes nothing: for a change that is stored now
     * and applied on a later day.
     *
     * @throws ConfigurationValidationException naming each refused value
     */
    void validate(String pid, Map<String, String> values);

    /**
     * Applies a feature's default configuration. {@code pid} may name a factory
     * configuration as {@code factoryPid~name} (OSGi Feature format).
     */
    void applyDefaults(String pid, Map<String, Object> values);

    /** Deletes a configuration a feature brought; missing ones are ignored. */
    void delete(String pid);
}
