package org.cultivar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousRunTest {

    @TempDir
    Path temp;

    @Test
    void aFirstStartAndAStartAfterACleanStopAreClean() throws Exception {
        DataDirectory data = DataDirectory.prepare(temp);
        PreviousRun first = PreviousRun.begin(data);
        assertThat(first.stoppedCleanly()).isTrue();
        assertThat(first.describe()).as("nothing to check").containsOnlyKeys("stoppedCleanly");
        assertThat(temp.resolve(PreviousRun.MARKER)).as("present while running").exists();
        first.end();
        assertThat(temp.resolve(PreviousRun.MARKER)).doesNotExist();

        assertThat(PreviousRun.begin(data).stoppedCleanly()).isTrue();
    }

    @Test
    void aRunThatNeverEndedIsReportedWithWhatItLeftAndTheCheckPending() throws Exception {
        DataDirectory data = DataDirectory.prepare(temp);
        PreviousRun.begin(data); // a run that was killed: never ended
        String left = Files.readString(temp.resolve(PreviousRun.MARKER)).strip();
        assertThat(left).startsWith("pid " + ProcessHandle.current().pid() + ", started ");

        PreviousRun next = PreviousRun.begin(data);
        assertThat(next.stoppedCleanly()).isFalse();
        assertThat(next.describe()).containsEntry("stoppedCleanly", false).containsEntry("run", left)
                .containsEntry("auditChain", "VERIFYING");
    }

    @Test
    void aStartThatFailsAfterAnUncleanStopLeavesTheUncheckedStopForTheNextStart() throws Exception {
        DataDirectory data = DataDirectory.prepare(temp);
        PreviousRun.begin(data); // killed
        String left = Files.readString(temp.resolve(PreviousRun.MARKER)).strip();

        PreviousRun failed = PreviousRun.begin(data);
        failed.startFailed();

        PreviousRun next = PreviousRun.begin(data);
        assertThat(next.stoppedCleanly()).isFalse();
        assertThat(next.describe()).containsEntry("run", left);
    }

    @Test
    void aStartThatFailsAfterACleanStopLeavesNoMarker() throws Exception {
        DataDirectory data = DataDirectory.prepare(temp);
        PreviousRun.begin(data).startFailed();
        assertThat(temp.resolve(PreviousRun.MARKER)).doesNotExist();
    }
}
