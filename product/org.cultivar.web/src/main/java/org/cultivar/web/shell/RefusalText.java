package org.cultivar.web.shell;

import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.registry.api.InvalidCreditCodeException;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.reports.api.InvalidReportArgumentException;

/** A refusal in the person's language where the service worded it in both; its message otherwise. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Throwable refusal) {
        if (refusal instanceof AccessDeniedException denied && UiLanguage.chinese()) {
            return denied.chinese();
        }
        if (refusal instanceof InvalidInputException refused) {
            return ProblemText.of(refused);
        }
        if (refusal instanceof InvalidAccountInputException account && UiLanguage.chinese()) {
            return account.chinese();
        }
        if (refusal instanceof InvalidReportArgumentException argument) {
            return argument.message(UiLanguage.chinese());
        }
        if (refusal instanceof PlatformException platform) {
            return platform.message(UiLanguage.chinese());
        }
        if (refusal instanceof InvalidCreditCodeException code) {
            return code.message(UiLanguage.chinese());
        }
        return refusal.getMessage();
    }
}
