package org.cultivar.core.api.platform;

/** A configuration that its owner alone changes was to be changed directly; nothing was changed. */
public class ConfigurationOwnedException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final String pid;
    private final String whereToChange;

    public ConfigurationOwnedException(String pid, String whereToChange) {
        super("Configuration " + pid + " is not changed here: " + whereToChange + ". Nothing was changed.");
        this.pid = pid;
        this.whereToChange = whereToChange;
    }

    public String pid() {
        return pid;
    }

    public String whereToChange() {
        return whereToChange;
    }
}
