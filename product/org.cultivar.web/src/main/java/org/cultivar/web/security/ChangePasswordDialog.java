package org.cultivar.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.cultivar.web.shell.RefusalText;
import org.cultivar.core.api.security.Authentication;

/** Lets the signed-in user change their own password; the service enforces the rules. */
public class ChangePasswordDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private static final class Passwords {
        String current = "";
        String next = "";
        String repeat = "";
    }

    public ChangePasswordDialog(Authentication authentication) {
        setHeaderTitle(getTranslation("password.change"));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        Binder<Passwords> binder = new Binder<>();
        binder.forField(current).asRequired(getTranslation("password.required")).bind(p -> p.current, (p, v) -> p.current = v);
        binder.forField(next).asRequired(getTranslation("password.required")).bind(p -> p.next, (p, v) -> p.next = v);
        binder.forField(repeat).withValidator(v -> v.equals(next.getValue()), getTranslation("password.mismatch"))
                .bind(p -> p.repeat, (p, v) -> p.repeat = v);
        Passwords passwords = new Passwords();
        binder.setBean(passwords);
        add(new FormLayout(current, next, repeat));

        Button save = new Button(getTranslation("password.change"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                authentication.changePassword(CurrentActor.require(), passwords.current.toCharArray(), passwords.next.toCharArray());
                Notification.show(getTranslation("password.changed"));
                close();
            } catch (RuntimeException refused) {
                next.setInvalid(true);
                next.setErrorMessage(RefusalText.of(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
