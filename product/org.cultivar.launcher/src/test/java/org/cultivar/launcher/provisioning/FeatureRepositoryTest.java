package org.cultivar.launcher.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureRepositoryTest {

    @TempDir
    Path repository;

    @BeforeEach
    void bundle() throws Exception {
        Path jar = ArtifactId.parse("org.example:org.example.b:1.0.0").pathIn(repository);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.createDirectories(repository.resolve("features"));
    }

    @Test
    void readsAFeatureWithCommentsCategoriesAndExactNumbers() throws Exception {
        feature("""
                // comments are part of the OSGi Feature format
                { "id": "org.example:f:1.0.0", "name": "F", "categories": ["region:440100"],
                  "bundles": [ { "id": "org.example:org.example.b:1.0.0" } ],
                  "configurations": { "pid.a": { "rate": 0.05, "cap": 100000000, "on": true, "list": ["x", "y"] } } }
                """);
        Feature feature = new FeatureRepository(repository).features().get(0);
        assertThat(feature.region()).isEqualTo("440100");
        assertThat(feature.isPlatform()).isFalse();
        assertThat(feature.configurations().get("pid.a"))
                .containsEntry("rate", "0.05").containsEntry("cap", 100000000L).containsEntry("on", true);
    }

    @Test
    void aBundleMissingFromTheRepositoryIsNamed() throws Exception {
        feature("{ \"id\": \"org.example:f:1.0.0\", \"bundles\": [ \"org.example:org.example.gone:2.0.0\" ] }");
        assertThatThrownBy(() -> new FeatureRepository(repository).features())
                .hasMessageContaining("org.example:org.example.gone:2.0.0, which is not in the repository");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        feature("{\n \"id\": \"x:y:1\",\n \"bundles\": [\n");
        assertThatThrownBy(() -> new FeatureRepository(repository).features())
                .isInstanceOf(FeatureFileException.class)
                .hasMessageContaining("f.json is not valid JSON at line");
    }

    @Test
    void aFeatureWithoutBundlesOrIdIsRefused() throws Exception {
        feature("{ \"id\": \"org.example:f:1.0.0\", \"bundles\": [] }");
        assertThatThrownBy(() -> new FeatureRepository(repository).features()).hasMessageContaining("lists no \"bundles\"");
        feature("{ \"bundles\": [ \"org.example:org.example.b:1.0.0\" ] }");
        assertThatThrownBy(() -> new FeatureRepository(repository).features()).hasMessageContaining("has no \"id\"");
    }

    private void feature(String json) throws Exception {
        Files.writeString(repository.resolve("features/f.json"), json);
    }
}
