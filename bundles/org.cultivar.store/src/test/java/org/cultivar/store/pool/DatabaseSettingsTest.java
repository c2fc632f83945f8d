package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.cultivar.store.api.Database;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutAUrlTheDatabaseIsAnH2FileUnderTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("cultivar.data.dir", "/srv/cultivar")::get);

        assertThat(settings.kind()).isEqualTo(Database.Kind.H2);
        assertThat(settings.url()).isEqualTo("jdbc:h2:retry:/srv/cultivar/db/cultivar" + DatabaseSettings.H2_OPTIONS
                + ";CACHE_SIZE=" + DatabaseSettings.h2CacheKilobytes(Runtime.getRuntime().maxMemory()));
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void h2sPageCacheIsAnEighthOfTheHeapWithinSixteenMegabytesAndTwoGigabytes() {
        long gigabyte = 1024L * 1024 * 1024;
        assertThat(DatabaseSettings.h2CacheKilobytes(6 * gigabyte)).isEqualTo(768 * 1024);
        assertThat(DatabaseSettings.h2CacheKilobytes(gigabyte / 2)).isEqualTo(64 * 1024);
        assertThat(DatabaseSettings.h2CacheKilobytes(64L * 1024 * 1024)).isEqualTo(16 * 1024);
        assertThat(DatabaseSettings.h2CacheKilobytes(64 * gigabyte)).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsoluteBecauseH2RefusesImplicitlyRelativePaths() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("cultivar.data.dir", "data", "cultivar.db.url", " ")::get);

        assertThat(settings.url()).startsWith("jdbc:h2:retry:" + Path.of("data").toAbsolutePath());
    }

    @Test
    void aPostgresqlUrlIsTakenAsGivenWithItsCredentials() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "cultivar.db.url", "jdbc:postgresql://db.example:5432/cultivar",
                "cultivar.db.user", "cultivar",
                "cultivar.db.password", "secret")::get);

        assertThat(settings.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.example:5432/cultivar");
        assertThat(settings.user()).isEqualTo("cultivar");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedInOneSentence() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of("cultivar.db.url", "jdbc:mysql://x/db")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cultivar.db.url must start with jdbc:h2: or jdbc:postgresql:, but is 'jdbc:mysql://x/db'.");
    }

    @Test
    void withNeitherUrlNorDataDirectoryTheStoreSaysSo() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.<String, String>of()::get))
                .hasMessageContaining("cultivar.db.url").hasMessageContaining("cultivar.data.dir");
    }

    @Test
    void credentialsInTheUrlNeverReachMessages() {
        assertThat(DatabaseSettings.redact("jdbc:postgresql://h/db?user=a&password=b&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(DatabaseSettings.redact("jdbc:postgresql://h/db?ssl=true&PASSWORD=b"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(DatabaseSettings.redact("jdbc:h2:file:/x;USER=sa;PASSWORD=y;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/x;MODE=PostgreSQL");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:oracle:thin:@h?password=pw", null, null))
                .message().doesNotContain("pw");
    }
}
