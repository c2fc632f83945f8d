package org.cultivar.web.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.Set;
import org.cultivar.web.shell.RefusalText;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.cultivar.web.security.CurrentActor;

/** Creates an account or edits one; the service validates and authorizes, the form explains. */
class UserDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class UserForm {
        String username = "";
        String displayName = "";
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String scope = "";
        boolean active = true;
        String password = "";
    }

    UserDialog(UserDirectory directory, UserAccount existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "users.create" : "users.edit"));
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        TextField scope = new TextField(getTranslation("users.scope"));
        scope.setHelperText(getTranslation("users.scopeHelp"));
        scope.setId("user-scope");
        Checkbox active = new Checkbox(getTranslation("users.active"));
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("password.rules"));
        password.setId("user-password");

        Binder<UserForm> binder = new Binder<>();
        binder.forField(username).asRequired(getTranslation("users.usernameRequired")).bind(f -> f.username, (f, v) -> f.username = v);
        binder.forField(displayName).asRequired(getTranslation("users.displayNameRequired"))
                .bind(f -> f.displayName, (f, v) -> f.displayName = v);
        binder.forField(roles).asRequired(getTranslation("users.rolesRequired")).bind(f -> f.roles, (f, v) -> f.roles = v);
        binder.forField(scope).asRequired(getTranslation("users.scopeRequired"))
                .withValidator(v -> v.strip().matches("\\d{6}"), getTranslation("users.scopeInvalid"))
                .bind(f -> f.scope, (f, v) -> f.scope = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        UserForm form = new UserForm();
        if (existing != null) {
            form.username = existing.username();
            form.displayName = existing.displayName();
            form.roles = existing.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(existing.roles());
            form.scope = existing.scope().code();
            form.active = existing.active();
            username.setReadOnly(true);
        } else {
            binder.forField(password).asRequired(getTranslation("password.required")).bind(f -> f.password, (f, v) -> f.password = v);
        }
        binder.setBean(form);
        FormLayout layout = new FormLayout(username, displayName, roles, scope, active);
        if (existing == null) {
            layout.add(password);
        }
        add(layout);

        Button save = new Button(getTranslation("platform.config.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                RegionCode region = RegionCode.of(form.scope.strip());
                if (existing == null) {
                    directory.create(CurrentActor.require(), form.username.strip(), form.displayName.strip(), form.roles, region,
                            form.password.toCharArray());
                } else {
                    directory.update(CurrentActor.require(), existing.username(), form.displayName.strip(), form.roles, region,
                            form.active);
                }
                Notification.show(getTranslation("users.saved"));
                saved.run();
                close();
            } catch (RuntimeException refused) { // the service's own words: which field and why
                displayName.setInvalid(false);
                Notification.show(RefusalText.of(refused), 8000, Notification.Position.TOP_CENTER);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
