package org.cultivar.launcher.web;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;

/** Error pages without stack traces or server details: a status and a short reason only. */
public class PlainErrorHandler extends ErrorHandler {

    public PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
    }
}
