package org.cultivar.web.registry;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CultivationTargets;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.RegistryImport;
import org.cultivar.registry.api.RegistryOversight;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.web.EmbeddedFramework;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;

/** A registry view test: the in-memory registry registered as every registry service, and a signed-in user. */
abstract class RegistryUiTest {

    final InMemoryRegistry registry = new InMemoryRegistry();

    void signIn(Actor actor) {
        EmbeddedFramework.register(EnterpriseDirectory.class, registry);
        EmbeddedFramework.register(RegistryEditor.class, registry);
        EmbeddedFramework.register(ReevaluationWorklist.class, registry);
        EmbeddedFramework.register(RegistryOversight.class, registry);
        EmbeddedFramework.register(CultivationTargets.class, registry);
        EmbeddedFramework.register(RegistryImport.class, registry);
        // the security bundle's names; "system" is nobody's account
        EmbeddedFramework.register(UserNames.class, id -> java.util.Optional.ofNullable(java.util.Map.of("official1", "赵强").get(id)));
        MockCultivar.start(actor);
    }

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }
}
