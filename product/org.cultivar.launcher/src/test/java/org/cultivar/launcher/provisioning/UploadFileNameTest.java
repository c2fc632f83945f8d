package org.cultivar.launcher.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFileNameTest {

    @Test
    void aPlainJarNameIsAcceptedAndShownAsItIs() {
        UploadFileName name = UploadFileName.of("schedule-rent-1.0.0.jar");
        assertThat(name.problem()).isEmpty();
        assertThat(name.display()).isEqualTo("schedule-rent-1.0.0.jar");
        assertThat(UploadFileName.of("补贴模块.JAR").problem()).isEmpty();
    }

    @Test
    void namesWithAPathAreRefused() {
        for (String path : new String[] {"../../x.jar", "..\\..\\x.jar", "/etc/x.jar", "C:x.jar", ".."}) {
            assertThat(UploadFileName.of(path).problem()).as(path).get().asString().contains("contains a path");
        }
    }

    @Test
    void controlAndDirectionCharactersAreRefusedAndNotShown() {
        UploadFileName nul = UploadFileName.of("x\u0000.jar");
        assertThat(nul.problem()).get().asString().contains("control characters");
        assertThat(nul.display()).isEqualTo("x?.jar");
        // U+202E shows "evil\u202Erak.jar" as "evilraj.kar"-like text: the extension is disguised
        UploadFileName disguised = UploadFileName.of("evil\u202Erak.jar");
        assertThat(disguised.problem()).isPresent();
        assertThat(disguised.display()).doesNotContain("\u202E");
    }

    @Test
    void missingOverlongAndNonJarNamesAreRefused() {
        assertThat(UploadFileName.of(null).problem()).contains("The file has no name");
        assertThat(UploadFileName.of(null).display()).isEqualTo("(no name)");
        assertThat(UploadFileName.of("a".repeat(300) + ".jar").problem()).get().asString().contains("longer than 255");
        assertThat(UploadFileName.of("readme.txt").problem()).contains("The file readme.txt is not a .jar file");
    }
}
