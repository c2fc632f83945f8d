package org.cultivar.web.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cultivar.web.shell.RefusalText;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.cultivar.web.security.CurrentActor;

/** Sets a new password for another user. */
class ResetPasswordDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    ResetPasswordDialog(UserDirectory directory, UserAccount account) {
        setHeaderTitle(getTranslation("users.resetPassword") + ": " + account.username());
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules"));
        add(password);
        Button save = new Button(getTranslation("users.resetPassword"), e -> {
            try {
                directory.resetPassword(CurrentActor.require(), account.username(), password.getValue().toCharArray());
                Notification.show(getTranslation("users.saved"));
                close();
            } catch (RuntimeException refused) {
                password.setInvalid(true);
                password.setErrorMessage(RefusalText.of(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
