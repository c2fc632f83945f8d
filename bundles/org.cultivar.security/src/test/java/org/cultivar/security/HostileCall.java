package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.HostileInputs.Case;
import org.cultivar.core.api.testing.Printable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * One call with a case of the hostile-input corpus, and what was stored before it: enough to
 * show that a refusal is clear and stored nothing, or what an accepted call recorded.
 */
final class HostileCall {

    private final SecurityFixture fixture;
    private final String usersBefore;
    private final int eventsBefore;
    private final Throwable thrown;

    private HostileCall(SecurityFixture fixture, ThrowingCallable call) {
        this.fixture = fixture;
        this.usersBefore = fixture.userTables();
        this.eventsBefore = fixture.audit.events().size();
        this.thrown = catchThrowable(call);
    }

    static HostileCall run(SecurityFixture fixture, ThrowingCallable call) {
        return new HostileCall(fixture, call);
    }

    /** One dynamic test per case, then one showing that an ordinary call still succeeds. */
    static Stream<DynamicTest> forEveryCase(ThrowingConsumer<Case> check, Executable ordinaryCall) {
        return Stream.concat(HostileInputs.dynamicTests(check),
                Stream.of(dynamicTest("an ordinary call succeeds after the hostile ones", ordinaryCall)));
    }

    boolean refused() {
        return thrown != null;
    }

    Throwable thrown() {
        return thrown;
    }

    /** Refused as bad input, in one short line (in English and in Chinese) that starts with the field's name; nothing stored. */
    void assertRefusedNaming(String... fieldNames) {
        assertThat(thrown).isExactlyInstanceOf(InvalidAccountInputException.class);
        String message = thrown.getMessage();
        assertThat(Printable.isOneShortLine(message))
                .as("one short line: %s", Printable.of(message, Printable.LONGEST_MESSAGE)).isTrue();
        String chinese = ((InvalidAccountInputException) thrown).chinese();
        assertThat(Printable.isOneShortLine(chinese))
                .as("one short line in Chinese: %s", Printable.of(chinese, Printable.LONGEST_MESSAGE)).isTrue();
        assertThat(Stream.of(fieldNames).anyMatch(message::startsWith))
                .as("%s names one of %s", message, List.of(fieldNames)).isTrue();
        assertUserTablesUnchanged();
        assertThat(recorded()).isEmpty();
    }

    /**
     * Refused before the service is called: the region is typed {@link org.cultivar.core.api.security.RegionCode},
     * which refuses a malformed code itself (the UI offers regions from a list, so no one types one).
     */
    void assertRefusedAsMalformedRegion() {
        assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(Printable.isOneShortLine(thrown.getMessage())).isTrue();
        assertThat(thrown.getMessage()).startsWith("Region code");
        assertUserTablesUnchanged();
        assertThat(recorded()).isEmpty();
    }

    void assertUserTablesUnchanged() {
        assertThat(fixture.userTables()).isEqualTo(usersBefore);
    }

    /** The call recorded exactly this one audit action. */
    void assertRecorded(String action) {
        assertThat(recorded()).extracting(AuditEvent::action).containsExactly(action);
    }

    /** The one audit event of the call, for an action that carries hostile text as its state. */
    AuditEvent recordedEvent(String action) {
        assertThat(recorded()).extracting(AuditEvent::action).containsExactly(action);
        AuditEvent event = recorded().get(0);
        // escaped: the text can neither break the entry's line nor hide or reorder text in it
        assertThat(event.after()).hasSizeLessThan(1_000);
        assertThat(event.after().codePoints().allMatch(Printable::visible))
                .as("only visible characters: %s", Printable.of(event.after(), 1_000)).isTrue();
        return event;
    }

    List<AuditEvent> recorded() {
        List<AuditEvent> events = fixture.audit.events();
        return events.subList(eventsBefore, events.size());
    }
}
