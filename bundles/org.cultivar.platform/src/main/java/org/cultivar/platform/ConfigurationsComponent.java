package org.cultivar.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.platform.PlatformException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Configuration Admin and Metatype for the host's forms. Edits are validated loudly against
 * Metatype and applied whole or not at all; keys the form does not know are kept.
 */
// one instance per using bundle, so an update knows whose it is: an owned configuration is changed only by its owner (ADR 0006)
@Component(service = Configurations.class, scope = ServiceScope.BUNDLE)
public class ConfigurationsComponent implements Configurations {

    /** Configurations are bound to no particular bundle location. */
    private static final String ANY_LOCATION = "?";

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final MetaTypeService metaTypes;
    private final ConfigurationOwners owners;
    private final long callerBundleId;

    @Activate
    public ConfigurationsComponent(ComponentContext component, @Reference ConfigurationAdmin configurationAdmin,
                                   @Reference MetaTypeService metaTypes, @Reference ConfigurationOwners owners) {
        this.context = component.getBundleContext();
        this.configurationAdmin = configurationAdmin;
        this.metaTypes = metaTypes;
        this.owners = owners;
        this.callerBundleId = component.getUsingBundle().getBundleId();
    }

    @Override
    public List<ConfigurableComponent> components() {
        List<ConfigurableComponent> components = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info == null) {
                continue;
            }
            for (String pid : info.getPids()) {
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                Dictionary<String, Object> current = properties(pid);
                List<String> required = requiredIds(ocd);
                List<ConfigurationField> fields = new ArrayList<>();
                for (AttributeDefinition ad : all(ocd)) {
                    fields.add(MetatypeForms.field(ad, required.contains(ad.getID()), current));
                }
                components.add(new ConfigurableComponent(pid, ocd.getName(), ocd.getDescription() == null ? "" : ocd.getDescription(),
                        bundle.getSymbolicName(), fields));
            }
        }
        return components;
    }

    @Override
    public void update(String pid, Map<String, String> values) {
        owners.requireMayUpdate(pid, callerBundleId);
        Map<String, Object> converted = validated(pid, values);
        try {
            Configuration configuration = configurationAdmin.getConfiguration(pid, ANY_LOCATION);
            Dictionary<String, Object> properties = configuration.getProperties();
            Hashtable<String, Object> updated = new Hashtable<>();
            if (properties != null) {
                for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                    String key = keys.nextElement();
                    updated.put(key, properties.get(key)); // never lose a key the form does not show
                }
            }
            updated.putAll(converted);
            configuration.updateIfDifferent(updated);
        } catch (IOException e) {
            throw new PlatformException("Configuration " + pid + " could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public void validate(String pid, Map<String, String> values) {
        validated(pid, values);
    }

    /** The values converted to their Metatype types, or every error at once. */
    private Map<String, Object> validated(String pid, Map<String, String> values) {
        ObjectClassDefinition ocd = definition(pid);
        MetatypeForms.FieldErrors errors = new MetatypeForms.FieldErrors();
        Map<String, Object> converted = MetatypeForms.convert(all(ocd), requiredIds(ocd), values, errors);
        List<String> known = Arrays.stream(all(ocd)).map(AttributeDefinition::getID).toList();
        values.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> errors.put(k, "\"" + k + "\" is not a property of " + MetatypeForms.label(ocd.getName(), false),
                        "“" + k + "”不是" + MetatypeForms.label(ocd.getName(), true) + "的配置项"));
        if (!errors.isEmpty()) {
            throw errors.refusal();
        }
        return converted;
    }

    @Override
    public void applyDefaults(String pid, Map<String, Object> values) {
        try {
            Configuration configuration = configuration(pid);
            if (configuration.getProperties() == null) { // a person's later edits win over feature defaults
                configuration.update(new Hashtable<>(values));
            }
        } catch (IOException e) {
            throw new PlatformException("Default configuration " + pid + " could not be applied: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String pid) {
        try {
            Configuration configuration = configuration(pid);
            configuration.delete();
        } catch (IOException | IllegalStateException e) {
            // already gone: nothing to delete
        }
    }

    private Configuration configuration(String pid) throws IOException {
        int tilde = pid.indexOf('~');
        return tilde > 0
                ? configurationAdmin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), ANY_LOCATION)
                : configurationAdmin.getConfiguration(pid, ANY_LOCATION);
    }

    private Dictionary<String, Object> properties(String pid) {
        try {
            Configuration[] existing = configurationAdmin.listConfigurations("(service.pid=" + pid + ")");
            return existing == null || existing.length == 0 ? null : existing[0].getProperties();
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            return null;
        }
    }

    private ObjectClassDefinition definition(String pid) {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info != null && Arrays.asList(info.getPids()).contains(pid)) {
                return info.getObjectClassDefinition(pid, null);
            }
        }
        throw new PlatformException("No component declares configuration " + pid);
    }

    private static AttributeDefinition[] all(ObjectClassDefinition ocd) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? new AttributeDefinition[0] : all;
    }

    private static List<String> requiredIds(ObjectClassDefinition ocd) {
        AttributeDefinition[] required = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        return required == null ? List.of() : Arrays.stream(required).map(AttributeDefinition::getID).toList();
    }
}
