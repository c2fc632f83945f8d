package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseMessagesTest {

    @Test
    void theInnermostReasonIsTheOneAPersonCanActOn() {
        Exception failure = new RuntimeException("pool failed",
                new SQLException("Connection to localhost:1 refused. Check that the hostname and port are correct",
                        new ConnectException("Connection refused")));

        assertThat(DatabaseMessages.of(failure)).isEqualTo("Connection refused");
    }

    @Test
    void h2ErrorCodesAndLineBreaksAreDropped() {
        SQLException h2 = new SQLException("Table \"missing\" not found; SQL statement:\nselect * from missing [42102-232]");

        assertThat(DatabaseMessages.of(h2)).isEqualTo("Table \"missing\" not found; SQL statement: select * from missing");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        assertThat(DatabaseMessages.of(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
