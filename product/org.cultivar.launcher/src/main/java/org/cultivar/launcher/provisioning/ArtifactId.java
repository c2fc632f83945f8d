package org.cultivar.launcher.provisioning;

import java.nio.file.Path;

/** Maven coordinates {@code group:artifact[:type[:classifier]]:version}, as feature files name bundles. */
public record ArtifactId(String group, String artifact, String version) {

    public static ArtifactId parse(String id) {
        String[] parts = id.split(":");
        if (parts.length < 3 || parts.length > 5 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("\"" + id + "\" is not of the form group:artifact:version");
        }
        return new ArtifactId(parts[0], parts[1], parts[parts.length - 1]);
    }

    /** The jar's place in a Maven-layout repository. */
    public Path pathIn(Path repository) {
        return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
    }

    @Override
    public String toString() {
        return group + ":" + artifact + ":" + version;
    }
}
