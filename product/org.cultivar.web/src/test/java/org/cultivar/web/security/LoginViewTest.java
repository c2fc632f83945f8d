package org.cultivar.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void aPersonStoppedBySignInGoesOnToThePageTheyAskedFor() {
        assertThat(LoginView.afterSignIn("users")).isEqualTo("./users");
        assertThat(LoginView.afterSignIn("subsidies/applications/12?tab=history")).isEqualTo("./subsidies/applications/12?tab=history");
    }

    @Test
    void eachTabGoesOnToThePageItAskedForNotAnotherTabs() {
        UI usersTab = new UI();
        UI platformTab = new UI();
        LoginView.rememberRequested(usersTab, "users");
        // a second tab of the same browser reloads anonymously after the first asked
        LoginView.rememberRequested(platformTab, "platform");

        assertThat(LoginView.takeRequested(usersTab)).isEqualTo("users");
        assertThat(LoginView.takeRequested(usersTab)).as("taken once").isEmpty();
        assertThat(LoginView.takeRequested(platformTab)).isEqualTo("platform");
    }

    @Test
    void theSignInPageItselfAndTheRootLeadHome() {
        assertThat(LoginView.afterSignIn("")).isEqualTo("./");
        assertThat(LoginView.afterSignIn("login")).isEqualTo("./");
        assertThat(LoginView.afterSignIn("login?lang=en")).isEqualTo("./");
    }

    @Test
    void noRequestedAddressLeadsOffTheSite() {
        assertThat(LoginView.afterSignIn("//evil.example/x")).isEqualTo("./evil.example/x");
        assertThat(LoginView.afterSignIn("\\\\evil.example")).isEqualTo("./evil.example");
        assertThat(LoginView.afterSignIn("javascript:alert(1)")).isEqualTo("./javascript:alert(1)");
    }
}
