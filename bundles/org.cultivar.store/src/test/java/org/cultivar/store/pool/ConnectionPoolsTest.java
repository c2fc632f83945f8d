package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

class ConnectionPoolsTest {

    @Test
    void anUnreachableServerIsReportedInOneSentenceWithinTheTimeout() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://localhost:1/cultivar?password=secret", "cultivar", "secret");
        Instant start = Instant.now();

        assertThatThrownBy(() -> ConnectionPools.open(settings, PoolTuning.DEFAULT))
                .isInstanceOf(UnreachableDatabaseException.class)
                .hasMessage("Cannot reach the database at jdbc:postgresql://localhost:1/cultivar: Connection refused");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void theDefaultH2FileIsCreatedAndClosedWithThePool(@TempDir Path dataDir) throws Exception {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("cultivar.data.dir", dataDir.toString())::get);

        try (HikariDataSource pool = ConnectionPools.open(settings, PoolTuning.DEFAULT)) {
            assertThat(pool.getConnection().isValid(1)).isTrue();
            assertThat(dataDir.resolve("db/cultivar.mv.db")).exists();
        }
        // H2 deletes its lock file once the database is closed
        assertThat(Files.exists(dataDir.resolve("db/cultivar.lock.db"))).isFalse();
    }
}
