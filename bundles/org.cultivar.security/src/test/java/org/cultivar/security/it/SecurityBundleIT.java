package org.cultivar.security.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The packaged bundle in a real Felix with what the product gives it: the host's API packages
 * and SLF4J through the system bundle, the store (migrations, transactions), the real audit trail
 * and the compendium bundles. Proves the embedded password4j works inside the framework, without
 * a psw4j.properties, and that DS wires the components once the store has applied the migrations.
 */
class SecurityBundleIT {

    private static final Pattern TOKEN_LINE = Pattern.compile(
            "First start: open the /setup page and use setup token ([A-Z2-7]{20}) to create the administrator\\.");

    @TempDir
    Path work;

    private Framework framework;
    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void stopFramework() throws Exception {
        cleanUp.forEach(Runnable::run);
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void demoUsersSignInAndEveryStepIsInTheAuditChain() throws Exception {
        ListAppender<ILoggingEvent> password4jLog = capture("com.password4j");
        BundleContext context = started(Map.of("cultivar.demo", "true"));

        Authentication authentication = service(context, Authentication.class);
        Actor admin = authentication.signIn("admin", "cultivar-demo-2026".toCharArray(), "127.0.0.1");

        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.scope()).isEqualTo(RegionCode.NATIONAL);
        assertThat(authentication.setupRequired()).isFalse();
        assertThat(service(context, UserDirectory.class).list(admin)).extracting(UserAccount::username)
                .containsExactly("admin", "auditor", "gz.clerk1", "gz.clerk2", "gz.official", "sz.clerk");
        AuditTrail audit = service(context, AuditTrail.class);
        assertThat(audit.find(admin, AuditQuery.all(0, 100))).extracting(AuditEntry::action)
                .containsExactly("signin.succeeded", "user.created", "user.created", "user.created", "user.created",
                        "user.created", "user.created");
        assertThat(audit.verify(admin).intact()).isTrue();
        assertThat(password4jLog.list).as("password4j warns when it falls back to defaults").isEmpty();
    }

    @Test
    void theLoggedSetupTokenCreatesTheFirstAdministrator() throws Exception {
        ListAppender<ILoggingEvent> setupLog = capture("org.cultivar.security.FirstStartSetup");
        BundleContext context = started(Map.of());

        Authentication authentication = service(context, Authentication.class);
        assertThat(authentication.setupRequired()).isTrue();
        assertThat(setupLog.list).hasSize(1);
        Matcher line = TOKEN_LINE.matcher(setupLog.list.get(0).getFormattedMessage());
        assertThat(line.matches()).as(setupLog.list.get(0).getFormattedMessage()).isTrue();

        Actor admin = authentication.completeSetup(line.group(1), "chief", "首席管理员", "a long enough password".toCharArray());

        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(authentication.setupRequired()).isFalse();
        assertThat(service(context, AuditTrail.class).find(admin, AuditQuery.all(0, 10))).extracting(AuditEntry::action)
                .containsExactly("setup.completed", "user.created", "setup.token-issued");
    }

    private BundleContext started(Map<String, String> properties) throws Exception {
        Map<String, String> config = new HashMap<>(properties);
        config.put("cultivar.data.dir", work.resolve("data").toString());
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // what the launcher exports from the host class path
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17,"
                + "org.cultivar.store.api;version=1.1.0,org.cultivar.core.api.audit;version=1.0.0,"
                + "org.cultivar.core.api.security;version=1.3.0");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (File jar : runtimeBundles()) {
            bundles.add(context.installBundle(jar.toURI().toString()));
        }
        bundles.add(context.installBundle(new File(System.getProperty("security.bundle")).toURI().toString()));
        for (Bundle bundle : bundles) {
            bundle.start();
        }
        return context;
    }

    private static File[] runtimeBundles() {
        File[] jars = new File(System.getProperty("it.bundles")).listFiles((dir, name) -> name.endsWith(".jar"));
        assertThat(jars).as("bundles copied by the build").hasSize(10);
        Arrays.sort(jars);
        return jars;
    }

    /** Waits for the service: the components activate once the store has migrated their schema. */
    private <S> S service(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        cleanUp.add(tracker::close);
        S service = tracker.waitForService(20_000);
        assertThat(service).as("service " + type.getName()).isNotNull();
        return service;
    }

    /** Bundles log through the host's SLF4J, so the test's Logback sees their lines. */
    private ListAppender<ILoggingEvent> capture(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        cleanUp.add(() -> logger.detachAppender(appender));
        return appender;
    }
}
