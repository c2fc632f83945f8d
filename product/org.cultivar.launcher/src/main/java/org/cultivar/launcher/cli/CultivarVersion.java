package org.cultivar.launcher.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the launcher jar's manifest. */
public class CultivarVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CultivarVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Cultivar " + (version == null ? "(development build)" : version)};
    }
}
