package org.cultivar.subsidy.api.process;

/**
 * The schedule's bundle is not running (stopped, updating or uninstalled), so nothing that needs
 * its rules can proceed; nothing was changed, and its stored applications and awards stay readable.
 */
public class ScheduleUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleUnavailableException(String scheduleId) {
        super("The schedule " + scheduleId + " is not available: its bundle is not running");
    }
}
