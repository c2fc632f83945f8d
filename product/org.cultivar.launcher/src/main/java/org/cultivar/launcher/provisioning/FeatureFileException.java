package org.cultivar.launcher.provisioning;

/** A feature file cannot be read; the message names the file and, where known, line and column. */
public class FeatureFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeatureFileException(String message) {
        super(message);
    }
}
