package org.cultivar.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void aPersonStoppedBySignInGoesOnToThePageTheyAskedFor() {
        assertThat(LoginView.afterSignIn("users")).isEqualTo("./users");
        assertThat(LoginView.afterSignIn("subsidies/applications/12?tab=history")).isEqualTo("./subsidies/applications/12?tab=history");
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
